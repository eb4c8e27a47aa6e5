package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * A phase of the MSP design framework of Hemmati et al. (2002, ch. 7):
 * Context, Framing, Inputs, Dialogue/Meetings, Outputs. Decision-making and closure are elements of
 * the dialogue phase; implementation is an element of outputs.
 */
public enum Phase implements Coded {
    /** Process design, linkage to official decision-making, issue and stakeholder identification, funding. */
    CONTEXT,
    /** Group composition, goals, agenda and timetable. */
    FRAMING,
    /** Stakeholder preparations, agreed rules and procedures, power gaps, capacity-building. */
    INPUTS,
    /** Dialogue and meetings: communication, facilitation, rapporteuring, decision-making, closure. */
    DIALOGUE,
    /** Documentation, implementation of action plans, ongoing processes, impact on official decisions. */
    OUTPUTS;

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
    public static Optional<Phase> fromCode(String code) {
        return Codes.find(Phase.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static Phase parse(String code) {
        return Codes.parse(Phase.class, "phase", code);
    }
}
