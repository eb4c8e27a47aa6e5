package org.msptoolkit.indicators.internal.builtin;

import org.jspecify.annotations.Nullable;
import org.msptoolkit.indicators.Measurement;

/**
 * The one rule for balance and concentration indices (Gini, HHI, Blau, Pielou): they compare units, so over fewer
 * than two units they say nothing. One stakeholder "shares" all seats equally with itself by definition; scoring
 * that as perfect balance (or as total concentration) would reward or punish a process for what it did not
 * record. Internal.
 */
final class Balance {
    private Balance() {}

    /**
     * The "not measurable" of a balance index over too few units.
     *
     * @param units how many units the index compares (stakeholders, groups, participants, funders)
     * @param what the units in words, plural, e.g. "stakeholder groups"
     * @return the measurement, or {@code null} when there are at least two units
     */
    static @Nullable Measurement tooFew(long units, String what) {
        if (units >= 2) {
            return null;
        }
        return Measurement.notMeasurable("a balance index needs at least two " + what + " to compare; the process "
                + "records " + units + ", so there is nothing to balance (not a perfect score)");
    }
}
