package org.msptoolkit.io.indicators;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.io.corpus.*;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/** Corpora for the tests, as msp-io's CorpusTest writes them. */
final class CorpusFixtures {
    private CorpusFixtures() {}

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
}
