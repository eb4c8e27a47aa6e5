/**
 * Benchmarks and timing aids of qualitative comparative analysis (QCA) on benchmark truth tables.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.qca;
