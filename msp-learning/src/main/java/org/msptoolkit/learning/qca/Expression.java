package org.msptoolkit.learning.qca;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msptoolkit.learning.internal.qca.ExpressionParser;

/**
 * A sum of products in QCA notation, e.g. {@code DEV*~IND + URB*STB}: a disjunction of terms, used
 * for solutions and for fit of arbitrary hypotheses ("consensus AND gender balance, OR a charter").
 *
 * @param terms the terms, in the order given
 */
public record Expression(List<Term> terms) {
    /** Copies the terms. */
    public Expression {
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    }

    /**
     * Parses an expression: {@code *} is AND, {@code +} is OR, {@code ~} negates a two-level condition
     * or a parenthesised group of them, {@code X[v]} selects a value of a multi-value (or two-level)
     * condition, parentheses group. Blanks are ignored. The result is expanded into a sum of products
     * ({@code A*(B + ~C)} becomes {@code A*B + A*~C}, {@code ~(A*B)} becomes {@code ~A + ~B}).
     *
     * @param text e.g. {@code "DEV*~IND + URB*STB"}
     * @param conditions the known conditions
     * @return the expression
     * @throws QcaException naming the position (1-based character) of the first syntax error, or
     *         every unknown condition
     * @throws NullPointerException if {@code text} or {@code conditions} is null
     */
    public static Expression parse(String text, List<Condition> conditions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(conditions, "conditions");
        return ExpressionParser.parse(text, conditions);
    }

    /**
     * Parses an expression whose conditions are columns of a case table (kinds read from the data).
     *
     * @param text the expression
     * @param table the cases
     * @return the expression
     * @throws NullPointerException if {@code text} or {@code table} is null
     */
    public static Expression parse(String text, CaseTable table) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(table, "table");
        List<Condition> conditions = new java.util.ArrayList<>();
        for (String c : table.columns()) {
            try {
                conditions.add(Condition.of(table, c));
            } catch (QcaException e) {
                // a raw (uncalibrated) column cannot be a condition; it is reported as unknown if used
            }
        }
        return parse(text, conditions);
    }

    /**
     * The membership of every case: the maximum over terms of the minimum over literals.
     *
     * @param table the cases (must hold every condition used)
     * @return one membership per case
     */
    public double[] memberships(CaseTable table) {
        double[] out = new double[table.size()];
        for (Term t : terms) {
            int[] cols = new int[t.literals().size()];
            for (int k = 0; k < cols.length; k++) {
                String name = t.literals().get(k).condition().name();
                cols[k] = table.indexOf(name)
                        .orElseThrow(() -> QcaException.of(
                                "expression",
                                QcaException.UNKNOWN_NAME,
                                "the case table has no column '" + name + "'"));
            }
            for (int i = 0; i < out.length; i++) {
                double m = 1;
                for (int k = 0; k < cols.length; k++) {
                    m = Math.min(m, t.literals().get(k).membership(table.value(i, cols[k])));
                }
                out[i] = Math.max(out[i], m);
            }
        }
        return out;
    }

    /**
     * Returns the expression in QCA notation, terms joined by {@code " + "}.
     *
     * @return the expression in QCA notation, terms joined by {@code " + "}
     */
    @Override
    public String toString() {
        return terms.stream().map(Term::toString).collect(Collectors.joining(" + "));
    }
}
