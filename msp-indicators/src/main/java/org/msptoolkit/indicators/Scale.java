package org.msptoolkit.indicators;

import org.msptoolkit.core.internal.Checks;

/**
 * The range of values an indicator can take, or a target band inside that range. The upper bound may be
 * {@link Double#POSITIVE_INFINITY} for open scales such as days or counts.
 *
 * @param lower the smallest possible value
 * @param upper the largest possible value, possibly positive infinity
 */
public record Scale(double lower, double upper) {
    /** The scale of shares and normalised indices, 0 to 1. */
    public static final Scale UNIT = new Scale(0, 1);

    /** Checks that the bounds are numbers in order. */
    public Scale {
        Checks.argument(
                !Double.isNaN(lower) && lower != Double.POSITIVE_INFINITY,
                "scale lower bound",
                "be a number below infinity",
                lower);
        Checks.argument(!Double.isNaN(upper), "scale upper bound", "be a number", upper);
        Checks.argument(lower <= upper, "scale", "have lower <= upper", lower + ".." + upper);
    }

    /**
     * Returns the scale.
     *
     * @param lower smallest value
     * @param upper largest value
     * @return the scale
     */
    public static Scale of(double lower, double upper) {
        return new Scale(lower, upper);
    }

    /**
     * Returns an open scale from {@code lower} to positive infinity.
     *
     * @param lower smallest value
     * @return an open scale from {@code lower} to positive infinity
     */
    public static Scale atLeast(double lower) {
        return new Scale(lower, Double.POSITIVE_INFINITY);
    }

    /**
     * Returns whether both bounds are finite.
     *
     * @return whether both bounds are finite
     */
    public boolean isBounded() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /**
     * Returns whether it lies within the bounds (inclusive).
     *
     * @param value a value
     * @return whether it lies within the bounds (inclusive)
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * Returns e.g. {@code [0, 1]} or {@code [0, ∞)}.
     *
     * @return e.g. {@code [0, 1]} or {@code [0, ∞)}
     */
    @Override
    public String toString() {
        return "[" + num(lower) + ", " + (Double.isInfinite(upper) ? "∞)" : num(upper) + "]");
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
