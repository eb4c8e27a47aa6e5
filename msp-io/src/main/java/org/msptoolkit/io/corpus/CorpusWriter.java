package org.msptoolkit.io.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.internal.Engine;

/**
 * Writes documents to a corpus one at a time (compact JSON, one document per line). Close it to
 * finish the corpus (a JSON array needs its closing bracket). Not thread-safe.
 *
 * <pre>{@code
 * try (CorpusWriter w = MspCorpus.ndjson().writer(Path.of("corpus.ndjson"))) {
 *     processes.forEach(w::write);
 * }
 * }</pre>
 */
public final class CorpusWriter implements AutoCloseable {
    private final Writer out;
    private final Engine engine;
    private final CorpusFormat format;
    private long written;
    private boolean closed;

    CorpusWriter(Writer out, Engine engine, CorpusFormat format) {
        this.out = out;
        this.engine = engine;
        this.format = format;
    }

    /**
     * Appends a document.
     *
     * @param document the document
     * @return this writer
     */
    public CorpusWriter write(MspDocument document) {
        if (closed) {
            throw new IllegalStateException("the corpus writer is closed");
        }
        String json = engine.compactJson(document);
        try {
            if (format == CorpusFormat.JSON_ARRAY) {
                out.write(written == 0 ? "[\n" : ",\n");
                out.write(json);
            } else {
                out.write(json);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write corpus record " + (written + 1), e);
        }
        written++;
        return this;
    }

    /**
     * Appends a process.
     *
     * @param process the process
     * @return this writer
     */
    public CorpusWriter write(MspProcess process) {
        return write(MspDocument.of(process));
    }

    /** @return how many documents were written */
    public long written() {
        return written;
    }

    /** Finishes the corpus and closes the output. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (format == CorpusFormat.JSON_ARRAY) {
                out.write(written == 0 ? "[]\n" : "\n]\n");
            }
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the corpus", e);
        }
    }
}
