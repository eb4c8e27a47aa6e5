/**
 * Benchmarks of reading, validating and evaluating a corpus of MSP processes end to end.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.corpus;
