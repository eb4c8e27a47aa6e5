package org.msptoolkit.composite.internal;

import java.util.Arrays;

/** Numeric helpers over arrays where {@code NaN} means missing. */
public final class Stats {
    private Stats() {}

    /**
     * Returns the number of non-missing values.
     *
     * @param x values
     * @return the number of non-missing values
     */
    public static int count(double[] x) {
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Returns the minimum of the non-missing values, {@code NaN} if none.
     *
     * @param x values
     * @return the minimum of the non-missing values, {@code NaN} if none
     */
    public static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        boolean any = false;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                any = true;
                if (v < m) {
                    m = v;
                }
            }
        }
        return any ? m : Double.NaN;
    }

    /**
     * Returns the maximum of the non-missing values, {@code NaN} if none.
     *
     * @param x values
     * @return the maximum of the non-missing values, {@code NaN} if none
     */
    public static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                any = true;
                if (v > m) {
                    m = v;
                }
            }
        }
        return any ? m : Double.NaN;
    }

    /**
     * Mean of the non-missing values, with a second correcting pass (as R's {@code mean}).
     *
     * @param x values
     * @return the mean, {@code NaN} if none
     */
    public static double mean(double[] x) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double m = s / n;
        double c = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                c += v - m;
            }
        }
        return m + c / n;
    }

    /**
     * Sample standard deviation (n − 1) of the non-missing values.
     *
     * @param x values
     * @return the standard deviation, {@code NaN} for fewer than two values
     */
    public static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                double d = v - m;
                s += d * d;
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(s / (n - 1));
    }

    /**
     * Median of the non-missing values.
     *
     * @param x values
     * @return the median, {@code NaN} if none
     */
    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /**
     * Quantile of the non-missing values, R's default (type 7) definition.
     *
     * @param x values
     * @param p probability in [0, 1]
     * @return the quantile, {@code NaN} if none
     */
    public static double quantile(double[] x, double p) {
        double[] s = nonMissingSorted(x);
        return quantileSorted(s, p);
    }

    /**
     * Type-7 quantile of sorted values.
     *
     * @param s sorted values without NaN
     * @param p probability
     * @return the quantile
     */
    public static double quantileSorted(double[] s, double p) {
        int n = s.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /**
     * Returns the non-missing values, sorted ascending.
     *
     * @param x values
     * @return the non-missing values, sorted ascending
     */
    public static double[] nonMissingSorted(double[] x) {
        double[] s = new double[count(x)];
        int j = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s[j++] = v;
            }
        }
        Arrays.sort(s);
        return s;
    }

    /**
     * Ranks with ties "min" (R's {@code rank(x, ties.method = "min", na.last = "keep")}): 1 = lowest.
     *
     * @param x values
     * @return ranks; missing stays missing
     */
    public static double[] rankAscending(double[] x) {
        double[] s = nonMissingSorted(x);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            r[i] = Double.isNaN(v) ? Double.NaN : lowerBound(s, v) + 1;
        }
        return r;
    }

    /**
     * Ranks for scores where higher is better, ties "min" (COINr's results ranks): 1 = best.
     *
     * @param x scores
     * @return ranks; missing stays missing
     */
    public static double[] rankDescending(double[] x) {
        double[] s = nonMissingSorted(x);
        double[] r = new double[x.length];
        int n = s.length;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            r[i] = Double.isNaN(v) ? Double.NaN : n - upperBound(s, v) + 1;
        }
        return r;
    }

    /**
     * Returns first index with s[i] &ge; v.
     *
     * @return first index with s[i] &ge; v
     */
    static int lowerBound(double[] s, double v) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns first index with s[i] &gt; v.
     *
     * @return first index with s[i] &gt; v
     */
    static int upperBound(double[] s, double v) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Sample skewness, e1071 type 2 (Excel {@code SKEW}); {@code NaN} for fewer than 3 values.
     *
     * @param x values
     * @return the skewness
     */
    public static double skew(double[] x) {
        double m = mean(x);
        double s2 = 0;
        double s3 = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                double d = v - m;
                s2 += d * d;
                s3 += d * d * d;
                n++;
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        double g1 = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
        return g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }

    /**
     * Sample excess kurtosis, e1071 type 2 (Excel {@code KURT}); {@code NaN} for fewer than 4 values.
     *
     * @param x values
     * @return the kurtosis
     */
    public static double kurtosis(double[] x) {
        double m = mean(x);
        double s2 = 0;
        double s4 = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                double d = v - m;
                s2 += d * d;
                s4 += d * d * d * d;
                n++;
            }
        }
        if (n < 4) {
            return Double.NaN;
        }
        double r = n * s4 / (s2 * s2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }
}
