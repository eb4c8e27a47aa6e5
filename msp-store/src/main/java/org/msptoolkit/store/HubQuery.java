package org.msptoolkit.store;

import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/**
 * A query over the hub's processes; every criterion that is set must hold. Results come in a stable
 * order (by process id) one page at a time. Build one with {@link #builder()}.
 *
 * @param group a stakeholder of this group takes part
 * @param sector the process's scope or one of its stakeholders has this sector
 * @param level the process's scope or one of its stakeholders has this level
 * @param country the process's scope or one of its stakeholders has this country
 * @param from the process's period ends on or after this day (or has no end)
 * @param to the process's period starts on or before this day
 * @param text title or purpose contains this text (case-insensitive, taken literally)
 * @param offset how many matching processes to skip
 * @param limit the most processes on one page (1 to 1,000)
 * @since 0.2.0
 */
public record HubQuery(
        Optional<StakeholderGroup> group,
        Optional<Sector> sector,
        Optional<Level> level,
        Optional<Country> country,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<String> text,
        long offset,
        int limit) {

    /** Checks the paging values. */
    public HubQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("the offset of a hub query must be 0 or more, got " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("the page size of a hub query must be 1 to 1,000, got " + limit);
        }
    }

    /**
     * A query with no criteria, first page of 50.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same query for the next page.
     *
     * @return this query with the offset moved on by one page
     */
    public HubQuery nextPage() {
        return new HubQuery(group, sector, level, country, from, to, text, offset + limit, limit);
    }

    /**
     * Builds a {@link HubQuery}.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private Optional<StakeholderGroup> group = Optional.empty();
        private Optional<Sector> sector = Optional.empty();
        private Optional<Level> level = Optional.empty();
        private Optional<Country> country = Optional.empty();
        private Optional<LocalDate> from = Optional.empty();
        private Optional<LocalDate> to = Optional.empty();
        private Optional<String> text = Optional.empty();
        private long offset;
        private int limit = 50;

        private Builder() {}

        /**
         * Only processes where a stakeholder of this group takes part.
         *
         * @param value the group
         * @return this builder
         */
        public Builder group(StakeholderGroup value) {
            group = Optional.of(value);
            return this;
        }

        /**
         * Only processes whose scope or stakeholders have this sector.
         *
         * @param value the sector
         * @return this builder
         */
        public Builder sector(Sector value) {
            sector = Optional.of(value);
            return this;
        }

        /**
         * Only processes whose scope or stakeholders have this level.
         *
         * @param value the level
         * @return this builder
         */
        public Builder level(Level value) {
            level = Optional.of(value);
            return this;
        }

        /**
         * Only processes whose scope or stakeholders have this country.
         *
         * @param value the country
         * @return this builder
         */
        public Builder country(Country value) {
            country = Optional.of(value);
            return this;
        }

        /**
         * Only processes running on some day from {@code first} to {@code last} (both included).
         *
         * @param first the first day
         * @param last the last day
         * @return this builder
         */
        public Builder between(LocalDate first, LocalDate last) {
            from = Optional.of(first);
            to = Optional.of(last);
            return this;
        }

        /**
         * Only processes whose title or purpose contains this text, ignoring case. Wildcards have no
         * special meaning.
         *
         * @param value the text
         * @return this builder
         */
        public Builder text(String value) {
            text = Optional.of(value);
            return this;
        }

        /**
         * Skips this many matching processes.
         *
         * @param value the offset, 0 or more
         * @return this builder
         */
        public Builder offset(long value) {
            offset = value;
            return this;
        }

        /**
         * At most this many processes on a page.
         *
         * @param value 1 to 1,000
         * @return this builder
         */
        public Builder limit(int value) {
            limit = value;
            return this;
        }

        /**
         * The query.
         *
         * @return the query
         */
        public HubQuery build() {
            return new HubQuery(group, sector, level, country, from, to, text, offset, limit);
        }
    }
}
