package org.msptoolkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.CorpusRecord;
import tools.jackson.core.JsonParser;

/**
 * Records of an NDJSON corpus: one document per non-blank line of UTF-8. The caller's thread only
 * splits the bytes into lines; decoding, parsing and validating a record happen in the supplier
 * {@link #nextDeferred()} gives, so any thread can do them. A record is read in one streaming pass
 * from its bytes; its problems are at its line of the file (and the column in it), and a record with
 * bytes that are not UTF-8 is reported on its own line and the corpus goes on.
 * Internal.
 */
public final class NdjsonSource implements RecordSource {
    private final InputStream in;
    private final ByteLineReader lines;
    private final Engine engine;
    private final String source;
    private final long maxLineLength;

    /**
     * The lines of an NDJSON corpus, one record each.
     *
     * @param in the UTF-8 bytes, closed by {@link #close()}
     * @param engine a JSON engine whose limits apply to each line
     * @param source a name for locations
     * @param maxLineLength the longest line read, in characters
     */
    public NdjsonSource(InputStream in, Engine engine, String source, long maxLineLength) {
        this.in = in;
        // a character takes at most 3 bytes of UTF-8 (a 4-byte sequence is two chars)
        this.lines = new ByteLineReader(in, (int) Math.min(Integer.MAX_VALUE - 16, 3 * maxLineLength));
        this.engine = engine;
        this.source = source;
        this.maxLineLength = maxLineLength;
    }

    @Override
    public @Nullable CorpusRecord next() {
        Supplier<CorpusRecord> r = nextDeferred();
        return r == null ? null : r.get();
    }

    /** Splits off the next non-blank line; reading it is left to the supplier, which any thread may call. */
    @Override
    public @Nullable Supplier<CorpusRecord> nextDeferred() {
        try {
            while (true) {
                byte[] line = lines.readLine();
                if (line == null) {
                    return null;
                }
                long n = lines.lineNumber();
                if (line == ByteLineReader.TOO_LONG) {
                    return () -> tooLong(n);
                }
                if (!isBlank(line)) {
                    return () -> record(line, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Whether a line holds only white space, as {@link String#isBlank()} sees it. */
    private static boolean isBlank(byte[] line) {
        boolean ascii = true;
        for (byte b : line) {
            if (b < 0) {
                ascii = false;
            } else if (b != ' ' && b != '\t' && b != '\r' && b != 0x0B && b != '\f' && (b < 0x1C || b > 0x1F)) {
                return false;
            }
        }
        return ascii || new String(line, StandardCharsets.UTF_8).isBlank();
    }

    private CorpusRecord record(byte[] line, long n) {
        if (line.length <= maxLineLength) {
            // no more characters than bytes: within the limit; Jackson decodes UTF-8 strictly
            Result<MspDocument> r;
            try (JsonParser p = engine.readParser(line)) {
                r = engine.read(p, source, at(n), n - 1, line.length);
            }
            if (r.isValid() || isAscii(line)) {
                return new CorpusRecord(n, r);
            }
            Optional<CorpusRecord> notUtf8 = notUtf8(line, n);
            return notUtf8.orElseGet(() -> new CorpusRecord(n, r));
        }
        Optional<CorpusRecord> notUtf8 = isAscii(line) ? Optional.empty() : notUtf8(line, n);
        if (notUtf8.isPresent()) {
            return notUtf8.get();
        }
        String text = new String(line, StandardCharsets.UTF_8);
        if (text.length() > maxLineLength) {
            return tooLong(n);
        }
        try (JsonParser p = engine.readParser(text)) {
            return new CorpusRecord(n, engine.read(p, source, at(n), n - 1, text.length()));
        }
    }

    /** The record's problem if its bytes are not UTF-8. */
    private Optional<CorpusRecord> notUtf8(byte[] line, long n) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            String where = e instanceof MalformedInputException ? firstBadByte(line) : "";
            return Optional.of(new CorpusRecord(
                    n,
                    Result.invalid(List.of(Problem.of(
                            at(n),
                            IoProblems.SYNTAX,
                            "the record is not valid UTF-8" + where + "; save the corpus as UTF-8")))));
        }
    }

    private static boolean isAscii(byte[] line) {
        for (byte b : line) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where decoding first fails, as " (byte N of the line)". */
    private static String firstBadByte(byte[] line) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(line);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(line.length);
        var result = decoder.decode(in, out, true);
        return result.isError() ? " (byte " + (in.position() + 1) + " of the line)" : "";
    }

    private String at(long n) {
        return source.isEmpty() ? "line " + n : source + ":" + n;
    }

    private CorpusRecord tooLong(long n) {
        return new CorpusRecord(
                n,
                Result.invalid(List.of(Problem.of(
                        at(n),
                        IoProblems.LIMIT_EXCEEDED,
                        "the record is longer than the limit of "
                                + engine.limits().maxDocumentLength()
                                + " characters (ReadLimits.maxDocumentLength); it was skipped unread"))));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
