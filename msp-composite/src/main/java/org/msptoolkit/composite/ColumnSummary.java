package org.msptoolkit.composite;

/**
 * Summary statistics of one indicator or aggregate (COINr's {@code get_stats}), with its flags.
 *
 * @param code the code
 * @param min minimum
 * @param max maximum
 * @param mean mean
 * @param median median
 * @param sd sample standard deviation
 * @param skew skewness (e1071 type 2)
 * @param kurtosis excess kurtosis (e1071 type 2)
 * @param available number of known values
 * @param nonZero number of known non-zero values
 * @param units number of units
 *
 * @since 0.1.0
 */
public record ColumnSummary(
        String code,
        double min,
        double max,
        double mean,
        double median,
        double sd,
        double skew,
        double kurtosis,
        int available,
        int nonZero,
        int units) {

    /**
     * Returns whether fewer than 65 % of units have a value (COINr's {@code LOW} flag).
     *
     * @return whether fewer than 65 % of units have a value (COINr's {@code LOW} flag)
     */
    public boolean lowAvailability() {
        return available < 0.65 * units;
    }

    /**
     * Returns whether |skew| &gt; 2 and kurtosis &gt; 3.5 (COINr's {@code OUT} flag).
     *
     * @return whether |skew| &gt; 2 and kurtosis &gt; 3.5 (COINr's {@code OUT} flag)
     */
    public boolean outliers() {
        return Math.abs(skew) > 2 && kurtosis > 3.5;
    }

    @Override
    public String toString() {
        return String.format(
                "%-10s min %.4g max %.4g mean %.4g sd %.4g skew %.2f kurt %.2f avail %d/%d%s%s",
                code,
                min,
                max,
                mean,
                sd,
                skew,
                kurtosis,
                available,
                units,
                lowAvailability() ? " LOW" : "",
                outliers() ? " OUT" : "");
    }
}
