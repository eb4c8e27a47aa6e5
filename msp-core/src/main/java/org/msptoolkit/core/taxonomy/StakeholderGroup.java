package org.msptoolkit.core.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.msptoolkit.core.internal.Checks;

/**
 * A group of stakeholders, such as one of the nine Major Groups of Agenda 21 (Section III, chapters
 * 24–32), governments, intergovernmental organisations, or any "other stakeholders" a user adds
 * (after Rio+20 the UN speaks of "Major Groups and other Stakeholders").
 *
 * <p>Two groups are equal when their codes are equal. Built-in groups are constants here;
 * {@link #of(String, String)} makes a custom group with a lower-case kebab-case code.
 *
 * <pre>{@code
 * StakeholderGroup.WOMEN.agenda21Chapter();          // OptionalInt[24]
 * StakeholderGroup.fromCode("farmers");              // Optional[farmers]
 * StakeholderGroup.of("persons-with-disabilities", "Persons with disabilities");
 * }</pre>
 *
 * @param code stable code used in files, e.g. {@code "women"}
 * @param label human-readable name
 * @param category which family of groups this belongs to
 * @param agenda21Chapter the Agenda 21 chapter of a Major Group, empty for others
 */
public record StakeholderGroup(String code, String label, Category category, OptionalInt agenda21Chapter)
        implements Coded {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Families of stakeholder groups. */
    public enum Category implements Coded {
        /** One of the nine Major Groups of Agenda 21. */
        MAJOR_GROUP,
        /** National or sub-national government (not a Major Group, though an actor in MSPs). */
        GOVERNMENT,
        /** Intergovernmental organisations and UN bodies (not a Major Group). */
        INTERGOVERNMENTAL,
        /** Any other stakeholder group, e.g. those the UN added after Rio+20. */
        OTHER_STAKEHOLDER;

        @Override
        public String code() {
            return Codes.of(this);
        }
    }

    /** Women (Agenda 21, ch. 24). */
    public static final StakeholderGroup WOMEN = major("women", "Women", 24);
    /** Children and youth (Agenda 21, ch. 25). */
    public static final StakeholderGroup CHILDREN_AND_YOUTH = major("children-and-youth", "Children and youth", 25);
    /** Indigenous people and their communities (Agenda 21, ch. 26). */
    public static final StakeholderGroup INDIGENOUS_PEOPLES =
            major("indigenous-peoples", "Indigenous people and their communities", 26);
    /** Non-governmental organisations (Agenda 21, ch. 27). */
    public static final StakeholderGroup NGOS = major("ngos", "Non-governmental organisations", 27);
    /** Local authorities (Agenda 21, ch. 28). */
    public static final StakeholderGroup LOCAL_AUTHORITIES = major("local-authorities", "Local authorities", 28);
    /** Workers and their trade unions (Agenda 21, ch. 29). */
    public static final StakeholderGroup WORKERS_AND_TRADE_UNIONS =
            major("workers-and-trade-unions", "Workers and their trade unions", 29);
    /** Business and industry (Agenda 21, ch. 30). */
    public static final StakeholderGroup BUSINESS_AND_INDUSTRY =
            major("business-and-industry", "Business and industry", 30);
    /** Scientific and technological community (Agenda 21, ch. 31). */
    public static final StakeholderGroup SCIENCE_AND_TECHNOLOGY =
            major("science-and-technology", "Scientific and technological community", 31);
    /** Farmers (Agenda 21, ch. 32). */
    public static final StakeholderGroup FARMERS = major("farmers", "Farmers", 32);
    /** National and sub-national governments. */
    public static final StakeholderGroup GOVERNMENTS =
            new StakeholderGroup("governments", "Governments", Category.GOVERNMENT, OptionalInt.empty());
    /** Intergovernmental organisations and UN bodies. */
    public static final StakeholderGroup INTERGOVERNMENTAL_ORGANISATIONS = new StakeholderGroup(
            "intergovernmental-organisations",
            "Intergovernmental organisations",
            Category.INTERGOVERNMENTAL,
            OptionalInt.empty());

    private static final List<StakeholderGroup> MAJOR_GROUPS = List.of(
            WOMEN,
            CHILDREN_AND_YOUTH,
            INDIGENOUS_PEOPLES,
            NGOS,
            LOCAL_AUTHORITIES,
            WORKERS_AND_TRADE_UNIONS,
            BUSINESS_AND_INDUSTRY,
            SCIENCE_AND_TECHNOLOGY,
            FARMERS);
    private static final List<StakeholderGroup> BUILT_IN;

    static {
        var all = new java.util.ArrayList<>(MAJOR_GROUPS);
        all.add(GOVERNMENTS);
        all.add(INTERGOVERNMENTAL_ORGANISATIONS);
        BUILT_IN = List.copyOf(all);
    }

    /** Checks the components; the code must be lower-case kebab-case. */
    public StakeholderGroup {
        Checks.notNull(code, "stakeholder group code");
        Checks.argument(
                CODE.matcher(code).matches(),
                "stakeholder group code",
                "be lower-case letters and digits separated by single hyphens (e.g. \"older-persons\")",
                code);
        Checks.notBlank(label, "stakeholder group label");
        Checks.notNull(category, "stakeholder group category");
        Checks.notNull(agenda21Chapter, "agenda21Chapter");
    }

    private static StakeholderGroup major(String code, String label, int chapter) {
        return new StakeholderGroup(code, label, Category.MAJOR_GROUP, OptionalInt.of(chapter));
    }

    /**
     * Makes a custom "other stakeholders" group.
     *
     * @param code lower-case kebab-case code, e.g. {@code "persons-with-disabilities"}
     * @param label human-readable name
     * @return the built-in group with that code if there is one, otherwise a new custom group
     */
    public static StakeholderGroup of(String code, String label) {
        Optional<StakeholderGroup> builtIn = fromCode(code);
        return builtIn.orElseGet(
                () -> new StakeholderGroup(code, label, Category.OTHER_STAKEHOLDER, OptionalInt.empty()));
    }

    /**
     * Returns the built-in group with this code, or a custom group labelled with the code.
     *
     * @param code e.g. {@code "women"} or {@code "volunteers"}
     * @return the group
     * @throws IllegalArgumentException if the code is not lower-case kebab-case
     */
    public static StakeholderGroup parse(String code) {
        Checks.notNull(code, "stakeholder group code");
        return of(code, code);
    }

    /**
     * Finds a built-in group by code.
     *
     * @param code e.g. {@code "ngos"}; matched ignoring case
     * @return the built-in group, or empty
     */
    public static Optional<StakeholderGroup> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return BUILT_IN.stream().filter(g -> g.code.equals(wanted)).findFirst();
    }

    /**
     * The nine Agenda 21 Major Groups, in chapter order.
     *
     * @return an unmodifiable list of nine groups
     */
    public static List<StakeholderGroup> majorGroups() {
        return MAJOR_GROUPS;
    }

    /**
     * All built-in groups: the nine Major Groups, then governments and intergovernmental organisations.
     *
     * @return an unmodifiable list of eleven groups
     */
    public static List<StakeholderGroup> builtIn() {
        return BUILT_IN;
    }

    /**
     * Whether this is one of the nine Agenda 21 Major Groups.
     *
     * @return {@code true} for a Major Group
     */
    public boolean isMajorGroup() {
        return category == Category.MAJOR_GROUP;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StakeholderGroup g && g.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
