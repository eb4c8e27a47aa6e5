package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code msp import}: a corpus out, a summary on standard error, located problems, --verify. */
class ImportCommandTest {
    private static final String PB =
            "META\nkey;value\ndescription;Invented PB\ncountry;Poland\nunit;Testowo\ninstance;2023\n"
                    + "num_projects;2\nnum_votes;3\nbudget;100\nvote_type;approval\nrule;greedy\ndate_begin;2023\ndate_end;2023\n"
                    + "PROJECTS\nproject_id;cost;votes;selected\nA;60;3;1\nB;50;1;0\nVOTES\nvoter_id;vote\n1;A\n2;A,B\n3;A\n";

    @TempDir
    Path dir;

    @Test
    void importsToACorpusWithASummary() throws Exception {
        Files.writeString(dir.resolve("a.pb"), PB, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.ndjson");
        Run run = Run.msp("import", "pabulib", dir.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).contains("Imported 1 records from 1 inputs (pabulib), 0 warnings", "Unmapped fields: ");
        assertThat(Files.readAllLines(out)).hasSize(1).first().asString().contains("\"x-provenance\"", "\"x-pabulib\"");
        Run valid = Run.msp("validate", out.toString());
        assertThat(valid.exit()).as(valid.toString()).isZero();
    }

    @Test
    void withoutAnOutputTheCorpusGoesToStandardOutput() throws Exception {
        Files.writeString(dir.resolve("a.pb"), PB, StandardCharsets.UTF_8);
        Run run = Run.msp("import", "pabulib", dir.resolve("a.pb").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(1).first().asString().startsWith("{\"formatVersion\":1");
    }

    @Test
    void skipImportsTheRestAndListsWhatWasSkipped() throws Exception {
        Files.writeString(dir.resolve("a.pb"), PB, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.pb"), PB.replace("A;60;3;1", "A;sixty;3;1"), StandardCharsets.UTF_8);
        Run stop = Run.msp(
                "import",
                "pabulib",
                dir.toString(),
                "-o",
                dir.resolve("s.ndjson").toString());
        assertThat(stop.exit()).isEqualTo(1);
        Run skip = Run.msp(
                "import",
                "pabulib",
                dir.toString(),
                "--on-error",
                "skip",
                "-o",
                dir.resolve("k.ndjson").toString());
        assertThat(skip.exit()).isEqualTo(1);
        assertThat(skip.err())
                .contains(
                        "skipped:", dir.resolve("b.pb") + ":16 (cost): cost of project A is not a non-negative number");
        assertThat(Files.readAllLines(dir.resolve("k.ndjson"))).hasSize(1);
    }

    @Test
    void verifyPrintsOneLinePerFile() throws Exception {
        Files.writeString(dir.resolve("a.pb"), PB, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.pb"), PB.replace("B;50;1;0", "B;50;1;1"), StandardCharsets.UTF_8);
        Run run = Run.msp("import", "pabulib", "--verify", dir.toString());
        // greedy: A (3 votes, 60) funded; B (50) does not fit the 40 left
        assertThat(run.out().lines()).containsExactly("a.pb: agrees", "c.pb: differs: B / - (recomputed by greedy)");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void anUnknownSourceIsAUsageError() {
        Run run = Run.msp("import", "nowhere", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown source \"nowhere\"; sources: pabulib, participedia, polis, popolo");
    }
}
