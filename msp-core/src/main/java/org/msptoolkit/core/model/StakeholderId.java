package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a stakeholder (an organisation or constituency) within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record StakeholderId(String value) implements ModelId, Comparable<StakeholderId> {
    /** Checks the id's form. */
    public StakeholderId {
        Checks.id(value, "stakeholder id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static StakeholderId of(String value) {
        return new StakeholderId(value);
    }

    @Override
    public int compareTo(StakeholderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
