package org.msptoolkit.core.model;

import java.time.LocalDate;
import org.msptoolkit.core.internal.Checks;

/**
 * The range of days msp-toolkit accepts from a document or as a reference day: {@value #EARLIEST_TEXT} to
 * {@value #LATEST_TEXT}. A multi-stakeholder process outside it is a typing mistake ({@code 20021-08-26}) or
 * a hostile file; refusing it at read time keeps every date computation (reporting cycles, working days)
 * small.
 *
 * @since 0.2.0
 */
public final class PlausibleDates {
    /** The earliest day accepted, as ISO 8601 text. */
    public static final String EARLIEST_TEXT = "1800-01-01";
    /** The latest day accepted, as ISO 8601 text. */
    public static final String LATEST_TEXT = "2200-12-31";
    /** The earliest day accepted. */
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    /** The latest day accepted. */
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    private PlausibleDates() {}

    /**
     * Whether {@code day} lies in the accepted range, both ends included.
     *
     * @param day the day
     * @return {@code true} if {@value #EARLIEST_TEXT} ≤ day ≤ {@value #LATEST_TEXT}
     */
    public static boolean contains(LocalDate day) {
        Checks.notNull(day, "day");
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /**
     * The problem with {@code day} in words, e.g. {@code "the day +999999999-12-31 is outside the accepted
     * range 1800-01-01 to 2200-12-31"}.
     *
     * @param day the day outside the range
     * @return the message
     */
    public static String outOfRange(LocalDate day) {
        Checks.notNull(day, "day");
        return "the day " + day + " is outside the accepted range " + EARLIEST_TEXT + " to " + LATEST_TEXT;
    }

    /**
     * Returns {@code day} if it is in the accepted range.
     *
     * @param day the day
     * @param name what the day is, for the message, e.g. {@code "the reference day"}
     * @return {@code day}
     * @throws IllegalArgumentException if {@code day} is outside the range
     */
    public static LocalDate require(LocalDate day, String name) {
        Checks.notNull(name, "name");
        if (!contains(day)) {
            throw new IllegalArgumentException(name + ": " + outOfRange(day));
        }
        return day;
    }
}
