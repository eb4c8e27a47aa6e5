package org.msptoolkit.cli.internal.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One labelled value of a chart, e.g. a principle and its score from 0 to 1; empty when it could
 * not be measured.
 *
 * @param label what the value is, e.g. {@code "Inclusiveness"}
 * @param value the value between 0 and 1, or empty when not measured
 */
public record ChartValue(String label, OptionalDouble value) {
    /** Checks the label and that a value lies in [0, 1]. */
    public ChartValue {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
            throw new IllegalArgumentException(
                    "chart value for '" + label + "' must lie in [0, 1]: " + value.getAsDouble());
        }
    }

    /**
     * A measured value.
     *
     * @param label what it is
     * @param value between 0 and 1
     * @return the chart value
     */
    public static ChartValue of(String label, double value) {
        return new ChartValue(label, OptionalDouble.of(value));
    }

    /**
     * A value that could not be measured.
     *
     * @param label what it is
     * @return the chart value, drawn as "not measured"
     */
    public static ChartValue missing(String label) {
        return new ChartValue(label, OptionalDouble.empty());
    }
}
