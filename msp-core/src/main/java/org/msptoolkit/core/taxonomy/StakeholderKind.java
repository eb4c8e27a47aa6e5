package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * What kind of actor a stakeholder is.
 */
public enum StakeholderKind implements Coded {
    /** An organisation, e.g. an NGO, a company, a ministry or a trade union. */
    ORGANISATION,
    /** A constituency or network speaking for many, e.g. a Major Group's organising partners. */
    CONSTITUENCY,
    /** A person acting in their own capacity, e.g. an individual member of a standard-setting body. */
    INDIVIDUAL;

    @Override
    public String code() {
        return Codes.of(this);
    }

    /**
     * Finds a value by its code, ignoring case.
     *
     * @param code the code as written in a file
     * @return the value, or empty if none has that code
     */
    public static Optional<StakeholderKind> fromCode(String code) {
        return Codes.find(StakeholderKind.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static StakeholderKind parse(String code) {
        return Codes.parse(StakeholderKind.class, "stakeholder kind", code);
    }
}
