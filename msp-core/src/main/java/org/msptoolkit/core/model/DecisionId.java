package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a decision within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record DecisionId(String value) implements ModelId, Comparable<DecisionId> {
    /** Checks the id's form. */
    public DecisionId {
        Checks.id(value, "decision id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static DecisionId of(String value) {
        return new DecisionId(value);
    }

    @Override
    public int compareTo(DecisionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
