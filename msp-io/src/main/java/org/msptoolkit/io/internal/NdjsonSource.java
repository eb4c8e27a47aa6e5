package org.msptoolkit.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.ReadResult;
import org.msptoolkit.io.corpus.CorpusRecord;

/** Records of an NDJSON corpus: one document per non-blank line. Internal. */
public final class NdjsonSource implements RecordSource {
    private final Reader in;
    private final BoundedLineReader lines;
    private final Engine engine;
    private final String source;

    /**
     * @param in the text, closed by {@link #close()}
     * @param engine a JSON engine whose limits apply to each line
     * @param source a name for locations
     * @param maxLineLength the longest line read
     */
    public NdjsonSource(Reader in, Engine engine, String source, long maxLineLength) {
        this.in = in;
        this.lines = new BoundedLineReader(in, maxLineLength);
        this.engine = engine;
        this.source = source;
    }

    @Override
    public CorpusRecord next() {
        Supplier<CorpusRecord> r = nextDeferred();
        return r == null ? null : r.get();
    }

    /** Splits off the next non-blank line; reading it is left to the supplier, which any thread may call. */
    @Override
    public Supplier<CorpusRecord> nextDeferred() {
        try {
            while (true) {
                String line = lines.readLine();
                if (line == null) {
                    return null;
                }
                long n = lines.lineNumber();
                if (line == BoundedLineReader.TOO_LONG) {
                    return () -> tooLong(n);
                }
                if (!line.isBlank()) {
                    return () -> new CorpusRecord(n, read(line, at(n)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private String at(long n) {
        return source.isEmpty() ? "line " + n : source + ":" + n;
    }

    private CorpusRecord tooLong(long n) {
        return new CorpusRecord(n, ReadResult.invalid(List.of(Problem.of(at(n), IoProblems.LIMIT_EXCEEDED,
                "the record is longer than the limit of " + engine.limits().maxDocumentLength()
                        + " characters (ReadLimits.maxDocumentLength); it was skipped unread"))));
    }

    private ReadResult<MspDocument> read(String line, String at) {
        Optional<ReadResult<MspDocument>> fast = engine.readStreaming(line, at);
        if (fast.isPresent()) {
            return fast.get();
        }
        Engine.Parsed parsed = engine.parse(new StringReader(line), "");
        if (parsed.tree() == null) {
            // the parse location is line 1 of the record; report the corpus line and the column
            return ReadResult.invalid(parsed.problems().stream().map(p -> Problem.of(
                    at + column(p.location()), p.code(), p.message())).toList());
        }
        return engine.read(parsed.tree(), at);
    }

    private static String column(String lineColumn) {
        int colon = lineColumn.indexOf(':');
        return colon < 0 ? "" : lineColumn.substring(colon);
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
