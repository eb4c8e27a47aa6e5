package org.msptoolkit.composite;

import java.util.Map;

/**
 * One row of a results table: a unit's index score and rank, and its scores on every aggregate.
 *
 * @param unit the unit code
 * @param name the unit's readable name
 * @param score the index score ({@code NaN} if it could not be computed)
 * @param rank 1 = best, ties share the best rank; 0 when the score is missing
 * @param aggregates aggregate code → score, top-down
 *
 * @since 0.1.0
 */
public record UnitScore(String unit, String name, double score, int rank, Map<String, Double> aggregates) {
    /** Copies the map. */
    public UnitScore {
        aggregates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aggregates));
    }

    @Override
    public String toString() {
        return String.format("%4d  %-8s %10.4f  %s", rank, unit, score, name);
    }
}
