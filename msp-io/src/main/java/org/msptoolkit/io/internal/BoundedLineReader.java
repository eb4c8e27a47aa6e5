package org.msptoolkit.io.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length, so that one huge line cannot exhaust memory: a longer
 * line is skipped to its end and reported as too long. Internal.
 */
final class BoundedLineReader {
    /** Marks a line that was longer than the limit (its text is not kept). */
    static final String TOO_LONG = new String("<too long>");

    private final Reader in;
    private final long maxLength;
    private final char[] buffer = new char[8192];
    private int pos;
    private int len;
    private long lineNumber;

    BoundedLineReader(Reader in, long maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** @return the number of the line last returned (1-based) */
    long lineNumber() {
        return lineNumber;
    }

    /** @return the next line without its terminator, {@link #TOO_LONG}, or {@code null} at the end */
    String readLine() throws IOException {
        StringBuilder sb = null;
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
                    return tooLong ? TOO_LONG : text(sb);
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (!tooLong) {
                long have = sb == null ? 0 : sb.length();
                if (have + chunk > maxLength) {
                    tooLong = true;
                    sb = null;
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(Math.max(16, chunk));
                    }
                    sb.append(buffer, start, chunk);
                }
            }
            if (pos < len) {
                pos++; // the '\n'
                lineNumber++;
                return tooLong ? TOO_LONG : text(sb);
            }
        }
    }

    private static String text(StringBuilder sb) {
        if (sb == null) {
            return "";
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }
}
