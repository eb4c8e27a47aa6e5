package org.msptoolkit.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * A span of days, e.g. when a process ran or when a participant took part. An open period has no
 * end yet. That the end is not before the start is checked by validation, so that a file with
 * several such mistakes gets them all reported.
 *
 * @param start first day
 * @param end last day, empty while ongoing
 */
public record Period(LocalDate start, Optional<LocalDate> end) {
    /** Checks that no component is {@code null}. */
    public Period {
        Checks.notNull(start, "period start");
        Checks.optional(end, "period end");
    }

    /**
     * A period from {@code start} to {@code end}, both included.
     *
     * @param start first day
     * @param end last day
     * @return the period
     */
    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, Optional.of(Checks.notNull(end, "period end")));
    }

    /**
     * A period from ISO dates, e.g. {@code Period.of("1998-04-20", "1998-04-21")}.
     *
     * @param start first day, ISO 8601
     * @param end last day, ISO 8601
     * @return the period
     */
    public static Period of(String start, String end) {
        return of(Dates.parse(start, "period start"), Dates.parse(end, "period end"));
    }

    /**
     * An ongoing period that started on {@code start}.
     *
     * @param start first day
     * @return the open period
     */
    public static Period from(LocalDate start) {
        return new Period(start, Optional.empty());
    }

    /**
     * Whether {@code day} lies within this period (an open period has no upper bound).
     *
     * @param day the day to test
     * @return {@code true} if start ≤ day ≤ end
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && end.map(e -> !day.isAfter(e)).orElse(true);
    }

    /**
     * Whether the end is on or after the start (an open period is always in order).
     *
     * @return {@code true} if the dates are in order
     */
    public boolean isInOrder() {
        return end.map(e -> !e.isBefore(start)).orElse(true);
    }

    @Override
    public String toString() {
        return start + ".." + end.map(LocalDate::toString).orElse("");
    }
}
