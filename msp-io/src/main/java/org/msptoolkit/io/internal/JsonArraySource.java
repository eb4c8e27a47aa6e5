package org.msptoolkit.io.internal;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.corpus.CorpusRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Records of a JSON-array corpus, read element by element from one streaming parser, so that only
 * a few elements are in memory at a time; each element is mapped on the caller's thread and
 * validated by whoever calls the supplier of {@link #nextDeferred()}. Problems are at the record's
 * line with the line and column of the file. A syntax error ends the corpus: there is no safe
 * place to resume. Internal.
 */
public final class JsonArraySource implements RecordSource {
    private final JsonParser parser;
    private final Engine engine;
    private final String source;
    private boolean started;
    private boolean done;

    /**
     * The elements of a JSON-array corpus, one record each.
     *
     * @param in the bytes, closed by {@link #close()}
     * @param streaming a JSON engine without a whole-document length limit
     * @param perRecord the engine whose limits and reading apply to each element
     * @param source a name for locations
     */
    public JsonArraySource(InputStream in, Engine streaming, Engine perRecord, String source) {
        this.parser = streaming.readParser(in);
        this.engine = perRecord;
        this.source = source;
    }

    @Override
    public @Nullable CorpusRecord next() {
        Supplier<CorpusRecord> r = nextDeferred();
        return r == null ? null : r.get();
    }

    /**
     * Maps the next element on the caller's thread (the one parser sees the whole array, so syntax
     * errors end the corpus where they are); validating it is left to the supplier, which any
     * thread may call.
     */
    @Override
    public @Nullable Supplier<CorpusRecord> nextDeferred() {
        if (done) {
            return null;
        }
        long line = 1;
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    done = true;
                    CorpusRecord wrong = new CorpusRecord(
                            1,
                            Result.invalid(List.of(Problem.of(
                                    Errors.location(source, parser.currentTokenLocation()),
                                    IoProblems.WRONG_TYPE,
                                    "a JSON-array corpus must start with '[', got "
                                            + (first == null ? "nothing" : first)))));
                    return () -> wrong;
                }
            }
            JsonToken t = parser.nextToken();
            line = Math.max(1, parser.currentTokenLocation().getLineNr());
            if (t == JsonToken.END_ARRAY || t == null) {
                done = true;
                if (t == null) {
                    CorpusRecord truncated = new CorpusRecord(
                            line,
                            Result.invalid(List.of(Problem.of(
                                    Errors.location(source, parser.currentLocation()),
                                    IoProblems.SYNTAX,
                                    "the corpus ends without ']' (truncated?)"))));
                    return () -> truncated;
                }
                return trailing();
            }
            long startOffset = offset(parser.currentTokenLocation());
            ProcessReader.Read<org.msptoolkit.core.model.MspProcess> read = engine.readDocument(parser);
            long length = offset(parser.currentLocation()) - startOffset;
            String at = source.isEmpty() ? "line " + line : source + ":" + line;
            long n = line;
            if (startOffset >= 0 && length > engine.limits().maxDocumentLength()) {
                CorpusRecord tooLong = new CorpusRecord(
                        n,
                        Result.invalid(List.of(Problem.of(
                                at,
                                IoProblems.LIMIT_EXCEEDED,
                                "the record is longer than the limit of "
                                        + engine.limits().maxDocumentLength()
                                        + " characters (ReadLimits.maxDocumentLength)"))));
                return () -> tooLong;
            }
            return () -> new CorpusRecord(n, engine.finish(read, at, 0));
        } catch (JacksonException e) {
            done = true;
            CorpusRecord broken = new CorpusRecord(
                    line,
                    Result.invalid(List.of(Errors.problem(e, source, engine.limits(), parser.currentLocation()))));
            return () -> broken;
        }
    }

    /** After the closing ']': nothing but white space, else a located problem (it was ignored). */
    private @Nullable Supplier<CorpusRecord> trailing() {
        String where;
        long line;
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            where = Errors.location(source, parser.currentTokenLocation());
            line = Math.max(1, parser.currentTokenLocation().getLineNr());
        } catch (JacksonException e) {
            where = Errors.location(source, parser.currentLocation());
            line = Math.max(1, parser.currentLocation().getLineNr());
        }
        CorpusRecord after = new CorpusRecord(
                line,
                Result.invalid(List.of(Problem.of(
                        where,
                        IoProblems.SYNTAX,
                        "content after the closing ']' of the corpus; a JSON-array corpus is one array"))));
        return () -> after;
    }

    private static long offset(tools.jackson.core.TokenStreamLocation loc) {
        return loc.getCharOffset() >= 0 ? loc.getCharOffset() : loc.getByteOffset();
    }

    @Override
    public void close() {
        parser.close();
    }
}
