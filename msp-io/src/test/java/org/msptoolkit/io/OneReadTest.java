package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;

/**
 * Format problems do not hide domain problems: one read of a file with a bad date and a dangling
 * reference reports both, each with its JSON pointer and the line and column of its value. The
 * expected lines and columns are counted by hand in the texts below.
 */
class OneReadTest {
    /** Line 8 holds the bad date (its value starts in column 34); line 11 the unknown stakeholder s9 (column 43). */
    static final String YAML = """
            formatVersion: 1
            kind: process
            id: one-read
            title: A bad date and a dangling reference
            stakeholders:
              - {id: s1, name: Women's caucus, group: women}
            meetings:
              - {id: m1, title: First, date: 2020-13-45}
            participants:
              - {id: p1, stakeholder: s1, role: chair}
              - {id: p2, role: delegate, stakeholder: s9}
            """;

    /** The same document as JSON, one field a line: the date value (its opening quote) on line 12, column 14; s9 on line 19, column 8. */
    static final String JSON = """
            {
              "formatVersion": 1,
              "kind": "process",
              "id": "one-read",
              "title": "A bad date and a dangling reference",
              "stakeholders": [
                {"id": "s1", "name": "Women's caucus", "group": "women"}
              ],
              "meetings": [
                {"id": "m1",
                 "title": "First",
                 "date": "2020-13-45"}
              ],
              "participants": [
                {"id": "p1", "stakeholder": "s1", "role": "chair"},
                {"id": "p2",
                 "role": "delegate",
                 "stakeholder":
                   "s9"}
              ]
            }
            """;

    @Test
    void yamlReportsTheBadDateAndTheDanglingReferenceInOneRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("one.yaml"), YAML);
        for (Result<MspDocument> r : java.util.List.of(MspFiles.read(file), MspFormat.yaml().read(YAML))) {
            assertBoth(r, 8, 34, 11, 43);
        }
    }

    @Test
    void jsonReportsTheBadDateAndTheDanglingReferenceInOneRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"), JSON);
        for (Result<MspDocument> r : java.util.List.of(MspFiles.read(file), MspFormat.json().read(JSON),
                MspFormat.json().read(Files.newInputStream(file), "one.json"))) {
            assertBoth(r, 12, 14, 19, 8);
        }
    }

    private static void assertBoth(Result<MspDocument> r, int dateLine, int dateColumn, int refLine, int refColumn) {
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).hasSize(2);
        Problem date = r.problems().get(0);
        assertThat(date.code()).isEqualTo(IoProblems.INVALID_VALUE);
        assertThat(date.location()).endsWith("/meetings/0/date");
        assertThat(date.message()).startsWith("line " + dateLine + ", column " + dateColumn + ": ")
                .contains("2020-13-45");
        Problem ref = r.problems().get(1);
        assertThat(ref.code()).isEqualTo(Problem.UNRESOLVED_REFERENCE);
        assertThat(ref.location()).endsWith("/participants/1/stakeholder");
        assertThat(ref.message()).startsWith("line " + refLine + ", column " + refColumn + ": ").contains("'s9'");
    }
}
