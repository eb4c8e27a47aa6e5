package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * What a multi-stakeholder process is for. Depending on issue, participants, time-frame and linkage to
 * official decision-making an MSP can be a process of dialogue (informing), consensus-building,
 * decision-making, implementation and/or monitoring and evaluation (Hemmati et al. 2002).
 */
public enum ProcessType implements Coded {
    /** Dialogue that informs official decision-makers, e.g. the CSD Multi-stakeholder Dialogues. */
    INFORMING,
    /** Seeks agreement among stakeholders, e.g. a standard-setting consultation. */
    CONSENSUS_BUILDING,
    /** Takes binding decisions, e.g. a general assembly of members. */
    DECISION_MAKING,
    /** Carries out agreed actions through partnerships. */
    IMPLEMENTATION,
    /** Monitors and evaluates implementation, e.g. reporting against commitments. */
    MONITORING;

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
    public static Optional<ProcessType> fromCode(String code) {
        return Codes.find(ProcessType.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static ProcessType parse(String code) {
        return Codes.parse(ProcessType.class, "process type", code);
    }
}
