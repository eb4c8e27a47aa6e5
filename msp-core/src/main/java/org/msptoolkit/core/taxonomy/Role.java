package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * The role a participant plays in a multi-stakeholder process.
 */
public enum Role implements Coded {
    /** Chairs meetings and rules on procedure. */
    CHAIR,
    /** Shares the chair, often from another stakeholder group. */
    CO_CHAIR,
    /** Guides dialogue without a stake in the outcome. */
    FACILITATOR,
    /** Records and reports what was said and agreed. */
    RAPPORTEUR,
    /** Speaks (and, where rules allow, votes) for a stakeholder. */
    DELEGATE,
    /** Attends without taking part in decisions. */
    OBSERVER,
    /** Organises the process (staff of the convener or a secretariat). */
    SECRETARIAT,
    /** Brings expertise on request, not a stakeholder position. */
    EXPERT;

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
    public static Optional<Role> fromCode(String code) {
        return Codes.find(Role.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static Role parse(String code) {
        return Codes.parse(Role.class, "role", code);
    }
}
