package org.msptoolkit.core;

/**
 * Root of every unchecked exception that msp-toolkit throws for a failure in the MSP domain,
 * for example a process that does not validate or a file that cannot be read.
 *
 * <p>Mistakes in calling the API are reported with the JDK's exceptions instead: a {@code null}
 * argument with a {@link NullPointerException} whose message is the parameter's name (as
 * {@link java.util.Objects#requireNonNull(Object, String)} gives), a malformed argument with an
 * {@link IllegalArgumentException} naming the argument and the value.
 */
public class MspException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message a practitioner can read.
     *
     * @param message what went wrong, in plain words
     */
    public MspException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong, in plain words
     * @param cause the underlying failure
     */
    public MspException(String message, Throwable cause) {
        super(message, cause);
    }
}
