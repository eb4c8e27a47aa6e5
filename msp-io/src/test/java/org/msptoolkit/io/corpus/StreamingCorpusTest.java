package org.msptoolkit.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.Syntax;
import org.msptoolkit.testkit.corpus.CorpusGenerator;
import org.msptoolkit.testkit.corpus.CorpusShape;

/** NDJSON corpora read through the fast path give, record by record, what the tree path gives. */
class StreamingCorpusTest {
    static final Engine ENGINE = new Engine(Syntax.JSON, ReadLimits.defaults(), false);

    @Test
    void everyRecordReadsAsThroughTheTreePath() {
        CorpusGenerator corpus = CorpusGenerator.seeded(5).shape(CorpusShape.clearingHouse().withSkew(3));
        List<String> lines = new ArrayList<>();
        for (long i = 0; i < 30; i++) {
            MspProcess p = corpus.process(i);
            String line = ENGINE.compactJson(MspDocument.of(p));
            assertThat(ENGINE.mapStreaming(line)).as("record %d", i).contains(p);
            lines.add(switch ((int) (i % 6)) {
                case 1 -> line.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\" \""); // a validation problem
                case 2 -> line.replaceFirst("\\{", "{\"colour\":\"red\","); // an unknown field
                case 3 -> line.replaceFirst("\\{", "{\"id\":\"again\","); // a duplicate name
                case 4 -> line.replaceFirst("\\{", "{\"x-portal\":{\"case\":" + i + "},"); // an extension field
                default -> line;
            });
        }
        String text = String.join("\n", lines) + "\n" + lines.get(0).substring(0, 100) + "\n";
        List<CorpusRecord> records;
        try (CorpusReader r = MspCorpus.ndjson().open(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.ndjson")) {
            records = r.records().toList();
        }
        assertThat(records).hasSize(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            Engine.Parsed parsed = ENGINE.parse(new StringReader(lines.get(i)), "");
            String at = "c.ndjson:" + (i + 1);
            // a syntax problem (the duplicate name) is reported at the corpus line and the record's column
            var expected = parsed.tree() != null ? ENGINE.read(parsed.tree(), at)
                    : Result.<MspDocument>invalid(parsed.problems().stream().map(p -> Problem.of(
                            at + p.location().substring(p.location().indexOf(':')), p.code(), p.message())).toList());
            CorpusRecord actual = records.get(i);
            assertThat(actual.line()).isEqualTo(i + 1);
            assertThat(actual.result().problems()).as("line %d", i + 1).isEqualTo(expected.problems());
            assertThat(actual.result().value()).as("line %d", i + 1).isEqualTo(expected.value());
            assertThat(actual.result().isValid()).isEqualTo(i % 6 == 0 || i % 6 == 4 || i % 6 == 5);
        }
        assertThat(records.get(lines.size()).result().problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(IoProblems.SYNTAX));
    }
}
