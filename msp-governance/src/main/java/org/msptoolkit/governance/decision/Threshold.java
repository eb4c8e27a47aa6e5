package org.msptoolkit.governance.decision;

import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.governance.internal.Ratio;

/**
 * A share that must be reached, exactly as a fraction: "more than 1/2" or "at least 2/3".
 *
 * @param numerator numerator, zero or more
 * @param denominator denominator, above zero and not below the numerator
 * @param strict {@code true} for "more than", {@code false} for "at least"
 */
public record Threshold(int numerator, int denominator, boolean strict) {
    /** Checks the fraction lies between 0 and 1. */
    public Threshold {
        Checks.check(
                denominator > 0 && numerator >= 0 && numerator <= denominator,
                "a threshold must be a fraction between 0 and 1, got " + numerator + "/" + denominator);
    }

    /**
     * Returns "more than num/den".
     *
     * @param num numerator
     * @param den denominator
     * @return "more than num/den"
     */
    public static Threshold moreThan(int num, int den) {
        return new Threshold(num, den, true);
    }

    /**
     * Returns "at least num/den".
     *
     * @param num numerator
     * @param den denominator
     * @return "at least num/den"
     */
    public static Threshold atLeast(int num, int den) {
        return new Threshold(num, den, false);
    }

    /**
     * Returns whether part/whole meets the threshold.
     *
     * @param part the part, e.g. votes for
     * @param whole the whole, e.g. votes cast; when zero the threshold is not met
     * @return whether part/whole meets the threshold
     */
    public boolean isMetBy(long part, long whole) {
        return whole > 0 && isMetBy(Ratio.of(part, whole));
    }

    /**
     * Returns whether it meets the threshold.
     *
     * @param share an exact share
     * @return whether it meets the threshold
     */
    boolean isMetBy(Ratio share) {
        int c = share.compareTo(Ratio.of(numerator, denominator));
        return strict ? c > 0 : c >= 0;
    }

    /**
     * Returns the threshold as a share, e.g. 0.666….
     *
     * @return the threshold as a share, e.g. 0.666…
     */
    public double share() {
        return (double) numerator / denominator;
    }

    @Override
    public String toString() {
        return (strict ? "more than " : "at least ") + numerator + "/" + denominator;
    }
}
