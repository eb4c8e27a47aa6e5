package org.msptoolkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.testkit.internal.SharedData;

/**
 * Property over every imported record (fixtures, and the real files when present): import → NDJSON →
 * read back with msp-io (strict, validating) → write again gives the same documents and the same bytes,
 * so no field, extension or provenance is lost.
 */
class RoundTripTest {
    @Test
    void fixturesRoundTrip() throws IOException {
        roundTrip(Fixtures.run("pabulib", OnError.STOP, Fixtures.fixture("pabulib"))
                .documents());
        roundTrip(Fixtures.run("polis", OnError.STOP, Fixtures.fixture("polis")).documents());
        roundTrip(
                Fixtures.run("popolo", OnError.STOP, Fixtures.fixture("popolo")).documents());
        roundTrip(Fixtures.run("participedia", OnError.STOP, Fixtures.fixture("participedia"))
                .documents());
    }

    @Test
    void realFilesRoundTrip() throws IOException {
        Path pabulib = SharedData.require("pabulib");
        Path polis = SharedData.require("polis");
        assertThat(roundTrip(Fixtures.run("pabulib", OnError.STOP, pabulib).documents()))
                .isEqualTo(11);
        assertThat(roundTrip(Fixtures.run("polis", OnError.STOP, polis).documents()))
                .isEqualTo(16);
        Path participedia = SharedData.require("participedia");
        assertThat(roundTrip(
                        Fixtures.run("participedia", OnError.STOP, participedia).documents()))
                .isEqualTo(809 + 599);
    }

    private static int roundTrip(List<MspDocument> imported) throws IOException {
        assertThat(imported).isNotEmpty();
        byte[] first = write(imported);
        List<MspDocument> back = new ArrayList<>();
        try (CorpusReader r = MspCorpus.ndjson().open(new ByteArrayInputStream(first), "imported.ndjson")) {
            r.records().forEach(rec -> {
                assertThat(rec.result().problems()).as("record " + rec.line()).isEmpty();
                back.add(rec.result().orElseThrow());
            });
        }
        // the processes are equal; extension values are compared as written JSON (a long written by the
        // importer reads back as the smallest fitting number node, which JsonNode.equals tells apart)
        assertThat(back)
                .extracting(MspDocument::process)
                .isEqualTo(imported.stream().map(MspDocument::process).toList());
        byte[] second = write(back);
        assertThat(second).isEqualTo(first);
        assertThat(read(second)).isEqualTo(back);
        for (MspDocument d : back) {
            assertThat(Provenance.of(d)).as("provenance of " + d.process().id()).isPresent();
        }
        return back.size();
    }

    private static List<MspDocument> read(byte[] ndjson) {
        try (CorpusReader r = MspCorpus.ndjson().open(new ByteArrayInputStream(ndjson), "again.ndjson")) {
            return r.documents().toList();
        }
    }

    private static byte[] write(List<MspDocument> docs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CorpusWriter w = MspCorpus.ndjson().writer(out)) {
            docs.forEach(w::write);
        }
        return out.toByteArray();
    }
}
