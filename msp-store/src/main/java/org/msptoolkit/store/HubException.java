package org.msptoolkit.store;

import org.msptoolkit.core.MspException;

/**
 * A hub could not do what was asked: its database could not be opened, is not a hub, or failed.
 *
 * @since 0.2.0
 */
public class HubException extends MspException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param message what went wrong, in words a hub owner understands
     */
    public HubException(String message) {
        super(message);
    }

    /**
     * Creates the failure with its cause.
     *
     * @param message what went wrong, in words a hub owner understands
     * @param cause the database failure behind it
     */
    public HubException(String message, Throwable cause) {
        super(message, cause);
    }
}
