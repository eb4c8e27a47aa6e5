package org.msptoolkit.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/** Corpus records' problems carry the record's line in the file and the column; the writer's exact layout. */
class CorpusLocationsTest {
    static final String GOOD = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"p1\",\"title\":\"One\"}";
    /** The title's 7 is the 55th character: 19 for {"formatVersion":1, 17 for "kind":"process", 10 for "id":"p3", 8 for "title": */
    static final String BAD_TITLE = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"p3\",\"title\":7}";
    /**
     * A dangling reference: the quote before s9 is character 102 (61 up to "Five", then 16 for
     * "participants":[, 10 for {"id":"a", and 14 for "stakeholder":).
     */
    static final String DANGLING = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"p5\",\"title\":\"Five\","
            + "\"participants\":[{\"id\":\"a\",\"stakeholder\":\"s9\",\"role\":\"chair\"}]}";

    static List<CorpusRecord> records(MspCorpus corpus, String text, String name) {
        try (CorpusReader r = corpus.open(CorpusTest.bytes(text), name)) {
            return r.records().toList();
        }
    }

    @Test
    void anNdjsonRecordOnLineThreeIsReportedOnLineThree() {
        String text = GOOD + "\n" + GOOD.replace("p1", "p2") + "\n" + BAD_TITLE + "\n\n" + DANGLING + "\n";
        List<CorpusRecord> got = records(MspCorpus.ndjson(), text, "c.ndjson");
        assertThat(got).extracting(CorpusRecord::line).containsExactly(1L, 2L, 3L, 5L);
        assertThat(got.get(2).result().problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("c.ndjson:3#/title");
            assertThat(p.code()).isEqualTo(IoProblems.WRONG_TYPE);
            assertThat(p.message()).isEqualTo("line 3, column 55: expected a string, got the number 7");
        });
        int quote = DANGLING.indexOf("\"s9\"") + 1;
        assertThat(quote).isEqualTo(102);
        assertThat(got.get(3).result().problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("c.ndjson:5#/participants/0/stakeholder");
            assertThat(p.code()).isEqualTo(Problem.UNRESOLVED_REFERENCE);
            assertThat(p.message()).startsWith("line 5, column 102: ");
        });
    }

    @Test
    void aJsonArrayRecordIsReportedAtItsLineAndColumnInTheFile() {
        String text = "[\n" + GOOD + ",\n  " + BAD_TITLE + "\n]\n";
        List<CorpusRecord> got = records(MspCorpus.jsonArray(), text, "t.json");
        assertThat(got).extracting(CorpusRecord::line).containsExactly(2L, 3L);
        assertThat(got.get(1).result().problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("t.json:3#/title");
            // two spaces before the record on line 3
            assertThat(p.message()).isEqualTo("line 3, column 57: expected a string, got the number 7");
        });
    }

    /** A document's compact JSON, made by a Jackson mapper (exact decimals) from the pretty document (not by the corpus writer). */
    static String compact(MspProcess p) {
        return org.msptoolkit.io.internal.Engine.jsonMapper(org.msptoolkit.io.ReadLimits.defaults())
                .readTree(MspFormat.json().write(p))
                .toString();
    }

    static String written(MspCorpus corpus, List<MspProcess> ps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CorpusWriter w = corpus.writer(out)) {
            ps.forEach(w::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWriterLaysOutRecordsExactly() {
        MspProcess a = MspProcess.builder("a", "A").build();
        MspProcess b = ProcessGenerator.process(2, ProcessSize.TINY);
        assertThat(written(MspCorpus.jsonArray(), List.of())).isEqualTo("[]\n");
        assertThat(written(MspCorpus.ndjson(), List.of())).isEmpty();
        assertThat(written(MspCorpus.jsonArray(), List.of(a))).isEqualTo("[\n" + compact(a) + "\n]\n");
        assertThat(written(MspCorpus.jsonArray(), List.of(a, b)))
                .isEqualTo("[\n" + compact(a) + ",\n" + compact(b) + "\n]\n");
        assertThat(written(MspCorpus.ndjson(), List.of(a, b))).isEqualTo(compact(a) + "\n" + compact(b) + "\n");
        assertThat(compact(a))
                // a linkage not recorded is not written (recorded as none it would be: {"kind":"none"})
                .isEqualTo("{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"a\",\"title\":\"A\","
                        + "\"phase\":\"context\"}");
        // nested arrays in a record stay compact
        assertThat(compact(b)).doesNotContain(", ").doesNotContain("\n");
        assertThat(MspDocument.of(b).process()).isEqualTo(b);
    }
}
