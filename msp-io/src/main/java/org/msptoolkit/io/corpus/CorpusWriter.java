package org.msptoolkit.io.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.internal.Engine;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.SerializationFeature;

/**
 * Writes documents to a corpus one at a time (compact JSON, one document per line), through one
 * Jackson generator. Close it to finish the corpus (a JSON array needs its closing bracket). Not
 * thread-safe.
 *
 * <pre>{@code
 * try (CorpusWriter w = MspCorpus.ndjson().writer(Path.of("corpus.ndjson"))) {
 *     processes.forEach(w::write);
 * }
 * }</pre>
 */
public final class CorpusWriter implements AutoCloseable {
    private final JsonGenerator out;
    private final CorpusFormat format;
    private long written;
    private boolean closed;

    CorpusWriter(Writer out, Engine engine, CorpusFormat format) {
        this.format = format;
        this.out = engine.mapper()
                .writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .with(new Layout())
                .createGenerator(out);
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
        var tree = Engine.tree(document);
        try {
            if (format == CorpusFormat.JSON_ARRAY) {
                if (written == 0) {
                    out.writeStartArray();
                }
                out.writeTree(tree);
            } else {
                out.writeTree(tree);
                out.writeRaw('\n');
            }
        } catch (JacksonException e) {
            throw failure("cannot write corpus record " + (written + 1), e);
        }
        written++;
        return this;
    }

    private static UncheckedIOException failure(String message, JacksonException e) {
        return new UncheckedIOException(message, e.getCause() instanceof IOException io ? io : new IOException(e));
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

    /**
     * Returns how many documents were written.
     *
     * @return how many documents were written
     */
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
                if (written == 0) {
                    out.writeStartArray();
                }
                out.writeEndArray();
                out.writeRaw('\n');
            }
            out.close();
        } catch (JacksonException e) {
            throw failure("cannot finish the corpus", e);
        }
    }

    /**
     * Compact JSON for each record; the array of a JSON-array corpus with one record a line:
     * {@code [}, a line break, the records separated by a comma and a line break, a line break and
     * {@code ]} ({@code []} when empty). Nothing between root values: NDJSON writes its own line ends.
     */
    private static final class Layout extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Layout() {
            super("");
        }

        private static boolean corpusArray(JsonGenerator g) {
            return g.streamWriteContext().getNestingDepth() == 1;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (corpusArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(corpusArray(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) {
            g.writeRaw(corpusArray(g) && nrOfValues > 0 ? "\n]" : "]");
        }
    }
}
