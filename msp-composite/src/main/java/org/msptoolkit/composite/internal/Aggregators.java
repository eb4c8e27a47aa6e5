package org.msptoolkit.composite.internal;

import org.msptoolkit.composite.Aggregation;

/** The built-in aggregation methods (COINr's {@code a_*} functions), with column-wise fast paths. */
public final class Aggregators {
    private Aggregators() {}

    /** Weighted arithmetic mean. */
    public static final Aggregation ARITHMETIC = new GenMean(1);
    /** Weighted geometric mean. */
    public static final Aggregation GEOMETRIC = new GenMean(0);
    /** Weighted harmonic mean. */
    public static final Aggregation HARMONIC = new GenMean(-1);
    /** Copeland outranking. */
    public static final Aggregation COPELAND = new Copeland();

    /**
     * Returns whether it is the built-in geometric mean.
     *
     * @param a an aggregation
     * @return whether it is the built-in geometric mean
     */
    static boolean isGeometric(Aggregation a) {
        return a instanceof GenMean g && g.p() == 0;
    }

    /**
     * Geometric mean from the children's logarithms: exp(Σw·ln x/Σw), skipping missing values.
     *
     * @param logs the children's log columns
     * @param w their weights
     * @param out receives the geometric means
     * @return the logarithms of the means (for a geometric parent), {@code null} if a mean is negative
     */
    static double[] geometricFromLogs(double[][] logs, double[] w, double[] out) {
        int n = out.length;
        double[] sw = new double[n];
        double[] s = new double[n];
        for (int k = 0; k < logs.length; k++) {
            double wk = w[k];
            if (wk == 0) {
                continue;
            }
            double[] col = logs[k];
            for (int u = 0; u < n; u++) {
                double v = col[u];
                if (!Double.isNaN(v)) {
                    sw[u] += wk;
                    s[u] += wk * v;
                }
            }
        }
        for (int u = 0; u < n; u++) {
            if (sw[u] == 0) {
                s[u] = Double.NaN;
                out[u] = Double.NaN;
            } else {
                s[u] = s[u] / sw[u];
                out[u] = Math.exp(s[u]);
            }
        }
        return s;
    }

    /**
     * The weighted power mean; p = 1 arithmetic, 0 geometric, −1 harmonic. Children with a missing
     * value or a zero weight are skipped.
     *
     * @param p the power
     */
    public record GenMean(double p) implements Aggregation {
        @Override
        public double aggregate(double[] x, double[] w) {
            double sw = 0;
            double s = 0;
            for (int k = 0; k < x.length; k++) {
                double v = x[k];
                double wk = w[k];
                if (Double.isNaN(v) || wk == 0) {
                    continue;
                }
                sw += wk;
                s += wk * term(v);
            }
            return sw == 0 ? Double.NaN : finish(s / sw);
        }

        private double term(double v) {
            if (p == 1) {
                return v;
            } else if (p == 0) {
                return Math.log(v);
            } else if (p == -1) {
                return 1 / v;
            }
            return Math.pow(v, p);
        }

        private double finish(double m) {
            if (p == 1) {
                return m;
            } else if (p == 0) {
                return Math.exp(m);
            } else if (p == -1) {
                return 1 / m;
            }
            return Math.pow(m, 1 / p);
        }

        @Override
        public void aggregateAll(double[][] children, double[] weights, double[] out) {
            int n = out.length;
            double[] sw = new double[n];
            double[] s = new double[n];
            for (int k = 0; k < children.length; k++) {
                double wk = weights[k];
                if (wk == 0) {
                    continue;
                }
                double[] col = children[k];
                if (p == 1) {
                    for (int u = 0; u < n; u++) {
                        double v = col[u];
                        if (!Double.isNaN(v)) {
                            sw[u] += wk;
                            s[u] += wk * v;
                        }
                    }
                } else if (p == 0) {
                    for (int u = 0; u < n; u++) {
                        double v = col[u];
                        if (!Double.isNaN(v)) {
                            sw[u] += wk;
                            s[u] += wk * Math.log(v);
                        }
                    }
                } else {
                    for (int u = 0; u < n; u++) {
                        double v = col[u];
                        if (!Double.isNaN(v)) {
                            sw[u] += wk;
                            s[u] += wk * term(v);
                        }
                    }
                }
            }
            for (int u = 0; u < n; u++) {
                out[u] = sw[u] == 0 ? Double.NaN : finish(s[u] / sw[u]);
            }
        }

        @Override
        public String toString() {
            return p == 1
                    ? "arithmetic()"
                    : p == 0 ? "geometric()" : p == -1 ? "harmonic()" : "generalisedMean(" + p + ")";
        }
    }

    /** Copeland outranking scores over the whole table. */
    public record Copeland() implements Aggregation {
        private static final double TIE = 1e-12;

        @Override
        public double aggregate(double[] values, double[] weights) {
            throw new UnsupportedOperationException(
                    "Copeland aggregation compares units and needs the whole " + "table: use aggregateAll");
        }

        @Override
        public void aggregateAll(double[][] children, double[] weights, double[] out) {
            int n = out.length;
            int k = children.length;
            double sw = 0;
            for (double w : weights) {
                sw += w;
            }
            double[] w = new double[k];
            for (int j = 0; j < k; j++) {
                w[j] = weights[j] / sw;
            }
            double[] score = new double[n];
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double gt = 0;
                    double eq = 0;
                    for (int j = 0; j < k; j++) {
                        double a = children[j][p];
                        double b = children[j][q];
                        if (a > b) {
                            gt += w[j];
                        } else if (a == b) {
                            eq += w[j];
                        }
                    }
                    // the share of weight on which p beats q; 1 − share for q over p (as COINr).
                    // Shares within 1e-12 of ½ count as ties, so rounding cannot flip a tie.
                    double diff = gt + eq / 2 - 0.5;
                    int sign = diff > TIE ? 1 : diff < -TIE ? -1 : 0;
                    score[p] += sign;
                    score[q] -= sign;
                }
            }
            System.arraycopy(score, 0, out, 0, n);
        }

        @Override
        public String toString() {
            return "copeland()";
        }
    }
}
