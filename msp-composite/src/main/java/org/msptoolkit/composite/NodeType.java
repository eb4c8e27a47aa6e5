package org.msptoolkit.composite;

import java.util.Locale;
import java.util.Optional;

/**
 * What a row of the index metadata ({@code iMeta}) describes, with COINr's {@code Type} codes.
 *
 * @since 0.1.0
 */
public enum NodeType {
    /** A measured indicator (level 1 of the index). */
    INDICATOR("Indicator"),
    /** An aggregate of lower-level nodes: a pillar, sub-index or the index itself. */
    AGGREGATE("Aggregate"),
    /** A grouping column of the units, e.g. region or size class, used for grouped imputation. */
    GROUP("Group"),
    /** A scaling variable, e.g. population or GDP, that indicators may be divided by. */
    DENOMINATOR("Denominator"),
    /** Any other column that is carried along unchanged. */
    OTHER("Other");

    private final String code;

    NodeType(String code) {
        this.code = code;
    }

    /**
     * Returns the COINr spelling, e.g. {@code "Indicator"}.
     *
     * @return the COINr spelling, e.g. {@code "Indicator"}
     */
    public String code() {
        return code;
    }

    /**
     * The type with this COINr code, ignoring case.
     *
     * @param code e.g. {@code "Aggregate"}
     * @return the type, or empty if the code is unknown
     */
    public static Optional<NodeType> fromCode(String code) {
        for (NodeType t : values()) {
            if (t.code.toLowerCase(Locale.ROOT).equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
