/**
 * Corpora of many MSP documents: NDJSON (one document per line) and JSON arrays, read lazily as a
 * {@link java.util.stream.Stream} with memory bounded by the largest record, and written one record
 * at a time. Start with {@link org.msptoolkit.io.corpus.MspCorpus}.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.io.corpus;
