/**
 * The {@code msp} command line: validate, evaluate, check, compare and index multi-stakeholder
 * processes from the shell, with reports a person wants to read. Not a library: embed the other
 * modules instead. The shaded {@code msp.jar} is also the one-jar class path for JShell.
 */
module org.msptoolkit.cli {
    requires org.msptoolkit.io;
    requires org.msptoolkit.io.governance;
    requires org.msptoolkit.io.indicators;
    requires org.msptoolkit.learning;
    requires org.msptoolkit.composite;
    requires org.msptoolkit.imports;
    requires org.msptoolkit.network;
    requires transitive info.picocli; // Msp.commandLine() returns a picocli CommandLine
    requires java.xml;
    requires static org.jspecify;

    exports org.msptoolkit.cli;

    // picocli reads and writes the annotated command fields reflectively.
    opens org.msptoolkit.cli to
            info.picocli;
    opens org.msptoolkit.cli.internal.command to
            info.picocli;

    exports org.msptoolkit.cli.internal.command to
            info.picocli;
}
