package org.msptoolkit.network;

import java.util.Objects;

/**
 * What a network measure is: its id, its formula and its source, printed with every result.
 *
 * @param id stable id, e.g. {@code "cross-sector-ties"}
 * @param formula how it is computed, in words and symbols
 * @param source where the measure comes from
 * @since 0.2.0
 */
public record Measure(String id, String formula, String source) {
    /** Checks the components. */
    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return id + ": " + formula + " (" + source + ")";
    }
}
