package org.msptoolkit.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspReadException;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

class CorpusTest {
    static List<MspProcess> processes(int n) {
        return LongStream.range(0, n)
                .mapToObj(s -> ProcessGenerator.process(s, ProcessSize.SMALL))
                .toList();
    }

    static String write(MspCorpus corpus, List<MspProcess> ps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CorpusWriter w = corpus.writer(out)) {
            ps.forEach(w::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ndjsonWritesOneDocumentPerLineAndReadsThemBackInOrder() {
        List<MspProcess> ps = processes(50);
        String text = write(MspCorpus.ndjson(), ps);
        assertThat(text.lines()).hasSize(50).allSatisfy(l -> assertThat(l).startsWith("{\"formatVersion\":1,"));
        try (CorpusReader r = MspCorpus.ndjson().open(bytes(text), "c.ndjson")) {
            assertThat(r.processes().toList()).isEqualTo(ps);
            assertThat(r.goodRecords()).isEqualTo(50);
        }
    }

    @Test
    void jsonArrayRoundTripsAndEmptyArraysWork() {
        List<MspProcess> ps = processes(20);
        String text = write(MspCorpus.jsonArray(), ps);
        assertThat(text).startsWith("[\n{").endsWith("}\n]\n");
        try (CorpusReader r = MspCorpus.jsonArray().open(bytes(text), "c.json")) {
            assertThat(r.processes().toList()).isEqualTo(ps);
        }
        try (CorpusReader r = MspCorpus.jsonArray().open(bytes(write(MspCorpus.jsonArray(), List.of())), "e.json")) {
            assertThat(r.processes().count()).isZero();
        }
    }

    /** Five good records, then bad ones at known lines: a syntax error (line 3), a dangling reference (line 5). */
    static String ndjsonWithBadRecords() {
        List<String> lines = write(MspCorpus.ndjson(), processes(5)).lines().toList();
        String dangling = lines.get(4).replaceFirst("\"stakeholder\":\"s\\d+\"", "\"stakeholder\":\"nobody\"");
        return String.join(
                        "\n",
                        lines.get(0),
                        lines.get(1),
                        "{\"formatVersion\":1, \"kind\": ",
                        lines.get(2),
                        dangling,
                        "",
                        lines.get(3))
                + "\n";
    }

    @Test
    void skipAndCollectReportsEachBadRecordWithItsLine() {
        try (CorpusReader r =
                MspCorpus.ndjson().onError(OnError.SKIP).open(bytes(ndjsonWithBadRecords()), "c.ndjson")) {
            assertThat(r.processes().count()).isEqualTo(4);
            assertThat(r.problems())
                    .extracting(Problem::code)
                    .containsExactly(IoProblems.SYNTAX, Problem.UNRESOLVED_REFERENCE);
            assertThat(r.problems().get(0).location()).startsWith("c.ndjson:3:");
            assertThat(r.problems().get(1).location()).matches("c\\.ndjson:5#/participants/\\d+/stakeholder");
            assertThat(r.badRecords()).isEqualTo(2);
        }
    }

    @Test
    void stopThrowsAtTheFirstBadRecordWithItsLine() {
        try (CorpusReader r = MspCorpus.ndjson().open(bytes(ndjsonWithBadRecords()), "c.ndjson")) {
            Stream<MspProcess> s = r.processes();
            assertThatThrownBy(s::toList)
                    .isInstanceOf(MspReadException.class)
                    .satisfies(e -> assertThat(
                                    ((MspReadException) e).problems().get(0).location())
                            .startsWith("c.ndjson:3:"));
        }
    }

    @Test
    void recordsGivesEveryRecordWithItsLine() {
        try (CorpusReader r = MspCorpus.ndjson().open(bytes(ndjsonWithBadRecords()), "")) {
            assertThat(r.records().map(CorpusRecord::line).toList()).containsExactly(1L, 2L, 3L, 4L, 5L, 7L);
        }
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedUnreadAndReported() {
        String huge =
                "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"x\",\"title\":\"" + "a".repeat(200_000) + "\"}";
        String text = write(MspCorpus.ndjson(), processes(1)) + huge + "\n" + write(MspCorpus.ndjson(), processes(2));
        MspCorpus corpus = MspCorpus.ndjson()
                .onError(OnError.SKIP)
                .withLimits(ReadLimits.defaults().withMaxDocumentLength(100_000));
        try (CorpusReader r = corpus.open(bytes(text), "big.ndjson")) {
            assertThat(r.processes().count()).isEqualTo(3);
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.location()).isEqualTo("big.ndjson:2");
                assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
                assertThat(p.message()).contains("maxDocumentLength");
            });
        }
    }

    @Test
    void aTruncatedJsonArrayReportsWhereItEnds() {
        String text = write(MspCorpus.jsonArray(), processes(3));
        String truncated = text.substring(0, text.length() - 40);
        try (CorpusReader r = MspCorpus.jsonArray().onError(OnError.SKIP).open(bytes(truncated), "t.json")) {
            assertThat(r.processes().count()).isEqualTo(2);
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(IoProblems.SYNTAX);
                assertThat(p.location()).startsWith("t.json:4:");
            });
        }
    }

    @Test
    void corporaGoThroughFiles(@TempDir Path dir) throws IOException {
        List<MspProcess> ps = processes(10);
        Path file = dir.resolve("c.ndjson");
        try (CorpusWriter w = MspCorpus.ndjson().writer(file)) {
            ps.forEach(w::write);
            assertThat(w.written()).isEqualTo(10);
        }
        assertThat(Files.readAllLines(file)).hasSize(10);
        try (CorpusReader r = MspCorpus.ndjson().open(file)) {
            int i = 0;
            for (var d : r) {
                assertThat(d.process()).isEqualTo(ps.get(i++));
            }
            assertThat(i).isEqualTo(10);
        }
    }
}
