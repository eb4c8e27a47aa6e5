package org.msptoolkit.composite;

/**
 * What outlier treatment did to one indicator (COINr's {@code Dets_Table}).
 *
 * @param indicator the indicator code
 * @param skewBefore skewness before treatment
 * @param kurtosisBefore kurtosis before treatment
 * @param winsorised how many values were winsorised (0 if the log transform was used instead)
 * @param logTransformed whether the values were log-transformed
 * @param skewAfter skewness after treatment
 * @param kurtosisAfter kurtosis after treatment
 *
 * @since 0.1.0
 */
public record TreatmentRecord(
        String indicator,
        double skewBefore,
        double kurtosisBefore,
        int winsorised,
        boolean logTransformed,
        double skewAfter,
        double kurtosisAfter) {

    @Override
    public String toString() {
        return indicator + ": skew " + String.format("%.2f", skewBefore) + ", kurtosis "
                + String.format("%.2f", kurtosisBefore) + " → "
                + (logTransformed ? "log-transformed" : winsorised + " value(s) winsorised") + ", skew "
                + String.format("%.2f", skewAfter) + ", kurtosis " + String.format("%.2f", kurtosisAfter);
    }
}
