package org.msptoolkit.io.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.io.corpus.CorpusRecord;

/** Yields the records of a corpus one at a time. Internal. */
public interface RecordSource extends AutoCloseable {
    /**
     * The next record.
     *
     * @return the record, or {@code null} at the end
     */
    @Nullable
    CorpusRecord next();

    /**
     * The next record as work still to do: the caller's thread only finds where the record is, and
     * whoever calls the supplier (e.g. a worker thread) reads it. A source that cannot split finding
     * from reading reads the record here.
     *
     * @return the deferred record, or {@code null} at the end
     */
    default @Nullable Supplier<CorpusRecord> nextDeferred() {
        CorpusRecord r = next();
        return r == null ? null : () -> r;
    }

    /** Releases the input. */
    @Override
    void close();
}
