package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.Optional;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.io.MspSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code msp schema}: prints the JSON Schema of MSP format v1. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of MSP format v1 (for editors and other validators).")
public final class SchemaCommand extends MspCommand {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    private Optional<Path> output;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public SchemaCommand() {}

    @Override
    protected int execute() throws Exception {
        String text = MspSchema.text();
        emit(output, text.endsWith("\n") ? text : text + "\n");
        return Msp.OK;
    }
}
