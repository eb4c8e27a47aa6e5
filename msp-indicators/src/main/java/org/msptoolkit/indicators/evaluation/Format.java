package org.msptoolkit.indicators.evaluation;

import java.util.Locale;

/** Number formatting for readable reports. Package-private. */
final class Format {
    private Format() {}

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e12) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.4f", d);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    static String fixed(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    static String percent(double d) {
        return Math.round(d * 100) + "%";
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
