package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.List;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.core.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msp validate FILE...}: reads MSP files and reports every problem with its location. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check MSP files against format v1 and the domain rules.",
            "Reads .yaml, .yml, .json files and .ndjson corpora.",
            "Prints every problem with its location: file:line:column for syntax, a JSON pointer for data."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:problems were found", "2:usage error or a file that cannot be read"
        })
public final class ValidateCommand extends MspCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "MSP files to check.")
    private List<Path> files;

    @Option(names = "--lenient", description = "Keep unknown fields instead of reporting them.")
    private boolean lenient;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only the problems, not a line per valid file.")
    private boolean quiet;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public ValidateCommand() {}

    @Override
    protected int execute() {
        boolean unreadable = false;
        long invalid = 0;
        long problemCount = 0;
        for (Path file : files) {
            Inputs.Loaded loaded;
            try {
                loaded = Inputs.read(file, lenient);
            } catch (CliInputException | IllegalArgumentException e) {
                err().println("msp validate: " + e.getMessage());
                unreadable = true;
                continue;
            }
            if (loaded.isUnreadable()) {
                loaded.problems().forEach(p -> err().println("msp validate: " + line(p)));
                unreadable = true;
                continue;
            }
            if (loaded.isValid()) {
                if (!quiet) {
                    out().println(file + ": valid (" + describe(loaded) + ")");
                }
            } else {
                invalid++;
                problemCount += loaded.problems().size();
                out().println(file + ": " + count(loaded.problems().size(), "problem")
                        + (Inputs.isCorpus(file)
                                ? " in "
                                        + count(
                                                loaded.records()
                                                        - loaded.documents().size(),
                                                "record") + " of " + loaded.records()
                                : ""));
                loaded.problems().forEach(p -> out().println("  " + line(p)));
            }
        }
        if (files.size() > 1 && !quiet) {
            out().println(files.size() + " files: " + (files.size() - invalid) + " valid"
                    + (invalid == 0 ? "" : ", " + invalid + " with " + count(problemCount, "problem")));
        }
        if (unreadable) {
            return Msp.USAGE;
        }
        return invalid > 0 ? Msp.FINDINGS : Msp.OK;
    }

    private static String describe(Inputs.Loaded loaded) {
        if (Inputs.isCorpus(loaded.file())) {
            return count(loaded.documents().size(), "process");
        }
        var p = loaded.documents().get(0).process();
        return "process " + p.id() + " \"" + p.title() + "\", "
                + count(p.stakeholders().size(), "stakeholder");
    }

    static String line(Problem p) {
        return (p.location().isEmpty() ? "" : p.location() + ": ") + p.message() + " [" + p.code() + "]";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }
}
