package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a meeting within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record MeetingId(String value) implements ModelId, Comparable<MeetingId> {
    /** Checks the id's form. */
    public MeetingId {
        Checks.id(value, "meeting id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    @Override
    public int compareTo(MeetingId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
