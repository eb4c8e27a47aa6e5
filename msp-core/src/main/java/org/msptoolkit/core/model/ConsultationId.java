package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a consultation (a period in which comments are invited) within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record ConsultationId(String value) implements ModelId, Comparable<ConsultationId> {
    /** Checks the id's form. */
    public ConsultationId {
        Checks.id(value, "consultation id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static ConsultationId of(String value) {
        return new ConsultationId(value);
    }

    @Override
    public int compareTo(ConsultationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
