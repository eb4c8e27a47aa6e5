package org.msptoolkit.indicators.evaluation;

import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.core.internal.Checks;

/**
 * One process × indicator observation in "tidy" long form, ready for a CSV file or a data frame.
 *
 * @param process process id
 * @param indicator indicator id
 * @param value raw value, empty when not measurable
 * @param score normalised score, empty when not scored
 * @param coverage data coverage, 0 to 1
 * @param reason why not measurable; empty when measured
 */
public record TidyRow(
        String process,
        String indicator,
        OptionalDouble value,
        OptionalDouble score,
        double coverage,
        Optional<String> reason) {
    /** Checks for nulls. */
    public TidyRow {
        Checks.notNull(process, "process");
        Checks.notNull(indicator, "indicator");
        Checks.notNull(value, "value");
        Checks.notNull(score, "score");
        Checks.notNull(reason, "reason");
    }
}
