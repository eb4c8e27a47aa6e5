/**
 * Benchmarks of reading and writing MSP process documents as JSON, YAML and NDJSON.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.io;
