/**
 * Benchmarks of composite indicators on a synthetic COINr-sized index of units, indicators and pillars.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.composite;
