package org.msptoolkit.cli.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesWhatNeedsQuotingAndNeutralisesFormulas() {
        assertThat(Csv.row(List.of("a", "b,c", "say \"hi\"", "=SUM(A1)", "-x", "-1.5", "line\nbreak")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",'=SUM(A1),'-x,-1.5,\"line\nbreak\"\n");
    }

    @Test
    void numbersReadBackAsTheSameDouble() {
        for (long seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            double d = switch ((int) (seed % 4)) {
                case 0 -> r.nextDouble();
                case 1 -> (r.nextDouble() - 0.5) * 1e9;
                case 2 -> r.nextInt(1000);
                default -> Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
            };
            String text = Csv.number(d);
            assertThat(Double.parseDouble(text))
                    .as("seed " + seed + ": " + text)
                    .isEqualTo(d);
        }
        assertThat(Csv.number(100.0)).isEqualTo("100");
        assertThat(Csv.number(0.1)).isEqualTo("0.1");
        assertThat(Csv.number(-0.0)).isEqualTo("-0.0");
        assertThat(Csv.number(OptionalDouble.empty())).isEmpty();
    }

    @Test
    void jsonWritesPlainTrees() {
        assertThat(Json.write(Map.of("a", List.of(1, 2.5))).replaceAll("\\s", ""))
                .isEqualTo("{\"a\":[1,2.5]}");
    }
}
