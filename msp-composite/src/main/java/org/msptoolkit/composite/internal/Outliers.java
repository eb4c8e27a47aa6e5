package org.msptoolkit.composite.internal;

/** COINr's outlier rule: skew/kurtosis check, winsorisation and the modified COIN Tool log. */
public final class Outliers {
    private Outliers() {}

    /**
     * COINr's {@code check_SkewKurt}: passes when |skew| &lt; threshold or kurtosis &lt; threshold.
     *
     * @param skew skewness
     * @param kurt kurtosis
     * @param skewThreshold e.g. 2
     * @param kurtThreshold e.g. 3.5
     * @return whether no treatment is needed
     */
    public static boolean passes(double skew, double kurt, double skewThreshold, double kurtThreshold) {
        if (Double.isNaN(skew) || Double.isNaN(kurt)) {
            return true;
        }
        return Math.abs(skew) < skewThreshold || kurt < kurtThreshold;
    }

    /**
     * Winsorises in place while the check fails and fewer than {@code max} points have been changed:
     * for positive skew the maximum value(s) become the largest remaining value, else the minimum
     * value(s) the smallest remaining value.
     *
     * @param x values, modified
     * @param max COINr's {@code winmax}
     * @param skewThreshold skew threshold
     * @param kurtThreshold kurtosis threshold
     * @return how many distinct values were changed
     */
    public static int winsorise(double[] x, int max, double skewThreshold, double kurtThreshold) {
        boolean[] changed = new boolean[x.length];
        int count = 0;
        while (count < max && !passes(Stats.skew(x), Stats.kurtosis(x), skewThreshold, kurtThreshold)) {
            boolean high = Stats.skew(x) >= 0;
            double extreme = high ? Stats.max(x) : Stats.min(x);
            double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            boolean any = false;
            for (double v : x) {
                if (!Double.isNaN(v) && v != extreme) {
                    any = true;
                    next = high ? Math.max(next, v) : Math.min(next, v);
                }
            }
            if (!any) {
                break;
            }
            for (int i = 0; i < x.length; i++) {
                if (x[i] == extreme) {
                    x[i] = next;
                    if (!changed[i]) {
                        changed[i] = true;
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /**
     * COINr's {@code log_CT}: ln(x − min + 0.01·(max − min)).
     *
     * @param x values
     * @return transformed values
     */
    public static double[] logCT(double[] x) {
        double mn = Stats.min(x);
        double mx = Stats.max(x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.log(x[i] - mn + 0.01 * (mx - mn));
        }
        return y;
    }
}
