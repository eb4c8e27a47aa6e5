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
        for (Result<MspDocument> r :
                java.util.List.of(MspFiles.read(file), MspFormat.yaml().read(YAML))) {
            assertBoth(r, 8, 34, 11, 43);
        }
    }

    @Test
    void jsonReportsTheBadDateAndTheDanglingReferenceInOneRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"), JSON);
        for (Result<MspDocument> r : java.util.List.of(
                MspFiles.read(file),
                MspFormat.json().read(JSON),
                MspFormat.json().read(Files.newInputStream(file), "one.json"))) {
            assertBoth(r, 12, 14, 19, 8);
        }
    }

    /**
     * A wrong type at the top, a stakeholder left out for a wrong type, a reference to that
     * stakeholder (not reported again) and a dangling reference, in YAML: the title's 42 is on line
     * 4, column 8; the name's '[' on line 7, column 20; s9 on line 10, column 27.
     */
    static final String KNOCK_ON_YAML = """
            formatVersion: 1
            kind: process
            id: knock-on
            title: 42
            stakeholders:
              - {id: s1, name: Caucus, group: women}
              - {id: s2, name: [Ministry], group: women}
            participants:
              - {id: p1, stakeholder: s2, role: chair}
              - {id: p2, stakeholder: s9, role: delegate}
            """;

    /** The same as JSON: 42 on line 5, column 12; '[' on line 8, column 26; the quote before s9 on line 12, column 33. */
    static final String KNOCK_ON_JSON = """
            {
              "formatVersion": 1,
              "kind": "process",
              "id": "knock-on",
              "title": 42,
              "stakeholders": [
                {"id": "s1", "name": "Caucus", "group": "women"},
                {"id": "s2", "name": ["Ministry"], "group": "women"}
              ],
              "participants": [
                {"id": "p1", "stakeholder": "s2", "role": "chair"},
                {"id": "p2", "stakeholder": "s9", "role": "delegate"}
              ]
            }
            """;

    @Test
    void wrongTypesAndADanglingReferenceInOneReadWithoutKnockOnProblems(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("k.yaml"), KNOCK_ON_YAML);
        for (Result<MspDocument> r :
                java.util.List.of(MspFiles.read(yaml), MspFormat.yaml().read(KNOCK_ON_YAML))) {
            assertKnockOn(r, new int[] {4, 8, 7, 20, 10, 27});
        }
        Path json = Files.writeString(dir.resolve("k.json"), KNOCK_ON_JSON);
        for (Result<MspDocument> r : java.util.List.of(
                MspFiles.read(json),
                MspFormat.json().read(KNOCK_ON_JSON),
                MspFormat.json().read(Files.newInputStream(json), "k.json"))) {
            assertKnockOn(r, new int[] {5, 12, 8, 26, 12, 33});
        }
    }

    private static void assertKnockOn(Result<MspDocument> r, int[] lc) {
        assertThat(r.problems())
                .extracting(Problem::code)
                .containsExactly(IoProblems.WRONG_TYPE, IoProblems.WRONG_TYPE, Problem.UNRESOLVED_REFERENCE);
        assertThat(r.problems().get(0).location()).endsWith("/title");
        assertThat(r.problems().get(0).message())
                .isEqualTo("line " + lc[0] + ", column " + lc[1] + ": expected a string, got the number 42");
        assertThat(r.problems().get(1).location()).endsWith("/stakeholders/1/name");
        assertThat(r.problems().get(1).message())
                .isEqualTo("line " + lc[2] + ", column " + lc[3] + ": expected a string, got an array");
        // p1's reference to the stakeholder left out is not reported again; p2's to s9 is
        assertThat(r.problems().get(2).location()).endsWith("/participants/1/stakeholder");
        assertThat(r.problems().get(2).message())
                .startsWith("line " + lc[4] + ", column " + lc[5] + ": ")
                .contains("'s9'");
    }

    private static void assertBoth(Result<MspDocument> r, int dateLine, int dateColumn, int refLine, int refColumn) {
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).hasSize(2);
        Problem date = r.problems().get(0);
        assertThat(date.code()).isEqualTo(IoProblems.INVALID_VALUE);
        assertThat(date.location()).endsWith("/meetings/0/date");
        assertThat(date.message())
                .startsWith("line " + dateLine + ", column " + dateColumn + ": ")
                .contains("2020-13-45");
        Problem ref = r.problems().get(1);
        assertThat(ref.code()).isEqualTo(Problem.UNRESOLVED_REFERENCE);
        assertThat(ref.location()).endsWith("/participants/1/stakeholder");
        assertThat(ref.message())
                .startsWith("line " + refLine + ", column " + refColumn + ": ")
                .contains("'s9'");
    }
}
