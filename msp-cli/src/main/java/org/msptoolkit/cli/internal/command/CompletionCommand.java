package org.msptoolkit.cli.internal.command;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code msp completion}: prints a bash/zsh completion script for every command and option. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a bash/zsh completion script for msp.",
            "Use: source <(java -jar msp.jar completion)  -- with an 'msp' alias or launcher on the PATH."
        })
public final class CompletionCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public CompletionCommand() {}

    @Override
    public void run() {
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
    }
}
