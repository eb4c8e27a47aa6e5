/**
 * Internal: the Polis importer (a conversation folder of {@code summary.csv}, {@code comments.csv},
 * {@code votes.csv} and {@code participants-votes.csv}). Provided through the
 * {@link org.msptoolkit.imports.Importer} SPI.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.imports.internal.polis;
