package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a commitment within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record CommitmentId(String value) implements ModelId, Comparable<CommitmentId> {
    /** Checks the id's form. */
    public CommitmentId {
        Checks.id(value, "commitment id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static CommitmentId of(String value) {
        return new CommitmentId(value);
    }

    @Override
    public int compareTo(CommitmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
