package org.msptoolkit.io;

import org.msptoolkit.core.MspException;

/**
 * Thrown when an MSP document cannot be written faithfully, e.g. when an extension field is
 * attached to a place that the process no longer has, or when the output cannot be written.
 */
public class MspWriteException extends MspException {
    private static final long serialVersionUID = 1L;

    /**
     * A document that could not be written.
     *
     * @param message what could not be written, and where
     */
    public MspWriteException(String message) {
        super(message);
    }

    /**
     * A document that could not be written because of an underlying failure.
     *
     * @param message what could not be written
     * @param cause the underlying failure
     */
    public MspWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
