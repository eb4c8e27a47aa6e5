package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a participant (a person acting for a stakeholder) within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record ParticipantId(String value) implements ModelId, Comparable<ParticipantId> {
    /** Checks the id's form. */
    public ParticipantId {
        Checks.id(value, "participant id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public int compareTo(ParticipantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
