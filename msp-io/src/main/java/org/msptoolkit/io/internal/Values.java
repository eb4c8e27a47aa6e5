package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.PlausibleDates;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import tools.jackson.core.JsonParser;

/** Parses the text values of format v1 that are not taxonomy codes, with messages naming the expected form. Internal. */
final class Values {
    private Values() {}

    static LocalDate date(String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO 8601 date such as 2002-08-26, got \"" + text + "\"", e);
        }
        if (!PlausibleDates.contains(day)) {
            throw new IllegalArgumentException(PlausibleDates.outOfRange(day));
        }
        return day;
    }

    /**
     * A duration; the forms the writer produces ({@code PT2M30S}, {@code PT1H}, {@code PT45S}, whole
     * units only) without a regular expression, anything else through {@link Duration#parse}.
     */
    static Duration duration(String s) {
        if (s.length() > 2 && s.length() <= 20 && s.charAt(0) == 'P' && s.charAt(1) == 'T') {
            long seconds = 0;
            int i = 2;
            int units = 0;
            String order = "HMS";
            while (i < s.length()) {
                int start = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i == start || i - start > 6 || i == s.length()) {
                    return parseDuration(s);
                }
                int unit = order.indexOf(s.charAt(i), units);
                if (unit < 0) {
                    return parseDuration(s);
                }
                long n = Long.parseLong(s, start, i, 10);
                seconds += unit == 0 ? n * 3600 : unit == 1 ? n * 60 : n;
                units = unit + 1;
                i++;
            }
            return Duration.ofSeconds(seconds);
        }
        return parseDuration(s);
    }

    private static Duration parseDuration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "expected an ISO 8601 duration such as PT2M30S, got \"" + text + "\"", e);
        }
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "currency must be an ISO 4217 code such as USD, got \"" + code + "\"", e);
        }
    }

    /**
     * The built-in group {@code builtIn}, if the object written for it says no more than its code does; a
     * different label or category would be lost on the next write, so it is refused.
     */
    static StakeholderGroup sameAsBuiltIn(StakeholderGroup builtIn, String label, StakeholderGroup.Category category) {
        boolean sameCategory =
                category == builtIn.category() || category == StakeholderGroup.Category.OTHER_STAKEHOLDER;
        if (!label.equals(builtIn.label()) || !sameCategory) {
            throw new IllegalArgumentException("'" + builtIn.code() + "' is the code of the built-in group \""
                    + builtIn.label() + "\"; a group with its own label or category needs its own code (e.g. '"
                    + builtIn.code() + "-local'), or write the code alone");
        }
        return builtIn;
    }

    /** A sector from an object; an SDG code with another label is refused (the label would be lost). */
    static Sector sector(String code, String label) {
        Sector s = Sector.of(code, label);
        if (s.isSdg() && !label.equals(s.label())) {
            throw new IllegalArgumentException("'" + code + "' is the code of \"" + s.label()
                    + "\"; a sector with its own label needs its own code, or write the code alone");
        }
        return s;
    }

    /** What is wrong with a number no double can hold (its exponent or its size). */
    static final String OUT_OF_RANGE =
            "the number is out of range: numbers here must lie within about ±1.8e308 and have an exponent of"
                    + " at most 1000 digits after the point";

    /**
     * The parser's current number as an exact decimal, or {@code null} when Jackson cannot make one (an
     * exponent beyond what a number can have, such as {@code 1e99999999999}).
     */
    static @Nullable BigDecimal decimalOrNull(JsonParser p) {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether a number read as data is out of the range msp-toolkit computes with: beyond a double
     * ({@code 1e400}), or with more than 1000 decimal places ({@code 1e-99999}), whose plain text alone
     * would be huge.
     */
    static boolean outOfRange(BigDecimal d) {
        return d.scale() > 1000 || Double.isInfinite(d.doubleValue());
    }

    /** What is wrong with a text holding half of a UTF-16 surrogate pair (e.g. the JSON escape {@code \\ud800}). */
    static final String LONE_SURROGATE =
            "the text holds a lone UTF-16 surrogate (such as the escape \\ud800 without its"
                    + " pair), which is no character; write the character itself or its full pair";

    /** The index of the first lone surrogate in {@code s}, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
