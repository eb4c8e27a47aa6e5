package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example files bundled at the repository root ({@code examples/}), which the tests run on. */
final class Examples {
    static final Path DIR = Path.of("..", "examples");

    private Examples() {}

    /**
     * @param name a file name in {@code examples/}
     * @return its path, checked to exist
     */
    static Path file(String name) {
        Path p = DIR.resolve(name);
        assertThat(p).as("bundled example").isRegularFile();
        return p;
    }

    /** @return every bundled process example ({@code *.yaml} except charters) */
    static List<Path> processes() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")
                            && !p.getFileName().toString().contains("charter"))
                    .sorted()
                    .toList();
        }
    }
}
