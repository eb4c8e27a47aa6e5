package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MspTest {
    @Test
    void versionPrintsTheBuildVersionAndExitsZero() throws Exception {
        Run run = Run.msp("--version");
        assertThat(run.exit()).as(run.toString()).isZero();
        String pomVersion = projectVersionFromPom();
        assertThat(run.out())
                .startsWith("msp " + pomVersion + System.lineSeparator())
                .contains("Java ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Run run = Run.msp("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: msp", "completion", "Exit codes:", "2", "usage error");
    }

    @Test
    void everySubcommandHasHelp() {
        CommandLine cl = Msp.commandLine();
        assertThat(cl.getSubcommands()).isNotEmpty();
        for (String name : cl.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            Run run = Run.msp(name, "--help");
            assertThat(run.exit()).as(name + ": " + run).isZero();
            assertThat(run.out()).as(name).contains("Usage: msp " + name);
        }
    }

    @Test
    void helpCommandShowsASubcommandsUsage() {
        Run run = Run.msp("help", "completion");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: msp completion");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.msp();
        assertThat(run.exit()).isEqualTo(Msp.USAGE);
        assertThat(run.err()).contains("Missing command", "Usage: msp");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionOrCommandIsAUsageError() {
        assertThat(Run.msp("--frobnicate").exit()).isEqualTo(2);
        Run run = Run.msp("frobnicate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void completionPrintsABashScriptCoveringTheCommands() {
        Run run = Run.msp("completion");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_msp", "completion", "--version", "--help");
    }

    /** Reads the version from the pom independently of the resource filtering under test. */
    private static String projectVersionFromPom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int parent = pom.indexOf("<parent>");
        int start = pom.indexOf("<version>", parent) + "<version>".length();
        return pom.substring(start, pom.indexOf("</version>", start));
    }
}
