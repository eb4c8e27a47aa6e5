package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.io.governance.CharterFiles;

/** Reads charter files for {@code msp check} and {@code msp evaluate --charter}. */
final class Charters {
    private Charters() {}

    /**
     * Reads a charter file, reporting every problem at once.
     *
     * @param file a YAML or JSON charter
     * @return the charter
     * @throws CliInputException listing every problem
     */
    static Charter read(Path file) {
        return ReadFailures.orFail(file, "charter", CharterFiles.read(MspCommand.readable(file)));
    }
}
