package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.IoProblems;

/**
 * Turns a failed read of a charter or framework file (read by msp-io, with its limits and locations)
 * into one message that lists every problem.
 */
final class ReadFailures {
    private ReadFailures() {}

    /**
     * Returns the value, when the read is valid.
     *
     * @param file the file that was read
     * @param what what it should hold, for messages, e.g. {@code "charter"}
     * @param result the read
     * @param <T> what was read
     * @return the value, when the read is valid
     * @throws CliInputException listing every problem, one per line
     */
    static <T> T orFail(Path file, String what, Result<T> result) {
        if (result.isValid()) {
            return result.orElseThrow();
        }
        boolean syntax = result.problems().stream().anyMatch(p -> p.code().equals(IoProblems.SYNTAX));
        throw new CliInputException(
                message(file, syntax ? "not valid YAML or JSON" : "not a valid " + what, result.problems()));
    }

    /**
     * Returns one message listing every problem, one per line.
     *
     * @param file the file
     * @param headline what is wrong with it as a whole
     * @param problems every problem found in it
     * @return one message listing every problem, one per line
     */
    static String message(Path file, String headline, List<Problem> problems) {
        return file + ": " + headline + ", " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ":"
                + problems.stream()
                        .map(p -> System.lineSeparator() + "  " + p.location() + ": " + p.message() + " [" + p.code()
                                + "]")
                        .collect(Collectors.joining());
    }
}
