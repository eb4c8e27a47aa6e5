package org.msptoolkit.indicators.internal.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The closed-form count of working days agrees with counting day by day. */
class WorkingDaysTest {
    /** Counts day by day, as the notice-period indicator is defined. */
    private static long countDayByDay(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
            if (n >= 10_000) {
                break;
            }
        }
        return n;
    }

    @Test
    void knownWeeks() {
        // Friday 2024-05-03 to Monday 2024-05-13: Mon 6 .. Fri 10 in between
        assertThat(ParticipationIndicators.workingDaysBetween(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 13)))
                .isEqualTo(5);
        assertThat(ParticipationIndicators.workingDaysBetween(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 4)))
                .isZero();
        assertThat(ParticipationIndicators.workingDaysBetween(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 3)))
                .isZero();
    }

    @Test
    void agreesWithCountingDayByDayOverManySeeds() {
        for (long seed = 1; seed <= 3_000; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            LocalDate from = LocalDate.of(1900, 1, 1).plusDays(rnd.nextInt(80_000));
            int span = seed % 100 == 0 ? rnd.nextInt(20_000) : rnd.nextInt(-10, 120);
            LocalDate to = from.plusDays(span);
            assertThat(ParticipationIndicators.workingDaysBetween(from, to))
                    .as("seed %d: %s to %s", seed, from, to)
                    .isEqualTo(countDayByDay(from, to));
        }
    }
}
