package org.msptoolkit.learning.qca;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The committed copies of QCA's Lipset tables ({@code src/test/resources/qca/}, see its README). */
final class Lipset {
    private Lipset() {}

    /** @param name e.g. {@code "LC.csv"} @return the committed file */
    static Path path(String name) {
        URL url = Lipset.class.getResource("/qca/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource qca/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param name e.g. {@code "LC.csv"} @return the committed table */
    static CaseTable table(String name) {
        return CaseTable.readCsv(path(name));
    }
}
