package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;

/**
 * Issue 20, finding 2: composite inputs that used to loop for ever, divide by zero or silently replace data
 * are located problems.
 */
class CompositeInputsTest {
    static final Duration BOUND = Duration.ofSeconds(10);
    private static final String META = "Level,iCode,Parent,Direction,Weight,Type\n1,a,P,1,1,Indicator\n"
            + "1,b,P,-1,1,Indicator\n2,P,NA,1,1,Aggregate\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private List<Problem> metaProblems(String text) throws IOException {
        Path meta = write("meta.csv", text);
        return assertTimeoutPreemptively(
                BOUND,
                () -> catchThrowableOfType(
                                CompositeDataException.class,
                                () -> CompositeIndex.fromCsv(write("data.csv", "uCode,a,b\nU1,1,2\nU2,3,4\n"), meta)
                                        .normalise(Normalisation.minMax())
                                        .aggregate(Aggregation.arithmetic())
                                        .results())
                        .problems());
    }

    @Test
    void finding2ALevelAboveTheNumberOfRowsIsALocatedProblemNotAnEndlessLoop() throws IOException {
        for (String level : List.of("2147483648", "10000000", "1e10", "4")) {
            List<Problem> ps = metaProblems(META.replace("\n2,P,", "\n" + level + ",P,"));
            assertThat(ps).as(level).anySatisfy(p -> {
                assertThat(p.location()).isEqualTo("meta.csv:4:Level");
                assertThat(p.message()).contains("Level " + level).contains("above the number of metadata rows (3)");
            });
        }
    }

    @Test
    void finding2NonFiniteHexAndSuffixedNumbersAreNotData() throws IOException {
        Path meta = write("meta.csv", META);
        for (String v : List.of("Infinity", "-Infinity", "NaN", "1e400", "0x1p3", "2d", "3f")) {
            Path data = write("data.csv", "uCode,a,b\nU1,\"" + v + "\",2\nU2,3,4\n");
            CompositeDataException e =
                    catchThrowableOfType(CompositeDataException.class, () -> CompositeIndex.fromCsv(data, meta));
            assertThat(e).as(v).isNotNull();
            assertThat(e.problems()).as(v).singleElement().satisfies(p -> {
                assertThat(p.location()).isEqualTo("data.csv:2:a");
                assertThat(p.code()).isEqualTo(CompositeCsv.NOT_A_NUMBER);
            });
        }
        assertThat(CompositeCsv.readData(
                                write("data.csv", "uCode,a,b\nU1,-1.5e3,+.5\nU2,3.,4\n"), CompositeCsv.readMeta(meta))
                        .value("U1", "a"))
                .isEqualTo(-1500.0);
        List<Problem> ps = metaProblems(META.replace("\n1,a,P,1,1,", "\n1,a,P,1,1e400,"));
        assertThat(ps)
                .filteredOn(p -> p.code().equals(CompositeCsv.NOT_A_NUMBER))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.location()).isEqualTo("meta.csv:2:Weight");
                    assertThat(p.message()).contains("1e400").contains("too large");
                });
    }

    @Test
    void finding2ADuplicateColumnIsALocatedProblemNotAReplacement() throws IOException {
        Path meta = write("meta.csv", META);
        Path data = write("data.csv", "uCode,a,b,a\nU1,1,2,9\nU2,3,4,9\n");
        CompositeDataException e =
                catchThrowableOfType(CompositeDataException.class, () -> CompositeIndex.fromCsv(data, meta));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("data.csv:1:a");
            assertThat(p.message()).contains("column 'a' appears more than once");
        });
        assertThat(metaProblems(META.replace("Type\n", "Type,Weight\n")
                        .replace("Indicator\n", "Indicator,5\n")
                        .replace("Aggregate\n", "Aggregate,5\n")))
                .anySatisfy(p -> assertThat(p.location()).isEqualTo("meta.csv:1:Weight"));
    }

    @Test
    void finding2EqualOrReversedBoundsAreRefused() throws IOException {
        assertThatThrownBy(() -> Normalisation.scaled(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("equal bounds");
        assertThatThrownBy(() -> Normalisation.minMax(100, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reversed");
        assertThatThrownBy(() -> Normalisation.goalposts(5, 5, 100, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Normalisation.minMax(0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        // per-indicator bounds in the metadata (COINr's use_iMeta) are located problems
        String meta = "Level,iCode,Parent,Direction,Weight,Type,scaled_lower,scaled_upper\n1,a,P,1,1,Indicator,0,0\n"
                + "1,b,P,-1,1,Indicator,10,0\n2,P,NA,1,1,Aggregate,NA,NA\n";
        assertThat(metaProblems(meta))
                .extracting(Problem::location)
                .containsExactly("meta.csv:2:scaled_upper", "meta.csv:3:scaled_upper");
    }

    /** Found by the fuzzer (seed 0, execution 9): "no index: every node has a Parent" had no location. */
    @Test
    void finding11ProblemsOfTheWholeMetadataAreLocatedAtItsFile() throws IOException {
        assertThat(metaProblems(META.replace("\n2,P,NA,", "\n2,P,a,")))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.location()).startsWith("meta.csv"));
    }
}
