package org.msptoolkit.io.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Objects;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.corpus.CorpusFormat;
import org.msptoolkit.io.corpus.MspCorpus;

/** Opens the record source of a corpus format (for readers and for corpus evaluation). Internal. */
public final class RecordSources {
    private RecordSources() {}

    /**
     * The records of a corpus, each read (and mapped) when asked for.
     *
     * @param corpus the format, leniency and limits
     * @param in the bytes
     * @param source a name for locations
     * @return the source; close it
     */
    public static RecordSource open(MspCorpus corpus, InputStream in, String source) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        ReadLimits limits = corpus.limits();
        Engine perRecord = new Engine(Syntax.JSON, limits, corpus.isLenient());
        if (corpus.format() == CorpusFormat.NDJSON) {
            return new NdjsonSource(in, perRecord, source, limits.maxDocumentLength());
        }
        Engine streaming = new Engine(Syntax.JSON, limits.withMaxDocumentLength(Long.MAX_VALUE), corpus.isLenient());
        return new JsonArraySource(new BufferedInputStream(in), streaming, perRecord, source);
    }
}
