package org.msptoolkit.learning.qca;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One configuration of conditions in a truth table, with the cases that belong to it.
 *
 * @param number QCA's row number: 1 + the configuration read as a number, first condition most significant
 * @param values the value of each condition, in condition order
 * @param outcome the output value (1, 0, C or ?)
 * @param n how many cases have membership above 0.5 in the configuration
 * @param inclS sufficiency consistency over all cases; empty for an unobserved remainder
 * @param pri proportional reduction in inconsistency over all cases; empty for an unobserved remainder
 * @param cases the ids of the cases in the row
 */
public record TruthTableRow(
        long number,
        List<Integer> values,
        RowOutcome outcome,
        int n,
        OptionalDouble inclS,
        OptionalDouble pri,
        List<String> cases) {
    /** Copies the lists and checks for missing components. */
    public TruthTableRow {
        values = List.copyOf(values);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(inclS, "inclS");
        Objects.requireNonNull(pri, "pri");
        cases = List.copyOf(cases);
    }
}
