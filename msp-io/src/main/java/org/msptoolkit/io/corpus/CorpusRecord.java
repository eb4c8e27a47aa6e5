package org.msptoolkit.io.corpus;

import java.util.Objects;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.MspDocument;

/**
 * One record of a corpus and what reading it gave.
 *
 * @param line the line the record starts on (1-based)
 * @param result the document, or the record's problems (located at {@code source:line})
 */
public record CorpusRecord(long line, Result<MspDocument> result) {
    /** Checks the components. */
    public CorpusRecord {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, got " + line);
        }
        Objects.requireNonNull(result, "result");
    }
}
