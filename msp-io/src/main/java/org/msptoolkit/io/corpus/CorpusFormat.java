package org.msptoolkit.io.corpus;

/** How the records of a corpus are laid out. */
public enum CorpusFormat {
    /** Newline-delimited JSON: one compact document per line; blank lines are ignored. */
    NDJSON,
    /** One JSON array whose elements are documents. */
    JSON_ARRAY
}
