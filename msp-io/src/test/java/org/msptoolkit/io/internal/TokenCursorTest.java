package org.msptoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.msptoolkit.testkit.Property;

/** The fast path's own date and duration readers accept exactly what the tree path accepts. */
class TokenCursorTest {

    /** The value, or the kind of exception, so both readers can be compared. */
    static Object outcome(Function<String, ?> parse, String text) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            return "rejected";
        }
    }

    @Test
    void datesAsTheTreePath() {
        for (String s : List.of("2002-08-26", "0000-01-01", "9999-12-31", "2001-02-29", "2000-02-29", "2001-13-01",
                "2001-00-10", "2001-1-01", "+2001-01-01", "+12001-01-01", "20010-01-01", "2001-01-1x", "2001/01/01",
                "２００１-01-01", "", "2001-01-01T00:00")) {
            assertThat(outcome(TokenCursor::date, s)).as(s).isEqualTo(outcome(Reading::date, s));
        }
        assertThat(TokenCursor.date("2002-08-26")).isEqualTo(LocalDate.of(2002, 8, 26));
        Property.forAllSeeds(2000, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            String s = String.format("%04d-%02d-%02d", r.nextInt(10000), r.nextInt(14), r.nextInt(33));
            assertThat(outcome(TokenCursor::date, s)).as(s).isEqualTo(outcome(Reading::date, s));
        });
    }

    @Test
    void durationsAsTheTreePath() {
        for (String s : List.of("PT2M30S", "PT1H", "PT45S", "PT0S", "PT007S", "PT90M", "PT1H2M3S", "PT1S2M", "PT1H1H",
                "PT", "PT5", "PTS", "PT1.5S", "PT-1S", "P1D", "PT1h", "pt1s", "PT999999H", "PT9999999H", "P1DT1H",
                "PT1M1M", "PT1S1S", "")) {
            assertThat(outcome(TokenCursor::duration, s)).as(s).isEqualTo(outcome(Reading::duration, s));
        }
        assertThat(TokenCursor.duration("PT2M30S")).isEqualTo(Duration.ofSeconds(150));
        String alphabet = "PTHMS0123456789.-";
        Property.forAllSeeds(5000, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "PT" : "");
            for (int i = r.nextInt(8); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(outcome(TokenCursor::duration, s)).as(s).isEqualTo(outcome(Reading::duration, s));
        });
    }
}
