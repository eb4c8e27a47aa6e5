package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;

/**
 * A stakeholder: an organisation, constituency or individual with an interest in a decision, as
 * those who influence it or are affected by it (Hemmati et al. 2002). Each belongs to one
 * {@link StakeholderGroup}, e.g. a Major Group.
 *
 * <pre>{@code
 * Stakeholder.builder("icftu", "ICFTU", StakeholderGroup.WORKERS_AND_TRADE_UNIONS)
 *     .countries("BE").levels(Level.INTERNATIONAL).constituencySize(157_000_000).build();
 * }</pre>
 * Build new values with {@link #builder(String, String, StakeholderGroup)} (or {@link #of} for the plain case)
 * rather than the canonical constructor, which grows with the record.
 *
 * @param id unique within the process
 * @param name the organisation's or constituency's name
 * @param group the stakeholder group it belongs to
 * @param kind organisation, constituency or individual
 * @param sectors issue areas it works in
 * @param levels levels at which it acts
 * @param countries countries where it is based or acts
 * @param constituencySize how many people or members it represents, if known (positive)
 * @param publicAuthority whether it is a public authority (a government, local authority or
 *     intergovernmental body), used for balance between public authorities and other stakeholders
 */
public record Stakeholder(
        StakeholderId id,
        @NotBlank String name,
        StakeholderGroup group,
        StakeholderKind kind,
        Set<Sector> sectors,
        Set<Level> levels,
        Set<Country> countries,
        Optional<@Positive Long> constituencySize,
        boolean publicAuthority) {

    /** Checks that no component is {@code null} and copies the sets. */
    public Stakeholder {
        Checks.notNull(id, "stakeholder id");
        Checks.notNull(name, "stakeholder name");
        Checks.notNull(group, "stakeholder group");
        Checks.notNull(kind, "stakeholder kind");
        sectors = Checks.orderedSet(sectors, "sectors");
        levels = Checks.orderedSet(levels, "levels");
        countries = Checks.orderedSet(countries, "countries");
        Checks.optional(constituencySize, "constituencySize");
    }

    /**
     * An organisation in {@code group}, with no sectors, levels or countries yet. It is a public
     * authority when the group is governments, local authorities or intergovernmental organisations.
     *
     * @param id unique id within the process
     * @param name the organisation's name
     * @param group its stakeholder group
     * @return the stakeholder
     */
    public static Stakeholder of(String id, String name, StakeholderGroup group) {
        Checks.notNull(group, "stakeholder group");
        boolean publicAuthority = group.category() == StakeholderGroup.Category.GOVERNMENT
                || group.category() == StakeholderGroup.Category.INTERGOVERNMENTAL
                || group.equals(StakeholderGroup.LOCAL_AUTHORITIES);
        return new Stakeholder(
                StakeholderId.of(id),
                name,
                group,
                StakeholderKind.ORGANISATION,
                Set.of(),
                Set.of(),
                Set.of(),
                Optional.empty(),
                publicAuthority);
    }

    /**
     * Starts a stakeholder with its required values; as {@link #of(String, String, StakeholderGroup)}, it is an
     * organisation with no sectors, levels, countries or constituency size, and a public authority when the group
     * is governments, local authorities or intergovernmental organisations.
     *
     * @param id unique id within the process
     * @param name the organisation's or constituency's name
     * @param group its stakeholder group
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, String name, StakeholderGroup group) {
        return new Builder(of(id, name, group));
    }

    /**
     * Returns a builder holding all of this stakeholder's values, to make a changed copy.
     *
     * @return a builder holding all of this stakeholder's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns a copy with that kind.
     *
     * @param value the new kind
     * @return a copy with that kind
     */
    public Stakeholder withKind(StakeholderKind value) {
        return new Stakeholder(id, name, group, value, sectors, levels, countries, constituencySize, publicAuthority);
    }

    /**
     * Returns a copy working in those sectors.
     *
     * @param value the sectors
     * @return a copy working in those sectors
     */
    public Stakeholder withSectors(Sector... value) {
        return new Stakeholder(
                id, name, group, kind, ordered(value, "sectors"), levels, countries, constituencySize, publicAuthority);
    }

    /**
     * Returns a copy acting at those levels.
     *
     * @param value the levels
     * @return a copy acting at those levels
     */
    public Stakeholder withLevels(Level... value) {
        return new Stakeholder(
                id, name, group, kind, sectors, ordered(value, "levels"), countries, constituencySize, publicAuthority);
    }

    /**
     * Returns a copy based in those countries.
     *
     * @param codes ISO 3166-1 alpha-2 codes
     * @return a copy based in those countries
     */
    public Stakeholder withCountries(String... codes) {
        return new Stakeholder(
                id,
                name,
                group,
                kind,
                sectors,
                levels,
                ordered(
                        Arrays.stream(Checks.notNull(codes, "countries"))
                                .map(Country::of)
                                .toArray(Country[]::new),
                        "countries"),
                constituencySize,
                publicAuthority);
    }

    /**
     * Returns a copy with that constituency size.
     *
     * @param value people or members represented
     * @return a copy with that constituency size
     */
    public Stakeholder withConstituencySize(long value) {
        return new Stakeholder(id, name, group, kind, sectors, levels, countries, Optional.of(value), publicAuthority);
    }

    /**
     * Returns a copy with that flag.
     *
     * @param value whether a public authority
     * @return a copy with that flag
     */
    public Stakeholder withPublicAuthority(boolean value) {
        return new Stakeholder(id, name, group, kind, sectors, levels, countries, constituencySize, value);
    }

    /** The values in the order given (duplicates dropped); a {@code null} is named by the constructor's check. */
    private static <T> Set<T> ordered(T[] values, String name) {
        return new LinkedHashSet<>(Arrays.asList(Checks.notNull(values, name)));
    }

    /**
     * Collects the values of a stakeholder. Following the convention of every builder of msp-toolkit, methods
     * taking several values (varargs or a collection) <em>add</em> them to those already held, in order and
     * without repeats; methods taking one value set it. Not thread-safe; each {@link #build()} returns a new
     * immutable stakeholder.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final StakeholderId id;
        private String name;
        private StakeholderGroup group;
        private StakeholderKind kind;
        private final Set<Sector> sectors = new LinkedHashSet<>();
        private final Set<Level> levels = new LinkedHashSet<>();
        private final Set<Country> countries = new LinkedHashSet<>();
        private Optional<Long> constituencySize;
        private boolean publicAuthority;

        private Builder(Stakeholder s) {
            id = s.id;
            name = s.name;
            group = s.group;
            kind = s.kind;
            sectors.addAll(s.sectors);
            levels.addAll(s.levels);
            countries.addAll(s.countries);
            constituencySize = s.constituencySize;
            publicAuthority = s.publicAuthority;
        }

        /**
         * Returns this builder.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            name = Checks.notNull(value, "stakeholder name");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the stakeholder group (does not change {@link #publicAuthority(boolean)})
         * @return this builder
         */
        public Builder group(StakeholderGroup value) {
            group = Checks.notNull(value, "stakeholder group");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value organisation, constituency or individual
         * @return this builder
         */
        public Builder kind(StakeholderKind value) {
            kind = Checks.notNull(value, "stakeholder kind");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param values sectors to add
         * @return this builder
         */
        public Builder sectors(Sector... values) {
            return sectors(Arrays.asList(Checks.notNull(values, "sectors")));
        }

        /**
         * Returns this builder.
         *
         * @param values sectors to add
         * @return this builder
         */
        public Builder sectors(Collection<Sector> values) {
            sectors.addAll(Checks.list(values, "sectors"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param values levels to add
         * @return this builder
         */
        public Builder levels(Level... values) {
            return levels(Arrays.asList(Checks.notNull(values, "levels")));
        }

        /**
         * Returns this builder.
         *
         * @param values levels to add
         * @return this builder
         */
        public Builder levels(Collection<Level> values) {
            levels.addAll(Checks.list(values, "levels"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param codes ISO 3166-1 alpha-2 codes of countries to add
         * @return this builder
         */
        public Builder countries(String... codes) {
            Checks.list(Arrays.asList(Checks.notNull(codes, "countries")), "countries")
                    .forEach(c -> countries.add(Country.of(c)));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param values countries to add
         * @return this builder
         */
        public Builder countries(Collection<Country> values) {
            countries.addAll(Checks.list(values, "countries"));
            return this;
        }

        /**
         * Removes the sectors held so far, e.g. to replace them in a copy.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearSectors() {
            sectors.clear();
            return this;
        }

        /**
         * Removes the levels held so far, e.g. to replace them in a copy.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearLevels() {
            levels.clear();
            return this;
        }

        /**
         * Removes the countries held so far, e.g. to replace them in a copy.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearCountries() {
            countries.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value people or members represented (positive to be valid)
         * @return this builder
         */
        public Builder constituencySize(long value) {
            constituencySize = Optional.of(value);
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value whether it is a public authority
         * @return this builder
         */
        public Builder publicAuthority(boolean value) {
            publicAuthority = value;
            return this;
        }

        /**
         * Returns a new immutable stakeholder.
         *
         * @return a new immutable stakeholder
         */
        public Stakeholder build() {
            return new Stakeholder(
                    id, name, group, kind, sectors, levels, countries, constituencySize, publicAuthority);
        }
    }

    @Override
    public String toString() {
        return id + " \"" + name + "\" (" + group + (publicAuthority ? ", public authority" : "") + ")";
    }
}
