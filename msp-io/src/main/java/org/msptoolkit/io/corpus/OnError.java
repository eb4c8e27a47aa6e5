package org.msptoolkit.io.corpus;

/** What a corpus reader does with a record that cannot be read. */
public enum OnError {
    /** Stop: the stream throws {@link org.msptoolkit.io.MspReadException} with the record's problems. */
    STOP,
    /** Skip the record, keep its problems in {@link CorpusReader#problems()}, and go on. */
    SKIP
}
