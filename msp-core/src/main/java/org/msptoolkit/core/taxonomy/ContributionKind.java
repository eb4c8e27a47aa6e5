package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * The kind of an input a stakeholder brings into a multi-stakeholder process.
 */
public enum ContributionKind implements Coded {
    /** A written position prepared in advance. */
    POSITION_PAPER,
    /** A case study or example of practice. */
    CASE_STUDY,
    /** A comment in a consultation. */
    COMMENT,
    /** A proposal for a decision or for the agenda. */
    PROPOSAL,
    /** Expert input or evidence. */
    EXPERTISE,
    /** Any other input. */
    OTHER;

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
    public static Optional<ContributionKind> fromCode(String code) {
        return Codes.find(ContributionKind.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static ContributionKind parse(String code) {
        return Codes.parse(ContributionKind.class, "contribution kind", code);
    }
}
