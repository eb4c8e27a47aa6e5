package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a multi-stakeholder process, unique within a corpus or clearing house.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record ProcessId(String value) implements ModelId, Comparable<ProcessId> {
    /** Checks the id's form. */
    public ProcessId {
        Checks.id(value, "process id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static ProcessId of(String value) {
        return new ProcessId(value);
    }

    @Override
    public int compareTo(ProcessId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
