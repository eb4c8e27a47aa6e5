package org.msptoolkit.indicators.framework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.IndicatorId;
import org.msptoolkit.indicators.IndicatorRegistry;

/**
 * A named, versioned set of indicators grouped by principle or dimension: what an evaluation measures
 * and how results are summarised. Built in: {@link Frameworks#hemmati2002()} and
 * {@link Frameworks#oecd2021()}; users define their own with {@link #builder(String, String)} or read them
 * from a plain tree with {@link FrameworkCodec}.
 *
 * <pre>{@code
 * Framework mine = Framework.builder("town-forum", "Town forum review").version("2025.1")
 *     .group("equity", "Equity", "women-share", "seat-hhi")
 *     .group("transparency", "Transparency", "documents-published")
 *     .build();
 * }</pre>
 * Instances have value semantics and are immutable.
 */
public final class Framework {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([-.][a-z0-9]+)*");

    private final String id;
    private final String name;
    private final String version;
    private final String description;
    private final List<FrameworkGroup> groups;

    private Framework(String id, String name, String version, String description, List<FrameworkGroup> groups) {
        this.id = id;
        this.name = name;
        this.version = version;
        this.description = description;
        this.groups = List.copyOf(groups);
    }

    /**
     * Starts a framework.
     *
     * @param id stable lower-case kebab-case id, e.g. {@code "town-forum"}
     * @param name readable name
     * @return a builder
     */
    public static Builder builder(String id, String name) {
        Checks.notNull(id, "framework id");
        Checks.argument(ID.matcher(id).matches(), "framework id", "be lower-case kebab-case", id);
        return new Builder(id, Checks.notBlank(name, "framework name"));
    }

    /**
     * Returns the stable id, e.g. {@code "hemmati-2002"}.
     *
     * @return the stable id, e.g. {@code "hemmati-2002"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the readable name.
     *
     * @return the readable name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the version, e.g. {@code "1.0"}.
     *
     * @return the version, e.g. {@code "1.0"}
     */
    public String version() {
        return version;
    }

    /**
     * Returns a description; may be empty.
     *
     * @return a description; may be empty
     */
    public String description() {
        return description;
    }

    /**
     * Returns the groups, in order; never empty.
     *
     * @return the groups, in order; never empty
     */
    public List<FrameworkGroup> groups() {
        return groups;
    }

    /**
     * Returns the group, or empty.
     *
     * @param key a group key
     * @return the group, or empty
     */
    public Optional<FrameworkGroup> group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /**
     * Returns every indicator id used, in first-seen order, without repeats.
     *
     * @return every indicator id used, in first-seen order, without repeats
     */
    public List<IndicatorId> indicatorIds() {
        Set<IndicatorId> all = new LinkedHashSet<>();
        groups.forEach(g -> all.addAll(g.indicators()));
        return List.copyOf(all);
    }

    /**
     * Checks that every indicator of this framework is in a registry.
     *
     * @param registry the registry an evaluation will use
     * @return one problem per missing indicator, located as {@code groups[i].indicators[j]}; empty if all found
     */
    public List<Problem> check(IndicatorRegistry registry) {
        Checks.notNull(registry, "registry");
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<IndicatorId> ids = groups.get(i).indicators();
            for (int j = 0; j < ids.size(); j++) {
                if (registry.find(ids.get(j)).isEmpty()) {
                    problems.add(Problem.of(
                            "groups[" + i + "].indicators[" + j + "]",
                            Problem.UNRESOLVED_REFERENCE,
                            "indicator '" + ids.get(j) + "' is not in the registry"));
                }
            }
        }
        return problems;
    }

    /**
     * Returns a builder holding this framework's values, to make a changed copy.
     *
     * @return a builder holding this framework's values, to make a changed copy
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, name).version(version).description(description);
        groups.forEach(b::group);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Framework f
                && f.id.equals(id)
                && f.name.equals(name)
                && f.version.equals(version)
                && f.description.equals(description)
                && f.groups.equals(groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, version, description, groups);
    }

    /**
     * Returns the id, version, and each group with its indicators.
     *
     * @return the id, version, and each group with its indicators
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Framework " + id + " " + version + " \"" + name + "\": " + groups.size()
                + " groups, " + indicatorIds().size() + " indicators");
        groups.forEach(g -> sb.append("\n  ").append(g));
        return sb.toString();
    }

    /** Collects a framework's groups. Not thread-safe; may be reused. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String version = "1.0";
        private String description = "";
        private final List<FrameworkGroup> groups = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Returns this builder.
         *
         * @param value the version (default {@code "1.0"})
         * @return this builder
         */
        public Builder version(String value) {
            this.version = Checks.notBlank(value, "framework version");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value a description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = Checks.notNull(value, "framework description");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value a group to append
         * @return this builder
         */
        public Builder group(FrameworkGroup value) {
            groups.add(Checks.notNull(value, "group"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param key group key
         * @param label group label
         * @param indicatorIds indicator ids
         * @return this builder
         */
        public Builder group(String key, String label, String... indicatorIds) {
            return group(FrameworkGroup.of(key, label, indicatorIds));
        }

        /**
         * Returns the framework.
         *
         * @return the framework
         * @throws IllegalStateException when there are no groups or two groups share a key
         */
        public Framework build() {
            if (groups.isEmpty()) {
                throw new IllegalStateException("framework " + id + " must have at least one group");
            }
            Set<String> keys = new LinkedHashSet<>();
            for (FrameworkGroup g : groups) {
                if (!keys.add(g.key())) {
                    throw new IllegalStateException(
                            "framework " + id + " has two groups with the key '" + g.key() + "'");
                }
            }
            return new Framework(id, name, version, description, groups);
        }
    }
}
