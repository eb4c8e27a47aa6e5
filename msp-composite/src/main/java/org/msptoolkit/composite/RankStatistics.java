package org.msptoolkit.composite;

/**
 * How a unit's rank on the index varies over the replications of an uncertainty analysis (COINr's
 * {@code RankStats}): the 5–95 % interval is the rank "confidence interval".
 *
 * @param unit the unit code
 * @param nominal its rank with the nominal choices
 * @param mean mean rank
 * @param median median rank
 * @param q5 5 % quantile of the rank
 * @param q95 95 % quantile of the rank
 *
 * @since 0.1.0
 */
public record RankStatistics(String unit, int nominal, double mean, double median, double q5, double q95) {
    @Override
    public String toString() {
        return String.format("%-8s nominal %4d  median %6.1f  [%6.1f, %6.1f]", unit, nominal, median, q5, q95);
    }
}
