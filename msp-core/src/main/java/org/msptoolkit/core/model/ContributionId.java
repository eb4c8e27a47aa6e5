package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies an input or contribution within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record ContributionId(String value) implements ModelId, Comparable<ContributionId> {
    /** Checks the id's form. */
    public ContributionId {
        Checks.id(value, "contribution id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static ContributionId of(String value) {
        return new ContributionId(value);
    }

    @Override
    public int compareTo(ContributionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
