package org.msptoolkit.io.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.governance.Charter;

/** Issue 20, finding 4: an out-of-range number in a charter is a located problem, never a Java exception. */
class CharterNumbersTest {
    @Test
    void finding4OutOfRangeNumbersInACharterAreLocatedProblems(@TempDir Path dir) throws Exception {
        for (String n : List.of("1e99999999999", "1e400", "1e-99999", "-1e-2147483648")) {
            String yaml = "name: c\nversion: \"1\"\nkind: charter\nrules:\n  - kind: representation.gender-balance\n"
                    + "    minShare: " + n + "\n";
            Path file = dir.resolve("c.yaml");
            Files.writeString(file, yaml);
            Result<Charter> r = CharterFiles.read(file);
            assertThat(r.isValid()).as(n).isFalse();
            assertThat(r.problems()).as(n).singleElement().satisfies(p -> {
                assertThat(p.location()).startsWith(file.toString());
                assertThat(p.location()).matches(".*(:6:\\d+|#/rules/0/minShare)");
                assertThat(p.message()).contains("out of range").doesNotContain("java.");
            });
            Result<Charter> json = CharterFormat.json()
                    .read("{\"name\":\"c\",\"version\":\"1\",\"kind\":\"charter\",\"rules\":[{\"kind\":"
                            + "\"representation.gender-balance\",\"minShare\":" + n + "}]}");
            assertThat(json.problems())
                    .as(n)
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("out of range"));
        }
    }

    /** Found by the fuzzer (seed 0, execution 44): {@code minShare:} with no value threw NullPointerException. */
    @Test
    void finding11AParameterWithoutAValueIsALocatedProblem() {
        for (String v : List.of("", " ~", " [0.4, ~]", " {a: ~}")) {
            Result<Charter> r = CharterFormat.yaml()
                    .read("name: c\nversion: \"1\"\nkind: charter\nrules:\n  - kind: representation.gender-balance\n"
                            + "    minShare:" + v + "\n");
            assertThat(r.problems()).as(v).singleElement().satisfies(p -> {
                assertThat(p.location()).contains("/rules/0/minShare");
                assertThat(p.message()).contains("has no value");
            });
        }
    }
}
