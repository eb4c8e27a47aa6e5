package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * Where a commitment made in a multi-stakeholder process stands.
 */
public enum CommitmentStatus implements Coded {
    /** Made but not yet started. */
    PLANNED,
    /** Being carried out. */
    IN_PROGRESS,
    /** Done, ideally with evidence of delivery. */
    DELIVERED,
    /** Abandoned or withdrawn. */
    DROPPED;

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
    public static Optional<CommitmentStatus> fromCode(String code) {
        return Codes.find(CommitmentStatus.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static CommitmentStatus parse(String code) {
        return Codes.parse(CommitmentStatus.class, "commitment status", code);
    }
}
