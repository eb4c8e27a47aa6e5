package org.msptoolkit.composite.internal;

import org.msptoolkit.composite.Normalisation;
import org.msptoolkit.composite.NormalisationContext;
import org.msptoolkit.core.MspException;

/** The built-in normalisation methods (COINr's {@code n_*} functions), as parameter records. */
public final class Normalisers {
    private Normalisers() {}

    /**
     * Min-max onto [l, u].
     *
     * @param lower l
     * @param upper u
     */
    public record MinMax(double lower, double upper) implements Normalisation {
        /** Checks the bounds are finite and increasing. */
        public MinMax {
            bounds("min-max", lower, upper);
        }

        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double mn = Stats.min(x);
            double mx = Stats.max(x);
            double[] y = new double[x.length];
            double range = mx - mn;
            double width = upper - lower;
            for (int i = 0; i < x.length; i++) {
                y[i] = (x[i] - mn) / range * width + lower;
            }
            return y;
        }

        @Override
        public String toString() {
            return "minMax(" + lower + ", " + upper + ")";
        }
    }

    /**
     * Z-score with mean m and standard deviation s.
     *
     * @param mean m
     * @param sd s
     */
    public record ZScore(double mean, double sd) implements Normalisation {
        /** Checks the standard deviation is positive. */
        public ZScore {
            if (!(sd > 0)) {
                throw new IllegalArgumentException("z-score standard deviation must be > 0, not " + sd);
            }
        }

        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double m = Stats.mean(x);
            double s = Stats.sd(x);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = (x[i] - m) / s * sd + mean;
            }
            return y;
        }

        @Override
        public String toString() {
            return "zScore(" + mean + ", " + sd + ")";
        }
    }

    /**
     * Rank-based: 0 = rank, 1 = Borda (rank − 1), 2 = percentile rank.
     *
     * @param kind which variant
     */
    public record Rank(int kind) implements Normalisation {
        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double[] r = Stats.rankAscending(x);
            if (kind == 1) {
                for (int i = 0; i < r.length; i++) {
                    r[i] = r[i] - 1;
                }
            } else if (kind == 2) {
                int n = Stats.count(x);
                for (int i = 0; i < r.length; i++) {
                    r[i] = (r[i] - 1) / (n - 1);
                }
            }
            return r;
        }

        @Override
        public String toString() {
            return kind == 0 ? "rank()" : kind == 1 ? "borda()" : "percentRank()";
        }
    }

    /** Fraction of the maximum. */
    public record FracMax() implements Normalisation {
        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double mx = Stats.max(x);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] / mx;
            }
            return y;
        }

        @Override
        public String toString() {
            return "fractionOfMax()";
        }
    }

    /** Distance to the maximum. */
    public record Dist2Max() implements Normalisation {
        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double mn = Stats.min(x);
            double mx = Stats.max(x);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 1 - (mx - x[i]) / (mx - mn);
            }
            return y;
        }

        @Override
        public String toString() {
            return "distanceToMax()";
        }
    }

    /**
     * Distance to a reference unit.
     *
     * @param unit the reference unit code
     * @param cap whether to cap at 1
     */
    public record Dist2Ref(String unit, boolean cap) implements Normalisation {
        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            int i0 = c.rowOf(unit)
                    .orElseThrow(() -> new MspException(
                            "reference unit '" + unit + "' for distance-to-reference normalisation of '" + c.indicator()
                                    + "' is not among the units"));
            double mn = Stats.min(x);
            double ref = x[i0];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 1 - (ref - x[i]) / (ref - mn);
                if (cap && y[i] > 1) {
                    y[i] = 1;
                }
            }
            return y;
        }

        @Override
        public String toString() {
            return "distanceToReference(" + unit + (cap ? ", capped" : "") + ")";
        }
    }

    /**
     * Distance to the metadata target.
     *
     * @param cap whether to cap at 1
     */
    public record Dist2Target(boolean cap) implements Normalisation {
        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double t = c.target()
                            .orElseThrow(() -> new MspException("indicator '" + c.indicator()
                                    + "' has no Target for distance-to-target normalisation"))
                    * c.direction();
            double mn = Stats.min(x);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = (x[i] - mn) / (t - mn);
                if (cap && y[i] > 1) {
                    y[i] = 1;
                }
            }
            return y;
        }

        @Override
        public String toString() {
            return "distanceToTarget(" + (cap ? "capped" : "uncapped") + ")";
        }
    }

    /**
     * Goalposts in the indicator's own units.
     *
     * @param lower l
     * @param upper u
     * @param scale a
     * @param truncate whether to truncate to [0, 1]
     */
    public record Goalposts(double lower, double upper, double scale, boolean truncate) implements Normalisation {
        /** Checks the goalposts are finite and increasing and the scale finite. */
        public Goalposts {
            bounds("goalposts", lower, upper);
            if (!Double.isFinite(scale)) {
                throw new IllegalArgumentException("goalposts scale must be a finite number, not " + scale);
            }
        }

        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                // x is direction-adjusted: for direction −1 the goalposts are negated as well
                double v = c.direction() < 0 ? (x[i] + upper) / (upper - lower) : (x[i] - lower) / (upper - lower);
                if (truncate) {
                    v = v > 1 ? 1 : v < 0 ? 0 : v;
                }
                y[i] = v * scale;
            }
            return y;
        }

        @Override
        public String toString() {
            return "goalposts(" + lower + ", " + upper + ", " + scale + (truncate ? ", truncated" : "") + ")";
        }
    }

    /**
     * Fixed-bounds scaling.
     *
     * @param lower l
     * @param upper u
     * @param factor the scale factor, COINr's default 100
     */
    public record Scaled(double lower, double upper, double factor) implements Normalisation {
        /** Checks the bounds are finite and increasing and the factor finite. */
        public Scaled {
            bounds("scaled", lower, upper);
            if (!Double.isFinite(factor)) {
                throw new IllegalArgumentException("scaled factor must be a finite number, not " + factor);
            }
        }

        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = (x[i] - lower) / (upper - lower) * factor;
            }
            return y;
        }

        @Override
        public String toString() {
            return "scaled(" + lower + ", " + upper + ", " + factor + ")";
        }
    }

    /**
     * A built-in method whose parameters are taken per indicator from the metadata where present
     * (COINr's {@code f_n_para = "use_iMeta"}).
     *
     * @param template the method and its default parameters
     */
    public record FromMetadata(Normalisation template) implements Normalisation {
        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            return forIndicator(c).normalise(x, c);
        }

        /**
         * Returns the template with the indicator's metadata parameters.
         *
         * @param c the indicator's context
         * @return the template with the indicator's metadata parameters
         */
        Normalisation forIndicator(NormalisationContext c) {
            if (template instanceof MinMax t) {
                return new MinMax(c.parameter("minmax_lower", t.lower()), c.parameter("minmax_upper", t.upper()));
            } else if (template instanceof ZScore t) {
                return new ZScore(c.parameter("zscore_mean", t.mean()), c.parameter("zscore_sd", t.sd()));
            } else if (template instanceof Scaled t) {
                return new Scaled(
                        c.parameter("scaled_lower", t.lower()),
                        c.parameter("scaled_upper", t.upper()),
                        c.parameter("scale_factor", t.factor()));
            } else if (template instanceof Dist2Target t) {
                return new Dist2Target(c.parameter("dist2targ_cap_max", t.cap() ? 1 : 0) != 0);
            } else if (template instanceof Goalposts t) {
                return new Goalposts(
                        c.parameter("goalpost_lower", t.lower()),
                        c.parameter("goalpost_upper", t.upper()),
                        c.parameter("goalpost_scale", t.scale()),
                        c.parameter("goalpost_trunc2posts", t.truncate() ? 1 : 0) != 0);
            }
            return template;
        }

        @Override
        public String toString() {
            return "fromMetadata(" + template + ")";
        }
    }

    /** No normalisation. */
    public record None() implements Normalisation {
        @Override
        public double[] normalise(double[] x, NormalisationContext c) {
            return x.clone();
        }

        @Override
        public String toString() {
            return "none()";
        }
    }

    /** Refuses bounds that are not finite or not increasing: they would divide by zero or flip the scale. */
    static void bounds(String method, double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException(
                    method + " bounds must be finite numbers, not " + lower + " and " + upper);
        }
        if (!(lower < upper)) {
            throw new IllegalArgumentException(method + " upper bound " + upper + " must be above the lower bound "
                    + lower + (lower == upper ? " (equal bounds divide by zero)" : " (reversed bounds)"));
        }
    }
}
