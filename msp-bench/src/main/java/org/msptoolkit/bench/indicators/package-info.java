/**
 * Benchmarks of evaluating MSP processes with the built-in indicators of a framework.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.indicators;
