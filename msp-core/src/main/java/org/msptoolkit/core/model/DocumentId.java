package org.msptoolkit.core.model;

import org.msptoolkit.core.internal.Checks;

/**
 * Identifies a document within a process.
 *
 * @param value the id text: not blank, at most 256 characters, no surrounding white space
 */
public record DocumentId(String value) implements ModelId, Comparable<DocumentId> {
    /** Checks the id's form. */
    public DocumentId {
        Checks.id(value, "document id");
    }

    /**
     * Makes an id.
     *
     * @param value the id text
     * @return the id
     * @throws IllegalArgumentException if the text is blank, too long, or has surrounding white space
     */
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    @Override
    public int compareTo(DocumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
