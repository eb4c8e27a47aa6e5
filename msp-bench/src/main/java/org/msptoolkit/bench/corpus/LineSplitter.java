package org.msptoolkit.bench.corpus;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits characters into non-blank lines, each held whole only up to a length limit: a longer line is
 * skipped to its end and flagged, so memory stays bounded by the limit. Not thread-safe.
 */
final class LineSplitter {
    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private long lineNumber;
    private boolean eof;

    /** One line: its number (from 1), its text, or the flag that it was too long to keep. */
    record Line(long number, String text, boolean tooLong) {
    }

    LineSplitter(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** @return the next non-blank line, or {@code null} at the end */
    Line next() throws IOException {
        while (true) {
            if (eof && pos >= end) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            boolean tooLong = false;
            boolean ended = false;
            while (!ended) {
                if (pos >= end && !fill()) {
                    break;
                }
                int start = pos;
                while (pos < end && buffer[pos] != '\n') {
                    pos++;
                }
                int len = pos - start;
                if (!tooLong) {
                    if (sb.length() + len > maxLength) {
                        tooLong = true;
                        sb.setLength(0);
                    } else {
                        sb.append(buffer, start, len);
                    }
                }
                if (pos < end) {
                    pos++; // the newline
                    ended = true;
                }
            }
            lineNumber++;
            if (tooLong) {
                return new Line(lineNumber, "", true);
            }
            String text = sb.toString();
            if (!text.isBlank()) {
                return new Line(lineNumber, text, false);
            }
            if (!ended && eof) {
                return null;
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            eof = true;
            pos = 0;
            end = 0;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
