package org.msptoolkit.io.governance;

import java.nio.file.Path;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.governance.Charter;

/**
 * Reads and writes charter and policy files by file name: {@code .json} as JSON, {@code .yaml} or
 * {@code .yml} as YAML, with the standard rule kinds and default limits. For other settings use
 * {@link CharterFormat}.
 *
 * <pre>{@code
 * Charter fsc = CharterFiles.read(Path.of("examples/charters/fsc-general-assembly.yaml")).orElseThrow();
 * CharterFiles.write(Path.of("/tmp/fsc-charter.json"), fsc);
 * }</pre>
 */
public final class CharterFiles {
    private CharterFiles() {}

    /**
     * Reads a charter.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the charter, or every problem, located in the file
     */
    public static Result<Charter> read(Path file) {
        return CharterFormat.forPath(file).read(file);
    }

    /**
     * Writes a charter in the syntax its file name says, replacing the file.
     *
     * @param file the file
     * @param charter the charter
     */
    public static void write(Path file, Charter charter) {
        CharterFormat.forPath(file).write(charter, file);
    }
}
