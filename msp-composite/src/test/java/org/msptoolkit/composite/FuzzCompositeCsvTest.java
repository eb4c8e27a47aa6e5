package org.msptoolkit.composite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.testkit.Fuzzer;

/**
 * Issue 20, item 11: COINr's iMeta and iData CSV readers fuzzed from the ASEM files; the only allowed
 * outcomes are a value or a {@link CompositeDataException} with located problems, each input within 5 seconds.
 */
class FuzzCompositeCsvTest {
    static final Path DIR = Path.of("src", "test", "resources", "coinr-asem");
    static final int SHORT = 150;

    @TempDir
    Path tmp;

    private Consumer<String> target(String name, java.util.function.Function<Path, ?> read) {
        return s -> {
            Path f = tmp.resolve(name);
            try {
                Files.writeString(f, s, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try {
                read.apply(f);
            } catch (CompositeDataException e) {
                Fuzzer.assertLocated(e.problems());
            }
        };
    }

    @Test
    void fuzzMetadataCsv() throws IOException {
        String meta = Files.readString(DIR.resolve("ASEM_iMeta.csv"));
        System.out.println(Fuzzer.over(List.of(meta, meta.replace(',', ';')), SHORT)
                .run("composite-imeta", target("meta.csv", CompositeCsv::readMeta)));
    }

    @Test
    void fuzzDataCsv() throws IOException {
        IndexStructure s = CompositeCsv.readMeta(DIR.resolve("ASEM_iMeta.csv"));
        String data = Files.readString(DIR.resolve("ASEM_iData.csv"));
        System.out.println(Fuzzer.over(List.of(data), SHORT)
                .run("composite-idata", target("data.csv", f -> CompositeCsv.readData(f, s))));
    }
}
