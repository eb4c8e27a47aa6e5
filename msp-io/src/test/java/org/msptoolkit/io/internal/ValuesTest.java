package org.msptoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.msptoolkit.testkit.Property;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The reader's own date and duration shortcuts accept exactly what {@link LocalDate#parse} and {@link Duration#parse} accept. */
class ValuesTest {

    /** The value, or "rejected", so that a shortcut and the JDK parser can be compared. */
    static Object outcome(Function<String, ?> parse, String text) {
        try {
            Object v = parse.apply(text);
            return v == null ? "rejected" : v;
        } catch (RuntimeException e) {
            return "rejected";
        }
    }

    /** {@link LocalDate#parse}, refusing the days outside 1800-01-01..2200-12-31 (issue 20, finding 1). */
    static LocalDate plausible(String text) {
        LocalDate d = LocalDate.parse(text);
        if (d.getYear() < 1800 || d.getYear() > 2200) {
            throw new IllegalArgumentException("outside");
        }
        return d;
    }

    /** A date as the reader reads a JSON string value (its character-buffer shortcut first). */
    static LocalDate viaCursor(String text) {
        try (JsonParser p = new JsonFactory()
                .createParser(
                        ObjectReadContext.empty(),
                        "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")) {
            p.nextToken();
            Cursor c = new Cursor(p, false, new ValueIndex(0));
            c.mark();
            return c.date();
        }
    }

    @Test
    void datesAsLocalDateParse() {
        for (String s : List.of(
                "2002-08-26",
                "0000-01-01",
                "9999-12-31",
                "1800-01-01",
                "1799-12-31",
                "2200-12-31",
                "2201-01-01",
                "2001-02-29",
                "2000-02-29",
                "2001-13-01",
                "2001-00-10",
                "2001-1-01",
                "+2001-01-01",
                "+12001-01-01",
                "20010-01-01",
                "2001-01-1x",
                "2001/01/01",
                "２００１-01-01",
                "",
                "2001-01-01T00:00")) {
            assertThat(outcome(ValuesTest::viaCursor, s)).as(s).isEqualTo(outcome(ValuesTest::plausible, s));
        }
        assertThat(viaCursor("2002-08-26")).isEqualTo(LocalDate.of(2002, 8, 26));
        Property.forAllSeeds(2000, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            String s = String.format("%04d-%02d-%02d", r.nextInt(10000), r.nextInt(14), r.nextInt(33));
            assertThat(outcome(ValuesTest::viaCursor, s)).as(s).isEqualTo(outcome(ValuesTest::plausible, s));
        });
    }

    @Test
    void durationsAsDurationParse() {
        for (String s : List.of(
                "PT2M30S",
                "PT1H",
                "PT45S",
                "PT0S",
                "PT007S",
                "PT90M",
                "PT1H2M3S",
                "PT1S2M",
                "PT1H1H",
                "PT",
                "PT5",
                "PTS",
                "PT1.5S",
                "PT-1S",
                "P1D",
                "PT1h",
                "pt1s",
                "PT999999H",
                "PT9999999H",
                "P1DT1H",
                "PT1M1M",
                "PT1S1S",
                "")) {
            assertThat(outcome(Values::duration, s)).as(s).isEqualTo(outcome(Duration::parse, s));
        }
        assertThat(Values.duration("PT2M30S")).isEqualTo(Duration.ofSeconds(150));
        String alphabet = "PTHMS0123456789.-";
        Property.forAllSeeds(5000, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "PT" : "");
            for (int i = r.nextInt(8); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(outcome(Values::duration, s)).as(s).isEqualTo(outcome(Duration::parse, s));
        });
    }
}
