package org.msptoolkit.cli.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msp convert IN OUT}: YAML, JSON and NDJSON to one another, chosen by the file extensions. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert MSP files between YAML, JSON and NDJSON.",
            "The formats follow the extensions: .yaml/.yml, .json, .ndjson (a corpus).",
            "The input is read and checked first; nothing is written if it has problems.",
            "A YAML or JSON file holds one process: to convert a corpus of several, write .ndjson."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:converted",
            "1:the input has problems (printed); nothing written",
            "2:usage error or a file that cannot be read or written"
        })
public final class ConvertCommand extends MspCommand {
    @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced if it exists).")
    private Path out;

    @Option(names = "--lenient", description = "Keep unknown fields (as x- extensions) instead of reporting them.")
    private boolean lenient;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public ConvertCommand() {}

    @Override
    protected int execute() throws Exception {
        Inputs.checkExtension(out);
        Inputs.Loaded loaded = Inputs.read(in, lenient);
        if (loaded.isUnreadable()) {
            throw new CliInputException(ValidateCommand.line(loaded.problems().get(0)));
        }
        if (!loaded.isValid()) {
            err().println(in + ": " + ValidateCommand.count(loaded.problems().size(), "problem") + "; nothing written");
            loaded.problems().forEach(p -> err().println("  " + ValidateCommand.line(p)));
            return Msp.FINDINGS;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Inputs.isCorpus(out)) {
            try (CorpusWriter w = MspCorpus.ndjson().writer(out)) {
                for (MspDocument d : loaded.documents()) {
                    w.write(d);
                }
            }
        } else {
            if (loaded.documents().size() != 1) {
                throw new CliInputException(out + " holds one process, but " + in + " has "
                        + loaded.documents().size() + ": write to a .ndjson file instead");
            }
            MspFormat.forPath(out).write(loaded.documents().get(0), out);
        }
        err().println("Wrote " + out + " ("
                + ValidateCommand.count(loaded.documents().size(), "process") + ")");
        return Msp.OK;
    }
}
