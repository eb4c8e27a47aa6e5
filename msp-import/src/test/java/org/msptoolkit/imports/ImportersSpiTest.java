package org.msptoolkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The built-in importers are found through the SPI. */
class ImportersSpiTest {
    @Test
    void builtInImportersAreFoundByName() {
        assertThat(Imports.importers())
                .extracting(Importer::source)
                .containsExactly("pabulib", "participedia", "polis", "popolo");
        assertThat(Imports.find("decidim")).isEmpty();
        assertThat(Imports.version()).isNotBlank();
    }
}
