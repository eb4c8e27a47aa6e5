package org.msptoolkit.composite;

/**
 * How a missing indicator value is filled in (COINr's {@code i_mean}, {@code i_median}).
 *
 * @since 0.1.0
 */
public enum Imputation {
    /** The mean of the indicator's known values (in the unit's group, when imputing by group). */
    MEAN,
    /** The median of the indicator's known values (in the unit's group, when imputing by group). */
    MEDIAN
}
