package org.msptoolkit.learning.qca;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.msptoolkit.learning.internal.qca.CalibrationFunctions;

/**
 * Turns raw values of a case (e.g. share of women among participants, years of operation) into
 * membership in a set ("gender-balanced MSP", "long-lived MSP"), as QCA's {@code calibrate()}.
 *
 * <ul>
 *   <li>{@link #logistic(double, double, double)}: the direct method; exclusion {@code e}, crossover
 *       {@code c} and inclusion {@code i} anchors get memberships 0.05, 0.5 and 0.95 (decreasing
 *       when {@code e > i});</li>
 *   <li>{@link #linear(double, double, double)} and {@link #power}: piecewise shapes through the same anchors;</li>
 *   <li>{@link #bell}: six anchors, membership rises then falls;</li>
 *   <li>{@link #crisp(double...)}: one threshold gives 0/1, several give multi-value categories 0, 1, 2….</li>
 * </ul>
 * Immutable.
 */
public final class Calibration {
    private final String description;
    private final DoubleUnaryOperator function;

    private Calibration(String description, DoubleUnaryOperator function) {
        this.description = description;
        this.function = function;
    }

    /**
     * Direct method, logistic shape, inclusion degree 0.95.
     *
     * @param e exclusion anchor (membership 0.05)
     * @param c crossover anchor (membership 0.5)
     * @param i inclusion anchor (membership 0.95); smaller than {@code e} for a decreasing set
     * @return the calibration
     */
    public static Calibration logistic(double e, double c, double i) {
        return logistic(e, c, i, 0.95);
    }

    /**
     * Direct method, logistic shape, with a chosen inclusion degree.
     *
     * @param e exclusion anchor (membership 1 − idm)
     * @param c crossover anchor (membership 0.5)
     * @param i inclusion anchor (membership idm)
     * @param idm inclusion degree of membership, in (0.5, 1)
     * @return the calibration
     */
    public static Calibration logistic(double e, double c, double i, double idm) {
        anchors3(e, c, i);
        if (!(idm > 0.5 && idm < 1)) {
            throw new IllegalArgumentException("inclusion degree must be in (0.5, 1), was " + idm);
        }
        return new Calibration(
                String.format("logistic(e=%s, c=%s, i=%s, idm=%s)", e, c, i, idm),
                x -> CalibrationFunctions.logistic(x, e, c, i, idm));
    }

    /**
     * Direct method, linear shape: 0 at or beyond {@code e}, 0.5 at {@code c}, 1 at or beyond {@code i}.
     *
     * @param e exclusion anchor
     * @param c crossover anchor
     * @param i inclusion anchor
     * @return the calibration
     */
    public static Calibration linear(double e, double c, double i) {
        return power(e, c, i, 1, 1);
    }

    /**
     * Direct method, power shape ({@code below}/{@code above} are QCA's exponents; 1 is linear,
     * 2 concentrates, 0.5 dilates).
     *
     * @param e exclusion anchor
     * @param c crossover anchor
     * @param i inclusion anchor
     * @param below exponent between {@code e} and {@code c}, positive
     * @param above exponent between {@code c} and {@code i}, positive
     * @return the calibration
     */
    public static Calibration power(double e, double c, double i, double below, double above) {
        anchors3(e, c, i);
        if (!(below > 0) || !(above > 0)) {
            throw new IllegalArgumentException("exponents must be positive, were below=" + below + ", above=" + above);
        }
        return new Calibration(
                String.format("power(e=%s, c=%s, i=%s, below=%s, above=%s)", e, c, i, below, above),
                x -> CalibrationFunctions.power(x, e, c, i, below, above));
    }

    /**
     * Bell shape from six anchors in increasing order: membership rises from {@code e1} through
     * {@code c1} to {@code i1}, stays full up to {@code i2}, and falls through {@code c2} to {@code e2}.
     *
     * @param e1 first exclusion anchor
     * @param c1 first crossover
     * @param i1 first inclusion anchor
     * @param i2 second inclusion anchor
     * @param c2 second crossover
     * @param e2 second exclusion anchor
     * @param logistic true for logistic halves (0.95 at the inclusion anchors), false for linear halves
     * @return the calibration
     */
    public static Calibration bell(double e1, double c1, double i1, double i2, double c2, double e2, boolean logistic) {
        double[] a = {e1, c1, i1, i2, c2, e2};
        for (int k = 1; k < a.length; k++) {
            if (!(a[k] >= a[k - 1]) || (k != 3 && a[k] == a[k - 1])) {
                throw new IllegalArgumentException(
                        "bell anchors must increase (e1<c1<i1<=i2<c2<e2), were " + Arrays.toString(a));
            }
        }
        return new Calibration(
                String.format(
                        "bell(%s, %s, %s, %s, %s, %s, %s)", e1, c1, i1, i2, c2, e2, logistic ? "logistic" : "linear"),
                x -> CalibrationFunctions.bell(x, a, logistic));
    }

    /**
     * Crisp calibration: values at or above the first threshold get 1, at or above the second 2, and so on.
     *
     * @param thresholds one or more thresholds in increasing order
     * @return the calibration
     */
    public static Calibration crisp(double... thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        if (thresholds.length == 0) {
            throw new IllegalArgumentException("crisp calibration needs at least one threshold");
        }
        double[] t = thresholds.clone();
        for (int k = 0; k < t.length; k++) {
            if (!Double.isFinite(t[k]) || (k > 0 && !(t[k] > t[k - 1]))) {
                throw new IllegalArgumentException(
                        "thresholds must be finite and increasing, were " + Arrays.toString(t));
            }
        }
        return new Calibration("crisp" + Arrays.toString(t), x -> CalibrationFunctions.crisp(x, t));
    }

    private static void anchors3(double e, double c, double i) {
        boolean ok = Double.isFinite(e)
                && Double.isFinite(c)
                && Double.isFinite(i)
                && ((e < c && c < i) || (e > c && c > i));
        if (!ok) {
            throw new IllegalArgumentException(
                    "anchors must be finite and ordered e<c<i (or e>c>i for a decreasing set), were e=" + e + ", c=" + c
                            + ", i=" + i);
        }
    }

    /**
     * The membership (or category) of one raw value.
     *
     * @param raw the raw value
     * @return the membership in [0, 1], or the category for a multi-threshold crisp calibration
     */
    public double apply(double raw) {
        return function.applyAsDouble(raw);
    }

    /**
     * Calibrates every value.
     *
     * @param raw raw values
     * @return memberships, same order
     */
    public double[] apply(double[] raw) {
        Objects.requireNonNull(raw, "raw");
        double[] out = new double[raw.length];
        for (int k = 0; k < raw.length; k++) {
            out[k] = apply(raw[k]);
        }
        return out;
    }

    /**
     * Calibrates a column of a case table into a new (or replaced) column.
     *
     * @param table the cases
     * @param rawColumn the column of raw values
     * @param setName the name of the calibrated column (may equal {@code rawColumn} to replace it)
     * @return a new table with the calibrated column
     */
    public CaseTable apply(CaseTable table, String rawColumn, String setName) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rawColumn, "rawColumn");
        Objects.requireNonNull(setName, "setName");
        return table.withColumn(setName, apply(table.column(rawColumn)));
    }

    /**
     * Returns the shape and anchors, e.g. {@code logistic(e=400.0, c=550.0, i=900.0, idm=0.95)}.
     *
     * @return the shape and anchors, e.g. {@code logistic(e=400.0, c=550.0, i=900.0, idm=0.95)}
     */
    @Override
    public String toString() {
        return description;
    }
}
