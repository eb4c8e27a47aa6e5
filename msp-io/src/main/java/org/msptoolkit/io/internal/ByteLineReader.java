package org.msptoolkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits UTF-8 bytes into lines without decoding them (the byte {@code '\n'} never occurs inside a
 * multi-byte character), keeping each line only up to a number of bytes: a longer line is skipped to
 * its end and reported as too long, so that one huge line cannot exhaust memory. A trailing
 * {@code '\r'} is dropped. Not thread-safe. Internal.
 */
final class ByteLineReader {
    /** Marks a line that was longer than the limit (its bytes are not kept). */
    static final byte[] TOO_LONG = new byte[0];

    /** Reads eight bytes at a time, so that finding the end of a line tests a word, not a byte, per step. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int len;
    private long lineNumber;

    /**
     * A reader of the lines of a UTF-8 byte stream.
     *
     * @param in the bytes
     * @param maxBytes the longest line kept, in bytes
     */
    ByteLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * Returns the number of the line last returned (1-based).
     *
     * @return the number of the line last returned (1-based)
     */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns the next line without its terminator, {@link #TOO_LONG}, or {@code null} at the end.
     *
     * @return the next line without its terminator, {@link #TOO_LONG}, or {@code null} at the end
     */
    byte @Nullable [] readLine() throws IOException {
        byte[] line = null;
        int have = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buffer);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return tooLong ? TOO_LONG : finish(line, have);
                }
            }
            any = true;
            int start = pos;
            pos = newline(buffer, pos, len);
            int chunk = pos - start;
            if (!tooLong) {
                if ((long) have + chunk > maxBytes) {
                    tooLong = true;
                    line = null;
                } else {
                    if (line == null) {
                        line = new byte[Math.max(chunk, 256)];
                    } else if (have + chunk > line.length) {
                        line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(have + chunk, 2L * line.length)));
                    }
                    System.arraycopy(buffer, start, line, have, chunk);
                    have += chunk;
                }
            }
            if (pos < len) {
                pos++; // the '\n'
                lineNumber++;
                return tooLong ? TOO_LONG : finish(line, have);
            }
        }
    }

    /**
     * Returns the index of the first {@code '\n'} in {@code a[from, to)}, or {@code to} when there is none.
     *
     * @return the index of the first {@code '\n'} in {@code a[from, to)}, or {@code to} when there is none
     */
    static int newline(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) WORDS.get(a, i) ^ NEWLINES; // a zero byte where a '\n' was
            long zeros = (x - ONES) & ~x & HIGHS; // exact for the lowest zero byte
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        while (i < to && a[i] != '\n') {
            i++;
        }
        return i;
    }

    private static byte[] finish(byte @Nullable [] line, int have) {
        if (line == null) {
            return new byte[0];
        }
        int n = have > 0 && line[have - 1] == '\r' ? have - 1 : have;
        return n == line.length ? line : Arrays.copyOf(line, n);
    }
}
