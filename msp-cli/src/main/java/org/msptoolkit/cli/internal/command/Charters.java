package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.CharterCodec;
import org.msptoolkit.governance.CharterReadResult;

/** Reads charter files for {@code msp check} and {@code msp evaluate --charter}. */
final class Charters {
    private Charters() {
    }

    /**
     * Reads a charter file, reporting every problem at once.
     *
     * @param file a YAML or JSON charter
     * @return the charter
     * @throws CliInputException listing every problem
     */
    static Charter read(Path file) {
        CharterReadResult r = CharterCodec.fromTree(TreeFiles.read(file, "charter"));
        if (!r.isValid()) {
            throw new CliInputException(TreeFiles.problems(file, "charter", r.problems()));
        }
        return r.orElseThrow();
    }
}
