package org.msptoolkit.learning.qca;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to minimise a truth table (QCA's {@code minimize()} arguments).
 *
 * @param type conservative, parsimonious or intermediate
 * @param includeContradictions treat contradiction rows ({@code C}) as don't cares instead of negatives
 * @param directionalExpectations for intermediate solutions: condition name → the value expected to
 *        produce the outcome (1 present, 0 absent, or a category); conditions not listed have none
 * @param rowDominance drop prime implicants that cover only a subset of another's positive rows
 * @param maxModels stop listing minimal models after this many (the result says when it stopped)
 */
public record MinimiseOptions(
        SolutionType type,
        boolean includeContradictions,
        Map<String, Integer> directionalExpectations,
        boolean rowDominance,
        int maxModels) {
    /** Checks and copies. */
    public MinimiseOptions {
        Objects.requireNonNull(type, "type");
        directionalExpectations = java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(directionalExpectations, "directionalExpectations")));
        if (maxModels < 1) {
            throw new IllegalArgumentException("maxModels must be at least 1, was " + maxModels);
        }
    }

    /**
     * Returns the conservative (complex) solution, all minimal models up to 10,000.
     *
     * @return the conservative (complex) solution, all minimal models up to 10,000
     */
    public static MinimiseOptions conservative() {
        return new MinimiseOptions(SolutionType.CONSERVATIVE, false, Map.of(), false, 10_000);
    }

    /**
     * Returns the parsimonious solution (remainders included), all minimal models up to 10,000.
     *
     * @return the parsimonious solution (remainders included), all minimal models up to 10,000
     */
    public static MinimiseOptions parsimonious() {
        return new MinimiseOptions(SolutionType.PARSIMONIOUS, false, Map.of(), false, 10_000);
    }

    /**
     * The intermediate solution.
     *
     * @param expectations e.g. {@code "DEV", "~IND", "DEV[2]"}: the condition or its value expected
     *        to contribute to the outcome
     * @return the options
     * @throws IllegalArgumentException for a malformed expectation, or one condition expected two ways
     *     ({@code A} and {@code ~A})
     */
    public static MinimiseOptions intermediate(String... expectations) {
        Map<String, Integer> dir = new LinkedHashMap<>();
        for (String e : expectations) {
            String t = e.trim();
            int value = 1;
            if (t.startsWith("~")) {
                value = 0;
                t = t.substring(1).trim();
            } else if (t.endsWith("]") && t.indexOf('[') > 0) {
                try {
                    value = Integer.parseInt(
                            t.substring(t.indexOf('[') + 1, t.length() - 1).trim());
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("bad directional expectation '" + e + "'");
                }
                t = t.substring(0, t.indexOf('['));
            }
            if (t.isEmpty()) {
                throw new IllegalArgumentException("bad directional expectation '" + e + "'");
            }
            Integer before = dir.put(t, value);
            if (before != null && before != value) {
                throw new IllegalArgumentException("contradictory directional expectations for '" + t + "': "
                        + show(t, before) + " and " + show(t, value) + "; expect each condition one way only");
            }
        }
        return new MinimiseOptions(SolutionType.INTERMEDIATE, false, dir, false, 10_000);
    }

    /** {@code A}, {@code ~A} or {@code A[2]}, as the expectation is written. */
    private static String show(String condition, int value) {
        return value == 1 ? condition : value == 0 ? "~" + condition : condition + "[" + value + "]";
    }

    /**
     * Returns these options with row dominance applied to the prime implicant chart.
     *
     * @return these options with row dominance applied to the prime implicant chart
     */
    public MinimiseOptions withRowDominance() {
        return new MinimiseOptions(type, includeContradictions, directionalExpectations, true, maxModels);
    }

    /**
     * Returns these options with contradictions treated as don't cares.
     *
     * @return these options with contradictions treated as don't cares
     */
    public MinimiseOptions includingContradictions() {
        return new MinimiseOptions(type, true, directionalExpectations, rowDominance, maxModels);
    }

    /**
     * Returns these options with another model limit.
     *
     * @param max the largest number of minimal models to list
     * @return these options with another model limit
     */
    public MinimiseOptions withMaxModels(int max) {
        return new MinimiseOptions(type, includeContradictions, directionalExpectations, rowDominance, max);
    }
}
