package org.msptoolkit.cli;

import org.msptoolkit.cli.internal.command.CheckCommand;
import org.msptoolkit.cli.internal.command.CompareCommand;
import org.msptoolkit.cli.internal.command.CompletionCommand;
import org.msptoolkit.cli.internal.command.ConvertCommand;
import org.msptoolkit.cli.internal.command.EvaluateCommand;
import org.msptoolkit.cli.internal.command.ImportCommand;
import org.msptoolkit.cli.internal.command.IndexCommand;
import org.msptoolkit.cli.internal.command.LearnCommand;
import org.msptoolkit.cli.internal.command.MspVersion;
import org.msptoolkit.cli.internal.command.NetworkCommand;
import org.msptoolkit.cli.internal.command.SchemaCommand;
import org.msptoolkit.cli.internal.command.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code msp} command: validate, evaluate, check, compare and index multi-stakeholder processes
 * (MSPs) from the shell.
 *
 * <p>Exit codes: {@value #OK} when the job was done and nothing was wrong, {@value #FINDINGS} when
 * it was done and found problems (an invalid file, a violated charter rule), {@value #USAGE} for a
 * usage error or a file that cannot be read. Every command writes only to the {@code PrintWriter}s
 * of its {@link CommandLine}, so it can run in-process:
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * int exit = new CommandLine(new Msp()).setOut(new PrintWriter(out)).execute("--version");
 * }</pre>
 */
@Command(
        name = "msp",
        mixinStandardHelpOptions = true,
        versionProvider = MspVersion.class,
        description = "Design, govern and evaluate multi-stakeholder processes (MSPs) for sustainable development.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            ValidateCommand.class,
            EvaluateCommand.class,
            CheckCommand.class,
            CompareCommand.class,
            IndexCommand.class,
            LearnCommand.class,
            NetworkCommand.class,
            ConvertCommand.class,
            ImportCommand.class,
            SchemaCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done; nothing wrong was found",
            "1:done; problems were found (invalid file, violated charter rule, ...)",
            "2:usage error, or a file that cannot be read"
        },
        footer = {"", "Run 'msp help COMMAND' for a command's options. Reference: docs/cli.md"})
public final class Msp implements Runnable {
    /** Exit code: the job was done and nothing was wrong. */
    public static final int OK = 0;
    /** Exit code: the job was done and problems were found (invalid data, a violated rule). */
    public static final int FINDINGS = 1;
    /** Exit code: a usage error or a file that cannot be read; the job was not done. */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    /** Creates the top-level command; wrap it in a {@link CommandLine} to run it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public Msp() {}

    /** Without a subcommand, prints the usage help (to standard error) and fails with a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "Missing command: choose one of "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * A command line for {@code msp}, ready to {@link CommandLine#execute(String...) execute}.
     *
     * @return a new command line writing to standard output and standard error
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Msp());
    }

    /**
     * Runs {@code msp} and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
