package org.msptoolkit.governance.internal;

import java.util.Locale;

/** Formats shares as percentages for messages. Internal: any usage by external parties is not supported. */
public final class Percent {
    private Percent() {}

    /**
     * Returns e.g. {@code "40.0%"}.
     *
     * @param share a share, e.g. 0.4
     * @return e.g. {@code "40.0%"}
     */
    public static String of(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /**
     * Returns e.g. {@code "12 of 30 (40.0%)"}.
     *
     * @param part numerator
     * @param whole denominator
     * @return e.g. {@code "12 of 30 (40.0%)"}
     */
    public static String of(long part, long whole) {
        return part + " of " + whole + (whole == 0 ? "" : " (" + of((double) part / whole) + ")");
    }
}
