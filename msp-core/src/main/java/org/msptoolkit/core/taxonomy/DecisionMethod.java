package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * How a decision in a multi-stakeholder process was reached.
 */
public enum DecisionMethod implements Coded {
    /** General agreement with no sustained opposition by an important part of the concerned interests (ISO/IEC Guide 2:2004, 1.7); need not be unanimous. */
    CONSENSUS,
    /** Everyone entitled to decide agreed. */
    UNANIMITY,
    /** A vote, with counts per option and, where the process has chambers, per chamber. */
    VOTE,
    /** The chair ruled, e.g. in the absence of consensus. */
    CHAIRS_RULING;

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
    public static Optional<DecisionMethod> fromCode(String code) {
        return Codes.find(DecisionMethod.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static DecisionMethod parse(String code) {
        return Codes.parse(DecisionMethod.class, "decision method", code);
    }
}
