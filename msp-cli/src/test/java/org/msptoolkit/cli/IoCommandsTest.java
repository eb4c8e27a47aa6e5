package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.io.MspFormat;

class IoCommandsTest {
    private static final String LA21 = "la21-lower-columbia.yaml";

    @TempDir
    Path tmp;

    @Test
    void everyBundledExampleIsValid() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        Examples.processes().forEach(p -> args.add(p.toString()));
        assertThat(args).hasSizeGreaterThan(2);
        Run run = Run.msp(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains(
                        Examples.file(LA21) + ": valid (process la21-lower-columbia",
                        (args.size() - 1) + " files: " + (args.size() - 1) + " valid")
                .doesNotContain("with 0 problems");
    }

    @Test
    void aSyntaxErrorIsReportedAtFileLineColumn() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "formatVersion: 1\nkind: process\nid: x\ntitle: [unclosed\n");
        Run run = Run.msp("validate", bad.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(Msp.FINDINGS);
        assertThat(run.out()).contains(bad + ": 1 problem").containsPattern("bad\\.yaml:\\d+:\\d+: .*\\[syntax\\]");
    }

    @Test
    void everyDataProblemIsReportedWithItsJsonPointer() throws Exception {
        String la21 = Files.readString(Examples.file(LA21));
        // two independent mistakes: an unknown field at the top and a participant of a stakeholder that does not exist
        String broken = la21.replaceFirst("(?m)^purpose:", "purpse: typo\npurpose:")
                .replaceFirst("stakeholder: county-council", "stakeholder: no-such-stakeholder");
        assertThat(broken).isNotEqualTo(la21).contains("no-such-stakeholder", "purpse");
        Path bad = tmp.resolve("broken.yaml");
        Files.writeString(bad, broken);
        Run run = Run.msp("validate", bad.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("[unknown-field]", "purpse");
        // with --lenient the unknown field is kept as an extension, but the broken reference still counts
        Run lenient = Run.msp("validate", "--lenient", bad.toString());
        assertThat(lenient.out()).doesNotContain("[unknown-field]");
    }

    @Test
    void aMissingFileIsExitCodeTwoEvenNextToAValidOne() {
        Run run = Run.msp(
                "validate",
                Examples.file(LA21).toString(),
                tmp.resolve("nope.yaml").toString());
        assertThat(run.exit()).isEqualTo(Msp.USAGE);
        assertThat(run.err()).contains("no such file", "nope.yaml");
        assertThat(run.out()).contains("valid");
    }

    @Test
    void anUnknownExtensionAndNoFileAreUsageErrors() throws Exception {
        Path txt = Files.writeString(tmp.resolve("notes.txt"), "hello");
        Run run = Run.msp("validate", txt.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot tell the format", "notes.txt");
        Run none = Run.msp("validate");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("FILE");
    }

    @Test
    void convertYamlToJsonToNdjsonAndBackKeepsTheProcess() throws Exception {
        Path json = tmp.resolve("la21.json");
        Path ndjson = tmp.resolve("out/corpus.ndjson");
        Path yaml = tmp.resolve("back.yml");
        assertThat(Run.msp("convert", Examples.file(LA21).toString(), json.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(json)).startsWith("{");
        Run toCorpus = Run.msp("convert", json.toString(), ndjson.toString());
        assertThat(toCorpus.exit()).as(toCorpus.toString()).isZero();
        assertThat(Files.readAllLines(ndjson)).hasSize(1);
        assertThat(Run.msp("convert", ndjson.toString(), yaml.toString()).exit())
                .isZero();
        MspProcess original = MspFormat.yaml().readProcess(Examples.file(LA21)).orElseThrow();
        MspProcess back = MspFormat.yaml().readProcess(yaml).orElseThrow();
        assertThat(back).isEqualTo(original);
        assertThat(Run.msp("validate", ndjson.toString()).out()).contains("valid (1 process)");
    }

    @Test
    void convertWritesNothingWhenTheInputIsBroken() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"formatVersion\": 1, \"kind\": \"process\"}");
        Path out = tmp.resolve("out.yaml");
        Run run = Run.msp("convert", bad.toString(), out.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("nothing written", "[missing-field]");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCorpusOfSeveralCannotBecomeOneYamlFile() throws Exception {
        Path corpus = tmp.resolve("c.ndjson");
        List<String> lines = new ArrayList<>();
        for (Path p : Examples.processes()) {
            lines.add(MspFormat.json()
                    .write(MspFormat.yaml().readProcess(p).orElseThrow())
                    .replace("\n", ""));
        }
        Files.write(corpus, lines);
        Run run = Run.msp("convert", corpus.toString(), tmp.resolve("one.yaml").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("holds one process", ".ndjson");
        Run validate = Run.msp("validate", corpus.toString());
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("valid (" + lines.size() + " processes)");
    }

    @Test
    void aCorpusWithOneBadRecordReportsItsLine() throws Exception {
        String good = MspFormat.json()
                .write(MspFormat.yaml().readProcess(Examples.file(LA21)).orElseThrow())
                .replace("\n", "");
        Path corpus = Files.write(tmp.resolve("c.ndjson"), List.of(good, "{\"formatVersion\": 1,", good));
        Run run = Run.msp("validate", corpus.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("in 1 record of 3").contains("c.ndjson:2");
    }

    @Test
    void schemaPrintsTheJsonSchema() throws Exception {
        Run run = Run.msp("schema");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"$schema\"", "msp-process-v1");
        Path file = tmp.resolve("schema.json");
        Run toFile = Run.msp("schema", "-o", file.toString());
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(run.out());
    }
}
