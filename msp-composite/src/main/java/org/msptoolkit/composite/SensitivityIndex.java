package org.msptoolkit.composite;

/**
 * Variance-based sensitivity of the result to one uncertain input: the first-order index (share of
 * the output variance due to the input alone) and the total index (including its interactions), with
 * bootstrap 5 %/95 % quantiles.
 *
 * @param input the input's name
 * @param firstOrder Si
 * @param total STi
 * @param firstOrderLow 5 % bootstrap quantile of Si
 * @param firstOrderHigh 95 % bootstrap quantile of Si
 * @param totalLow 5 % bootstrap quantile of STi
 * @param totalHigh 95 % bootstrap quantile of STi
 *
 * @since 0.1.0
 */
public record SensitivityIndex(
        String input,
        double firstOrder,
        double total,
        double firstOrderLow,
        double firstOrderHigh,
        double totalLow,
        double totalHigh) {
    @Override
    public String toString() {
        return String.format(
                "%-14s Si %.3f [%.3f, %.3f]  STi %.3f [%.3f, %.3f]",
                input, firstOrder, firstOrderLow, firstOrderHigh, total, totalLow, totalHigh);
    }
}
