/**
 * Importers that bring real records into msp-toolkit: participatory-budgeting elections in Pabulib's
 * {@code .pb} format, Polis conversations, Popolo exports and Participedia cases, each becoming an MSP process with provenance, every
 * unmapped source field kept as an {@code x-} extension. A portal adds its own source by implementing
 * {@link org.msptoolkit.imports.Importer} and declaring it with {@code provides}.
 *
 * @since 0.2.0
 */
module org.msptoolkit.imports {
    requires transitive org.msptoolkit.io;
    requires tools.jackson.dataformat.csv;
    requires static org.jspecify;

    exports org.msptoolkit.imports;
    exports org.msptoolkit.imports.pabulib;

    uses org.msptoolkit.imports.Importer;

    provides org.msptoolkit.imports.Importer with
            org.msptoolkit.imports.internal.pabulib.PabulibImporter,
            org.msptoolkit.imports.internal.participedia.ParticipediaImporter,
            org.msptoolkit.imports.internal.polis.PolisImporter,
            org.msptoolkit.imports.internal.popolo.PopoloImporter;
}
