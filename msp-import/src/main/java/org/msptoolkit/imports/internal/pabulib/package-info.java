/**
 * Internal: the Pabulib importer ({@code .pb} reading, winner recomputation by greedy and the Method
 * of Equal Shares, voter breakdowns). Provided through the {@link org.msptoolkit.imports.Importer} SPI.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.imports.internal.pabulib;
