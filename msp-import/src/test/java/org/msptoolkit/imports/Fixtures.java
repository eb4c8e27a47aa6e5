package org.msptoolkit.imports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.OnError;

/** Test helpers: the committed fixtures and a run that collects what an import produced. */
final class Fixtures {
    static final ImportContext DAY = new ImportContext(LocalDate.of(2026, 12, 4), "test");

    private Fixtures() {}

    static Path fixture(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record Run(ImportSummary summary, List<MspDocument> documents) {}

    static Run run(String source, OnError onError, Path... inputs) throws IOException {
        List<MspDocument> out = new ArrayList<>();
        Importer importer = Imports.find(source).orElseThrow();
        ImportSummary s = Imports.run(importer, List.of(inputs), DAY, onError, out::add, p -> {});
        return new Run(s, out);
    }
}
