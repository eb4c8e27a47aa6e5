package org.msptoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Finding line ends eight bytes at a time gives what a byte-by-byte scan gives. */
class ByteLineReaderTest {
    private static int naive(byte[] a, int from, int to) {
        int i = from;
        while (i < to && a[i] != '\n') {
            i++;
        }
        return i;
    }

    @Test
    void newlineIsFoundWhereAByteByByteScanFindsIt() {
        for (long seed = 1; seed <= 2_000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            byte[] a = new byte[r.nextInt(1, 80)];
            for (int i = 0; i < a.length; i++) {
                // mostly bytes next to '\n' in value, and the bytes that fool simpler word tricks
                int kind = r.nextInt(6);
                a[i] = (byte)
                        (kind == 0
                                ? '\n'
                                : kind == 1
                                        ? 0x0B
                                        : kind == 2
                                                ? 0x8A
                                                : kind == 3 ? 0x09 : kind == 4 ? 0x0A ^ 0x80 : r.nextInt(256));
                if (r.nextInt(4) > 0 && a[i] == '\n') {
                    a[i] = 'x';
                }
            }
            int from = r.nextInt(a.length);
            int to = r.nextInt(from, a.length + 1);
            assertThat(ByteLineReader.newline(a, from, to)).as("seed %d", seed).isEqualTo(naive(a, from, to));
        }
    }

    @Test
    void linesAreSplitAtEveryNewlineWithTheirNumbers() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 3_000; i++) {
            String line = "x".repeat(r.nextInt(0, 120)) + (i % 7 == 0 ? "\r" : "");
            text.append(line).append('\n');
            expected.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        ByteLineReader lines =
                new ByteLineReader(new ByteArrayInputStream(text.toString().getBytes()), 1_000);
        List<String> got = new ArrayList<>();
        for (byte[] l = lines.readLine(); l != null; l = lines.readLine()) {
            got.add(new String(l));
            assertThat(lines.lineNumber()).isEqualTo(got.size());
        }
        assertThat(got).isEqualTo(expected);
    }
}
