package org.msptoolkit.testkit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the third-party data sets that sit beside a clone of msp-toolkit in {@code ../shared/data}
 * (Participedia, Polis, Pabulib, COINr's ASEM example, QCA's published data…). A user's clone may not
 * have them, so tests that use them must skip cleanly:
 *
 * <pre>{@code
 * Path asem = SharedData.require("coinr-asem/ASEM_iData.csv");   // skips the test when absent
 * Optional<Path> maybe = SharedData.find("qca/LF.csv");
 * }</pre>
 *
 * The folder is found from the system property {@code msp.shared.data}, the environment variable
 * {@code MSP_SHARED_DATA}, or by walking up from the working directory to a directory that has a
 * sibling {@code shared/data}.
 *
 * <p>Internal: not part of the API (its package is not exported); msp-toolkit's own tests use it on
 * the class path.
 */
public final class SharedData {
    private SharedData() {}

    /**
     * The shared data folder, if it can be found.
     *
     * @return the {@code shared/data} directory, or empty
     */
    public static Optional<Path> root() {
        String configured = System.getProperty("msp.shared.data", System.getenv("MSP_SHARED_DATA"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * A file or folder inside the shared data, if present.
     *
     * @param relative e.g. {@code "coinr-asem/ASEM_iData.csv"}
     * @return the path, or empty when the shared data or that entry is absent
     */
    public static Optional<Path> find(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }

    /**
     * A file or folder inside the shared data; aborts (skips) the calling JUnit test when absent.
     *
     * @param relative e.g. {@code "qca/LF.csv"}
     * @return the path
     */
    public static Path require(String relative) {
        Optional<Path> p = find(relative);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                p.isPresent(),
                () -> "shared data '" + relative + "' not found beside this clone (../shared/data); skipping");
        return p.orElseThrow();
    }
}
