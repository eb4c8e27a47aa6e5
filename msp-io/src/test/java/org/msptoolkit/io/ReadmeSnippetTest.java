package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.io.csv.CsvExport;
import org.msptoolkit.io.csv.CsvTable;

/** The README snippet for msp-io, as a test, so that it keeps working. */
class ReadmeSnippetTest {
    @Test
    void readmeSnippetRuns(@TempDir Path tmp) {
        Result<MspDocument> r = MspFiles.read(Path.of("../examples/fsc-general-assembly.yaml"));
        assertThat(r.problems()).isEmpty();
        MspDocument doc = r.orElseThrow();
        String json = MspFormat.json().write(doc);
        assertThat(MspFormat.json().read(json).orElseThrow()).isEqualTo(doc);
        Result<MspDocument> bad = MspFormat.json().read("{\"formatVersion\":1,\"kind\":\"process\",\"title\":7}");
        assertThat(bad.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        // the missing id at the object that lacks it (1:1), the 7 at column 45
                        "/id: line 1, column 1: required field 'id' is missing",
                        "/title: line 1, column 45: expected a string, got the number 7");
        Path cases = tmp.resolve("cases.ndjson");
        try (CorpusWriter w = MspCorpus.ndjson().writer(cases)) {
            w.write(doc);
        }
        try (CorpusReader c = MspCorpus.ndjson().onError(OnError.SKIP).open(cases)) {
            assertThat(c.processes().map(p -> p.title()).toList())
                    .containsExactly("FSC-style General Assembly 2017, standard-setting motions");
        }
        assertThat(CsvExport.tidy().toCsv(CsvTable.VOTES, doc.process()))
                .startsWith("processId,decisionId,chamber,option,count\nfsc-ga-2017,d-motion-65,,for,412\n");
    }
}
