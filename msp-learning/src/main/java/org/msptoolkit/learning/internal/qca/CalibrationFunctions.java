package org.msptoolkit.learning.internal.qca;

/** The calibration formulas of QCA's {@code calibrate()} (see qca-methods.md). */
public final class CalibrationFunctions {
    private CalibrationFunctions() {}

    /**
     * Logistic direct method; decreasing when {@code e > i}.
     *
     * @param x raw value
     * @param e exclusion anchor
     * @param c crossover
     * @param i inclusion anchor
     * @param idm inclusion degree
     * @return membership
     */
    public static double logistic(double x, double e, double c, double i, double idm) {
        if (e > i) {
            return 1 - logistic(x, i, c, e, idm);
        }
        double l = Math.log(idm / (1 - idm));
        double scale = x >= c ? (i - c) : (c - e);
        return 1 / (1 + Math.exp(-(x - c) * l / scale));
    }

    /**
     * Power (linear when both exponents are 1) direct method; decreasing when {@code e > i}.
     *
     * @param x raw value
     * @param e exclusion anchor
     * @param c crossover
     * @param i inclusion anchor
     * @param below exponent below the crossover
     * @param above exponent above the crossover
     * @return membership
     */
    public static double power(double x, double e, double c, double i, double below, double above) {
        if (e > i) {
            // mirror: a decreasing set is the increasing calibration of -x
            return power(-x, -e, -c, -i, below, above);
        }
        if (x <= e) {
            return 0;
        }
        if (x <= c) {
            return Math.pow((e - x) / (e - c), below) / 2;
        }
        if (x <= i) {
            return 1 - Math.pow((i - x) / (i - c), above) / 2;
        }
        return 1;
    }

    /**
     * Bell shape: rising half up to the middle of the plateau, falling half after.
     *
     * @param x raw value
     * @param a anchors e1, c1, i1, i2, c2, e2
     * @param logistic logistic halves when true, linear halves otherwise
     * @return membership
     */
    public static double bell(double x, double[] a, boolean logistic) {
        if (!logistic && x >= a[2] && x <= a[3]) {
            return 1;
        }
        boolean rising = x <= (a[2] + a[3]) / 2;
        if (logistic) {
            return rising ? logistic(x, a[0], a[1], a[2], 0.95) : logistic(x, a[5], a[4], a[3], 0.95);
        }
        return rising ? power(x, a[0], a[1], a[2], 1, 1) : power(x, a[5], a[4], a[3], 1, 1);
    }

    /**
     * Crisp categories.
     *
     * @param x raw value
     * @param thresholds increasing thresholds
     * @return the number of thresholds that {@code x} reaches
     */
    public static double crisp(double x, double[] thresholds) {
        int k = 0;
        while (k < thresholds.length && x >= thresholds[k]) {
            k++;
        }
        return k;
    }
}
