package org.msptoolkit.indicators.internal.builtin;

import java.util.Arrays;
import java.util.Collection;

/** Diversity and concentration statistics over non-negative counts or amounts. Internal. */
final class Stats {
    private Stats() {}

    static double total(Collection<? extends Number> values) {
        double t = 0;
        for (Number v : values) {
            t += v.doubleValue();
        }
        return t;
    }

    /** Shannon entropy H = −Σ p_i ln p_i over the positive values; 0 for fewer than two. */
    static double shannon(Collection<? extends Number> values) {
        double t = total(values);
        double h = 0;
        for (Number v : values) {
            double p = v.doubleValue() / t;
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    /** Pielou evenness J = H / ln k over k categories (k >= 2), clamped to [0, 1] against rounding. */
    static double pielou(Collection<? extends Number> values) {
        return Math.max(0, Math.min(1, shannon(values) / Math.log(values.size())));
    }

    /** Blau / Gini–Simpson index 1 − Σ p_i². */
    static double blau(Collection<? extends Number> values) {
        return Math.max(0, 1 - hhi(values));
    }

    /** Herfindahl–Hirschman index Σ s_i² with shares s_i in [0, 1]. */
    static double hhi(Collection<? extends Number> values) {
        double t = total(values);
        double s = 0;
        for (Number v : values) {
            double p = v.doubleValue() / t;
            s += p * p;
        }
        return Math.min(1, s);
    }

    /** Gini coefficient G = Σ_i Σ_j |x_i − x_j| / (2 n² μ); 0 when all equal. */
    static double gini(Collection<? extends Number> values) {
        double[] x = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return giniOfSorted(x, Arrays.stream(x).sum());
    }

    /** Median of the values (mean of the two middle ones for an even count). */
    static double median(Collection<? extends Number> values) {
        double[] x = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = x.length;
        return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }

    // The same statistics over the first n counts of an array, in order (each sum adds in the same order as the
    // collection forms above, so the results are bit for bit the same).

    static double total(long[] values, int n) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += (double) values[i];
        }
        return t;
    }

    static double shannon(long[] values, int n) {
        double t = total(values, n);
        double h = 0;
        for (int i = 0; i < n; i++) {
            double p = (double) values[i] / t;
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    static double pielou(long[] values, int n) {
        return Math.max(0, Math.min(1, shannon(values, n) / Math.log(n)));
    }

    static double hhi(long[] values, int n) {
        double t = total(values, n);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double p = (double) values[i] / t;
            s += p * p;
        }
        return Math.min(1, s);
    }

    static double blau(long[] values, int n) {
        return Math.max(0, 1 - hhi(values, n));
    }

    static double hhi(double[] values) {
        double t = 0;
        for (double v : values) {
            t += v;
        }
        double s = 0;
        for (double v : values) {
            double p = v / t;
            s += p * p;
        }
        return Math.min(1, s);
    }

    /** {@link #gini(Collection)} of these values; sorts the array in place. */
    static double gini(double[] x) {
        Arrays.sort(x);
        return giniOfSorted(x, Arrays.stream(x).sum());
    }

    /**
     * {@link #gini(Collection)} of counts: their sum is exact, as the compensated sum of the collection form is
     * for whole numbers below 2^53; sorts the array in place.
     */
    static double giniOfCounts(double[] x) {
        Arrays.sort(x);
        long total = 0;
        for (double v : x) {
            total += (long) v;
        }
        return giniOfSorted(x, (double) total);
    }

    /**
     * The Gini coefficient of values sorted ascending whose sum is {@code sum}, by the sorted form
     * G = (2 Σ i·x_i) / (n Σ x_i) − (n + 1) / n, i = 1..n.
     */
    private static double giniOfSorted(double[] x, double sum) {
        int n = x.length;
        if (n == 0 || sum == 0) {
            return 0;
        }
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * x[i];
        }
        double g = 2 * weighted / (n * sum) - (n + 1.0) / n;
        return Math.max(0, g);
    }

    /** {@link #median(Collection)} of these values; sorts the array in place. */
    static double median(double[] x) {
        Arrays.sort(x);
        int n = x.length;
        return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }
}
