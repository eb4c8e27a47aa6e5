package org.msptoolkit.composite;

import org.msptoolkit.composite.internal.Aggregators;

/**
 * Combines the scores of a group's children (indicators of a pillar, pillars of a sub-index, …) into
 * the group's score, unit by unit. Missing children ({@code NaN}) are skipped and the remaining
 * weights re-scaled, as COINr does.
 *
 * <p>Differences from COINr, deliberately: the generalised mean skips missing values (COINr returns
 * NA for the unit); the geometric and harmonic means return 0 for a unit with a zero value (the
 * mathematical limit; COINr stops with an error) and {@code NaN} for a negative value (undefined).
 *
 * @since 0.1.0
 */
public interface Aggregation {
    /**
     * Aggregates one unit's children.
     *
     * @param values the children's scores; {@code NaN} = missing
     * @param weights the children's weights (relative, ≥ 0)
     * @return the aggregate, {@code NaN} when no child has a value
     * @throws UnsupportedOperationException for whole-table methods such as {@link #copeland()}
     */
    double aggregate(double[] values, double[] weights);

    /**
     * Aggregates all units at once; the default applies {@link #aggregate} unit by unit.
     *
     * @param children the children's scores, {@code children[k][unit]}
     * @param weights the children's weights
     * @param out receives one aggregate per unit
     */
    default void aggregateAll(double[][] children, double[] weights, double[] out) {
        double[] row = new double[children.length];
        for (int u = 0; u < out.length; u++) {
            for (int k = 0; k < children.length; k++) {
                row[k] = children[k][u];
            }
            out[u] = aggregate(row, weights);
        }
    }

    /**
     * Returns the weighted arithmetic mean Σwx/Σw (fully compensatory), COINr's default.
     *
     * @return the weighted arithmetic mean Σwx/Σw (fully compensatory), COINr's default
     */
    static Aggregation arithmetic() {
        return Aggregators.ARITHMETIC;
    }

    /**
     * Returns the weighted geometric mean exp(Σw·ln x/Σw) (partially compensatory).
     *
     * @return the weighted geometric mean exp(Σw·ln x/Σw) (partially compensatory)
     */
    static Aggregation geometric() {
        return Aggregators.GEOMETRIC;
    }

    /**
     * Returns the weighted harmonic mean Σw/Σ(w/x).
     *
     * @return the weighted harmonic mean Σw/Σ(w/x)
     */
    static Aggregation harmonic() {
        return Aggregators.HARMONIC;
    }

    /**
     * The generalised (power) mean (Σw·x^p/Σw)^(1/p); p = 1 arithmetic, p = −1 harmonic, p = 0 is
     * taken as its limit, the geometric mean.
     *
     * @param p the power
     * @return the method
     */
    static Aggregation generalisedMean(double p) {
        return new Aggregators.GenMean(p);
    }

    /**
     * Copeland outranking (non-compensatory): for each pair of units, the weight share of children on
     * which one beats the other (ties count half); +1 for each unit it outranks (share &gt; ½), −1 for
     * each that outranks it. Needs the whole table; missing values count as neither win nor tie.
     *
     * @return the method
     */
    static Aggregation copeland() {
        return Aggregators.COPELAND;
    }
}
