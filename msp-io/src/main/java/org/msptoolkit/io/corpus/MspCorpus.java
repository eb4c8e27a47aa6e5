package org.msptoolkit.io.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.RecordSource;
import org.msptoolkit.io.internal.RecordSources;
import org.msptoolkit.io.internal.Syntax;

/**
 * Opens corpora of MSP documents for reading and writing: NDJSON or a JSON array, strict or
 * lenient, with per-record {@link ReadLimits} and a policy for bad records. Immutable.
 *
 * <pre>{@code
 * try (CorpusReader r = MspCorpus.ndjson().onError(OnError.SKIP).open(Path.of("cases.ndjson"))) {
 *     List<String> titles = r.processes().map(MspProcess::title).toList();
 * }
 * }</pre>
 */
public final class MspCorpus {
    private final CorpusFormat format;
    private final boolean lenient;
    private final ReadLimits limits;
    private final OnError onError;

    private MspCorpus(CorpusFormat format, boolean lenient, ReadLimits limits, OnError onError) {
        this.format = format;
        this.lenient = lenient;
        this.limits = limits;
        this.onError = onError;
    }

    /**
     * Returns NDJSON corpora: strict, default limits per record, stop at the first bad record.
     *
     * @return NDJSON corpora: strict, default limits per record, stop at the first bad record
     */
    public static MspCorpus ndjson() {
        return new MspCorpus(CorpusFormat.NDJSON, false, ReadLimits.defaults(), OnError.STOP);
    }

    /**
     * Returns JSON-array corpora: strict, default limits per record, stop at the first bad record.
     *
     * @return JSON-array corpora: strict, default limits per record, stop at the first bad record
     */
    public static MspCorpus jsonArray() {
        return new MspCorpus(CorpusFormat.JSON_ARRAY, false, ReadLimits.defaults(), OnError.STOP);
    }

    /**
     * Returns this corpus format keeping unknown fields of each record.
     *
     * @return this corpus format keeping unknown fields of each record
     */
    public MspCorpus lenient() {
        return new MspCorpus(format, true, limits, onError);
    }

    /**
     * Returns a copy using them.
     *
     * @param value limits for each record
     * @return a copy using them
     */
    public MspCorpus withLimits(ReadLimits value) {
        return new MspCorpus(format, lenient, Objects.requireNonNull(value, "limits"), onError);
    }

    /**
     * Returns a copy with that policy.
     *
     * @param value what to do with a bad record
     * @return a copy with that policy
     */
    public MspCorpus onError(OnError value) {
        return new MspCorpus(format, lenient, limits, Objects.requireNonNull(value, "onError"));
    }

    /**
     * Returns NDJSON or JSON array.
     *
     * @return NDJSON or JSON array
     */
    public CorpusFormat format() {
        return format;
    }

    /**
     * Whether unknown fields are kept (see {@link #lenient()}).
     *
     * @return {@code true} when lenient
     * @since 0.2.0
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * The bounds on each record.
     *
     * @return the limits
     * @since 0.2.0
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Opens a corpus file.
     *
     * @param file the file
     * @return a reader; close it
     * @throws UncheckedIOException if the file cannot be opened
     */
    public CorpusReader open(Path file) {
        try {
            return open(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open corpus " + file, e);
        }
    }

    /**
     * Opens a corpus from a stream of UTF-8 bytes, which the reader closes.
     *
     * @param in the bytes
     * @param source a name for problem locations, e.g. a file name
     * @return a reader; close it
     */
    public CorpusReader open(InputStream in, String source) {
        return new CorpusReader(records(in, source), onError);
    }

    /** The records of a corpus from a stream of UTF-8 bytes, which closing the source closes. */
    RecordSource records(InputStream in, String source) {
        return RecordSources.open(this, in, source);
    }

    /**
     * Starts writing a corpus file, replacing it.
     *
     * @param file the file
     * @return a writer; close it to finish the corpus
     */
    public CorpusWriter writer(Path file) {
        try {
            return writer(Files.newOutputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create corpus " + file, e);
        }
    }

    /**
     * Starts writing a corpus to a stream (UTF-8), which the writer closes.
     *
     * @param out the stream
     * @return a writer; close it to finish the corpus
     */
    public CorpusWriter writer(OutputStream out) {
        return new CorpusWriter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                new Engine(Syntax.JSON, limits, lenient),
                format);
    }

    @Override
    public String toString() {
        return "MspCorpus[" + format + ", " + (lenient ? "lenient" : "strict") + ", " + onError + "]";
    }
}
