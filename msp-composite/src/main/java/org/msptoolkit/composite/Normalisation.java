package org.msptoolkit.composite;

import org.msptoolkit.composite.internal.Normalisers;

/**
 * Brings one indicator onto a common scale so indicators measured in different units can be
 * combined. Following COINr, the indicator's direction is applied first (values are multiplied by
 * −1 for "lower is better"), so every normalisation sees "higher is better" data. Missing values
 * ({@code NaN}) are skipped and stay missing.
 *
 * <p>Implement this interface to plug in a method of your own; built-in methods come from the
 * static factories and have a readable {@code toString()} that records their parameters.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Normalisation {
    /**
     * Normalises one indicator.
     *
     * @param values the direction-adjusted values, one per unit; {@code NaN} = missing; not modified
     * @param context the indicator's code, direction, target and the unit codes
     * @return a new array of normalised values, one per unit
     */
    double[] normalise(double[] values, NormalisationContext context);

    /**
     * Min-max: (x − min)/(max − min)·(u − l) + l. A constant indicator gives {@code NaN} (as COINr).
     *
     * @param lower l
     * @param upper u
     * @return the method
     * @throws IllegalArgumentException if a bound is not finite or the upper bound is not above the lower
     */
    static Normalisation minMax(double lower, double upper) {
        return new Normalisers.MinMax(lower, upper);
    }

    /**
     * Returns min-max onto [0, 100], COINr's default.
     *
     * @return min-max onto [0, 100], COINr's default
     */
    static Normalisation minMax() {
        return minMax(0, 100);
    }

    /**
     * Z-score: (x − mean)/sd·s + m, with the sample standard deviation (n − 1).
     *
     * @param mean m
     * @param sd s, positive
     * @return the method
     */
    static Normalisation zScore(double mean, double sd) {
        return new Normalisers.ZScore(mean, sd);
    }

    /**
     * Returns z-score with mean 0 and standard deviation 1.
     *
     * @return z-score with mean 0 and standard deviation 1
     */
    static Normalisation zScore() {
        return zScore(0, 1);
    }

    /**
     * Returns the rank, 1 = lowest, ties share the lowest rank ("min").
     *
     * @return the rank, 1 = lowest, ties share the lowest rank ("min")
     */
    static Normalisation rank() {
        return new Normalisers.Rank(0);
    }

    /**
     * Returns the Borda score: rank − 1.
     *
     * @return the Borda score: rank − 1
     */
    static Normalisation borda() {
        return new Normalisers.Rank(1);
    }

    /**
     * Returns the percentile rank (rank − 1)/(n − 1) in [0, 1], n = number of non-missing values.
     *
     * @return the percentile rank (rank − 1)/(n − 1) in [0, 1], n = number of non-missing values
     */
    static Normalisation percentRank() {
        return new Normalisers.Rank(2);
    }

    /**
     * Returns the fraction of the maximum: x / max.
     *
     * @return the fraction of the maximum: x / max
     */
    static Normalisation fractionOfMax() {
        return new Normalisers.FracMax();
    }

    /**
     * Returns the distance to the maximum: 1 − (max − x)/(max − min), in [0, 1].
     *
     * @return the distance to the maximum: 1 − (max − x)/(max − min), in [0, 1]
     */
    static Normalisation distanceToMax() {
        return new Normalisers.Dist2Max();
    }

    /**
     * Distance to a reference unit (e.g. the leader or a peer MSP): 1 − (x_ref − x)/(x_ref − min).
     *
     * @param unit the reference unit's code
     * @param capAtOne whether values above the reference are capped at 1
     * @return the method
     */
    static Normalisation distanceToReference(String unit, boolean capAtOne) {
        return new Normalisers.Dist2Ref(unit, capAtOne);
    }

    /**
     * Distance to the indicator's target (from the metadata {@code Target}, multiplied by the direction
     * as COINr does): (x − min)/(target − min), i.e. (max − x)/(max − target) for lower-is-better.
     *
     * @param capAtOne whether values beyond the target are capped at 1
     * @return the method
     */
    static Normalisation distanceToTarget(boolean capAtOne) {
        return new Normalisers.Dist2Target(capAtOne);
    }

    /**
     * Goalposts (HDI style) in the indicator's own units: (x − l)/(u − l)·a, or (u − x)/(u − l)·a when
     * lower is better; truncated to [0, 1] before scaling when {@code truncate}.
     *
     * @param lower l, the "worst" goalpost
     * @param upper u, the "best" goalpost
     * @param scale a
     * @param truncate whether values outside the goalposts are truncated
     * @return the method
     * @throws IllegalArgumentException if a bound is not finite or the upper bound is not above the lower
     */
    static Normalisation goalposts(double lower, double upper, double scale, boolean truncate) {
        return new Normalisers.Goalposts(lower, upper, scale, truncate);
    }

    /**
     * Fixed-bounds scaling (GII style, COINr's {@code n_scaled}): (x − l)/(u − l)·100, no clipping.
     *
     * @param lower l
     * @param upper u
     * @return the method
     * @throws IllegalArgumentException if a bound is not finite or the upper bound is not above the lower
     */
    static Normalisation scaled(double lower, double upper) {
        return new Normalisers.Scaled(lower, upper, 100);
    }

    /**
     * A built-in method whose parameters come from each indicator's metadata where recorded, as COINr's
     * {@code f_n_para = "use_iMeta"}: {@code minmax_lower/upper}, {@code zscore_mean/sd},
     * {@code scaled_lower/upper}, {@code scale_factor}, {@code dist2targ_cap_max},
     * {@code goalpost_lower/upper/scale/trunc2posts} (see {@link MetaRow#parameters()}); the template's
     * own parameters are the fallback.
     *
     * @param template e.g. {@code goalposts(0, 1, 100, true)}
     * @return the method
     */
    static Normalisation fromMetadata(Normalisation template) {
        return new Normalisers.FromMetadata(template);
    }

    /**
     * Returns no normalisation (values only direction-adjusted).
     *
     * @return no normalisation (values only direction-adjusted)
     */
    static Normalisation none() {
        return new Normalisers.None();
    }
}
