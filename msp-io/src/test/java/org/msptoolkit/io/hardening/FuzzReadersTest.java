package org.msptoolkit.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.testkit.Fuzzer;

/**
 * Issue 20, item 11: the process readers (JSON, YAML, NDJSON and JSON-array corpora) fuzzed from the example
 * files; the only allowed outcomes are a document or located problems, each input within 5 seconds. A short
 * run in the normal build; {@code -Dmsp.fuzz.executions=N} for a long one (docs/fuzzing.md).
 */
class FuzzReadersTest {
    static final int SHORT = 250;
    static List<String> yaml = new ArrayList<>();
    static List<String> json = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(f);
                yaml.add(text);
                json.add(MspFormat.json().write(MspFormat.yaml().read(text).orElseThrow()));
            }
        }
        assertThat(yaml).hasSize(3);
    }

    static String oneLine(String doc) {
        return MspFormat.json().write(MspFormat.json().read(doc).orElseThrow()).replace("\n", "");
    }

    @Test
    void fuzzProcessJson() {
        System.out.println(Fuzzer.over(json, SHORT)
                .run(
                        "process-json",
                        s -> Fuzzer.assertValueOrLocatedProblems(
                                MspFormat.json().read(in(s), "f.json"))));
    }

    @Test
    void fuzzProcessYaml() {
        System.out.println(Fuzzer.over(yaml, SHORT)
                .run(
                        "process-yaml",
                        s -> Fuzzer.assertValueOrLocatedProblems(
                                MspFormat.yaml().read(in(s), "f.yaml"))));
    }

    @Test
    void fuzzNdjsonCorpus() {
        String ndjson =
                String.join("\n", json.stream().map(FuzzReadersTest::oneLine).toList()) + "\n";
        System.out.println(Fuzzer.over(List.of(ndjson), SHORT).run("ndjson", s -> corpus(MspCorpus.ndjson(), s)));
    }

    @Test
    void fuzzJsonArrayCorpus() {
        String array = "[" + String.join(",\n", json) + "]";
        System.out.println(Fuzzer.over(List.of(array), SHORT).run("json-array", s -> corpus(MspCorpus.jsonArray(), s)));
    }

    /** The text as a stream, so that every problem is located at least in the named source. */
    static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static void corpus(MspCorpus format, String s) {
        try (CorpusReader in =
                format.onError(OnError.SKIP).open(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "c")) {
            in.records().forEach(r -> Fuzzer.assertValueOrLocatedProblems(r.result()));
        }
    }
}
