/**
 * Importing real records as MSP processes: the {@link org.msptoolkit.imports.Importer} SPI a source
 * implements, the {@link org.msptoolkit.imports.ImportSink} it reports to, the
 * {@link org.msptoolkit.imports.Provenance} every imported process carries (as the
 * {@code x-provenance} extension) and {@link org.msptoolkit.imports.Imports}, which finds importers
 * and runs them over files and folders with a {@link org.msptoolkit.imports.ImportSummary}.
 *
 * @since 0.2.0
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.imports;
