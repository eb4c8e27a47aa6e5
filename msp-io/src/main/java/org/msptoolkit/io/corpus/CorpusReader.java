package org.msptoolkit.io.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspReadException;
import org.msptoolkit.io.internal.RecordSource;

/**
 * Reads the documents of one corpus lazily, one record at a time: memory is bounded by the largest
 * record, not the file. Not thread-safe; read it once, then {@link #close()} it (closing a stream it
 * gave also closes it).
 *
 * <pre>{@code
 * try (CorpusReader r = MspCorpus.ndjson().onError(OnError.SKIP).open(Path.of("corpus.ndjson"))) {
 *     long n = r.processes().filter(p -> p.scope().levels().contains(Level.LOCAL)).count();
 *     r.problems().forEach(System.err::println);   // every skipped record, with its line
 * }
 * }</pre>
 */
public final class CorpusReader implements AutoCloseable, Iterable<MspDocument> {
    private final RecordSource source;
    private final OnError onError;
    private final List<Problem> problems = new ArrayList<>();
    private long good;
    private long bad;
    private boolean used;

    CorpusReader(RecordSource source, OnError onError) {
        this.source = source;
        this.onError = onError;
    }

    /**
     * Every record with what reading it gave, good or bad, whatever the {@link OnError} policy.
     *
     * @return a lazy, ordered stream; closing it closes this reader
     */
    public Stream<CorpusRecord> records() {
        claim();
        Iterator<CorpusRecord> it = new Iterator<>() {
            private @Nullable CorpusRecord next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = source.next();
                }
                return next != null;
            }

            @Override
            public CorpusRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CorpusRecord r = java.util.Objects.requireNonNull(next);
                next = null;
                if (r.result().isValid()) {
                    good++;
                } else {
                    bad++;
                }
                return r;
            }
        };
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /**
     * The documents, applying the {@link OnError} policy to bad records.
     *
     * @return a lazy, ordered stream; closing it closes this reader
     * @throws MspReadException (from the stream) at the first bad record under {@link OnError#STOP}
     */
    public Stream<MspDocument> documents() {
        return records().flatMap(r -> {
            if (r.result().isValid()) {
                return Stream.of(r.result().orElseThrow());
            }
            if (onError == OnError.STOP) {
                throw new MspReadException(r.result().problems());
            }
            problems.addAll(r.result().problems());
            return Stream.empty();
        });
    }

    /**
     * The processes (extension fields are left out; use {@link #documents()} to keep them).
     *
     * @return a lazy, ordered stream; closing it closes this reader
     */
    public Stream<MspProcess> processes() {
        return documents().map(MspDocument::process);
    }

    /**
     * Returns an iterator over {@link #documents()}.
     *
     * @return an iterator over {@link #documents()}
     */
    @Override
    public Iterator<MspDocument> iterator() {
        return documents().iterator();
    }

    /**
     * Returns the problems of the records skipped so far, in order (only under {@link OnError#SKIP}).
     *
     * @return the problems of the records skipped so far, in order (only under {@link OnError#SKIP})
     */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Returns how many records were read successfully so far.
     *
     * @return how many records were read successfully so far
     */
    public long goodRecords() {
        return good;
    }

    /**
     * Returns how many records could not be read so far.
     *
     * @return how many records could not be read so far
     */
    public long badRecords() {
        return bad;
    }

    private void claim() {
        if (used) {
            throw new IllegalStateException("a corpus reader can be read once; open the corpus again");
        }
        used = true;
    }

    /** Closes the underlying input. */
    @Override
    public void close() {
        source.close();
    }

    @Override
    public String toString() {
        return "CorpusReader[" + onError + ", " + good + " read, " + bad + " bad]";
    }
}
