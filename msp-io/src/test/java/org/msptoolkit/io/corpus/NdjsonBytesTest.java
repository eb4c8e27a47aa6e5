package org.msptoolkit.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.ReadLimits;

/** NDJSON corpora are split into lines as bytes: line ends, blank lines, limits and encodings. */
class NdjsonBytesTest {
    private static List<CorpusRecord> records(MspCorpus corpus, byte[] bytes) {
        try (CorpusReader r = corpus.open(new ByteArrayInputStream(bytes), "c.ndjson");
                Stream<CorpusRecord> s = r.records()) {
            return s.toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A process whose purpose holds characters of 2, 3 and 4 bytes in UTF-8. */
    private static MspProcess multilingual(long seed) {
        MspProcess p = CorpusTest.processes((int) seed + 1).get((int) seed);
        return p.toBuilder().purpose("Diálogo 対話 \uD83C\uDF0D " + p.purpose()).build();
    }

    @Test
    void crlfBlankAndWhiteSpaceOnlyLinesAndAMissingLastNewline() {
        List<MspProcess> ps = List.of(multilingual(0), multilingual(1), multilingual(2));
        List<String> lines = CorpusTest.write(MspCorpus.ndjson(), ps).lines().toList();
        // line 1 CRLF, 2 blank, 3 spaces and a tab, 4 a record, 5 ideographic space only (blank to String.isBlank), 6
        // the last record without '\n'
        String text = lines.get(0) + "\r\n" + "\n" + "  \t\n" + lines.get(1) + "\n" + "\u2003\u2002\n" + lines.get(2);
        List<CorpusRecord> got = records(MspCorpus.ndjson(), utf8(text));
        assertThat(got).extracting(CorpusRecord::line).containsExactly(1L, 4L, 6L);
        assertThat(got).allMatch(r -> r.result().isValid());
        assertThat(got.stream().map(r -> r.result().orElseThrow().process()).toList())
                .isEqualTo(ps);
    }

    @Test
    void multiByteCharactersAcrossTheReadBufferAreKept() {
        // records long enough that the 64 KiB read buffer ends inside several multi-byte characters
        StringBuilder text = new StringBuilder();
        List<MspProcess> ps = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MspProcess p = multilingual(i);
            p = p.toBuilder()
                    .purpose(p.purpose() + "é対\uD83C\uDF0D".repeat(1_500 + 97 * i))
                    .build();
            ps.add(p);
            text.append(MspFormat.json().write(p).replace("\n", "")).append('\n');
        }
        List<CorpusRecord> got = records(MspCorpus.ndjson(), utf8(text.toString()));
        assertThat(got).hasSize(12).allMatch(r -> r.result().isValid());
        assertThat(got.stream().map(r -> r.result().orElseThrow().process()).toList())
                .isEqualTo(ps);
    }

    @Test
    void theLengthLimitCountsCharactersNotBytes() {
        MspProcess p = multilingual(3);
        String line = MspFormat.json().write(p).replace("\n", "");
        int bytes = utf8(line).length;
        assertThat(bytes).isGreaterThan(line.length());
        // a limit between the character and the byte count: the record is read
        MspCorpus justFits = MspCorpus.ndjson().withLimits(ReadLimits.defaults().withMaxDocumentLength(line.length()));
        assertThat(records(justFits, utf8(line + "\n")))
                .singleElement()
                .satisfies(r -> assertThat(r.result().isValid()).isTrue());
        // one character less: too long, reported on its line, and the next line is still read
        MspCorpus tooShort =
                MspCorpus.ndjson().withLimits(ReadLimits.defaults().withMaxDocumentLength(line.length() - 1));
        String ascii = MspFormat.json().write(CorpusTest.processes(1).get(0)).replace("\n", "");
        List<CorpusRecord> got =
                records(tooShort, utf8(line + "\n" + ascii.substring(0, Math.min(ascii.length(), 10)) + "\n"));
        assertThat(got.get(0).result().problems()).singleElement().satisfies(pr -> {
            assertThat(pr.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
            assertThat(pr.location()).isEqualTo("c.ndjson:1");
        });
        assertThat(got.get(1).line()).isEqualTo(2);
        assertThat(got.get(1).result().problems()).extracting(Problem::code).containsExactly(IoProblems.SYNTAX);
    }

    @Test
    void aRecordThatIsNotUtf8IsReportedOnItsLineAndTheOthersAreRead() {
        List<MspProcess> ps = CorpusTest.processes(3);
        List<String> lines = CorpusTest.write(MspCorpus.ndjson(), ps).lines().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(lines.get(0) + "\n"));
        byte[] bad = utf8(lines.get(1));
        int at = lines.get(1).indexOf("\"title\":\"") + 9;
        assertThat(at).isGreaterThan(9);
        bad[at] = (byte) 0xC3; // a lead byte followed by an ASCII letter: malformed
        out.writeBytes(bad);
        out.writeBytes(utf8("\n" + lines.get(2) + "\n"));
        List<CorpusRecord> got = records(MspCorpus.ndjson(), out.toByteArray());
        assertThat(got).extracting(CorpusRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(got).extracting(r -> r.result().isValid()).containsExactly(true, false, true);
        assertThat(got.get(1).result().problems()).singleElement().satisfies(pr -> {
            assertThat(pr.code()).isEqualTo(IoProblems.SYNTAX);
            assertThat(pr.location()).isEqualTo("c.ndjson:2");
            assertThat(pr.message())
                    .isEqualTo("the record is not valid UTF-8 (byte " + (at + 1)
                            + " of the line); save the corpus as UTF-8");
        });
    }
}
