/**
 * Seeded, streaming generators of realistic corpora of process records, for benchmarks and
 * scale tests: {@link org.msptoolkit.testkit.corpus.CorpusGenerator} makes process {@code i} of a corpus
 * on demand, with sizes drawn from a skewed {@link org.msptoolkit.testkit.corpus.CorpusShape}
 * (log-uniform by default); {@link org.msptoolkit.testkit.corpus.ProcessShape} is the exact size of one
 * process.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.testkit.corpus;
