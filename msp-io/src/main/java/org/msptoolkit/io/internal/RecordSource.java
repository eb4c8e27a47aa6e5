package org.msptoolkit.io.internal;

import org.msptoolkit.io.corpus.CorpusRecord;

/** Yields the records of a corpus one at a time. Internal. */
public interface RecordSource extends AutoCloseable {
    /**
     * The next record.
     *
     * @return the record, or {@code null} at the end
     */
    CorpusRecord next();

    /** Releases the input. */
    @Override
    void close();
}
