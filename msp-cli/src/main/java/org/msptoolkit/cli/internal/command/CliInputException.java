package org.msptoolkit.cli.internal.command;

/**
 * An input the command cannot start from (a missing file, an unknown framework): reported as one
 * line on standard error with exit code {@link org.msptoolkit.cli.Msp#USAGE}.
 */
public final class CliInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file or value
     */
    public CliInputException(String message) {
        super(message);
    }
}
