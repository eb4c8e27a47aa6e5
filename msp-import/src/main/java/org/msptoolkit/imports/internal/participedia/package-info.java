/**
 * Internal: the Participedia importer (case records from the 2018 JSON dump and the 2017 CSV export).
 * Provided through the {@link org.msptoolkit.imports.Importer} SPI.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.imports.internal.participedia;
