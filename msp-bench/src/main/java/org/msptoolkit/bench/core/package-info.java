/**
 * Benchmarks of generating and validating MSP processes in memory.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.core;
