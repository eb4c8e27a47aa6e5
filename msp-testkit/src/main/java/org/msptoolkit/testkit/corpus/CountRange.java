package org.msptoolkit.testkit.corpus;

/**
 * An inclusive range of counts, such as "10 to 2,000 participants", from which {@link CorpusShape}
 * draws one count per process.
 *
 * @param min the smallest count (at least 1)
 * @param max the largest count (at least {@code min})
 */
public record CountRange(int min, int max) {

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException when {@code min < 1} or {@code max < min}
     */
    public CountRange {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("count range must have 1 <= min <= max, got " + min + ".." + max);
        }
    }

    /**
     * The range {@code min..max}.
     *
     * @param min the smallest count (at least 1)
     * @param max the largest count (at least {@code min})
     * @return the range
     */
    public static CountRange of(int min, int max) {
        return new CountRange(min, max);
    }

    /**
     * The count at quantile {@code u} of a bounded power law on this range with density proportional to
     * {@code x^-exponent}: exponent 0 is uniform, 1 is log-uniform, 2 puts most mass near {@code min}.
     *
     * @param u a quantile in [0, 1)
     * @param exponent the power-law exponent (0 or more)
     * @return a count in this range
     */
    int at(double u, double exponent) {
        double lo = min;
        double hi = max + 1.0; // draw on [min, max + 1) and floor, so max is reachable
        double x;
        if (Math.abs(exponent - 1.0) < 1e-12) {
            x = lo * Math.pow(hi / lo, u);
        } else {
            double k = 1.0 - exponent;
            double a = Math.pow(lo, k);
            x = Math.pow(a + u * (Math.pow(hi, k) - a), 1.0 / k);
        }
        return (int) Math.max(min, Math.min(max, Math.floor(x)));
    }

    @Override
    public String toString() {
        return min + ".." + max;
    }
}
