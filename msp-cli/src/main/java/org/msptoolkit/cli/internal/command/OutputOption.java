package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code -o, --output OUT} option of the commands that write one result: a file instead of
 * standard output (see {@link MspCommand#emit}). A picocli mixin.
 */
public final class OutputOption {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write to OUT instead of standard output.")
    private Optional<Path> output = Optional.empty();

    /** Creates the option; picocli calls it. */
    public OutputOption() {}

    /**
     * Returns the file to write, or empty for standard output.
     *
     * @return the file to write, or empty for standard output
     */
    Optional<Path> file() {
        return output;
    }
}
