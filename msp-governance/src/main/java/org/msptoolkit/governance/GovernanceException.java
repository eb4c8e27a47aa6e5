package org.msptoolkit.governance;

import org.msptoolkit.core.MspException;

/** A failure in governance: an unusable charter, conflicting rule kinds, or an impossible procedure. */
public class GovernanceException extends MspException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a governance failure with a message.
     *
     * @param message what went wrong, in plain words
     */
    public GovernanceException(String message) {
        super(message);
    }

    /**
     * Creates a governance failure with a message and the failure that caused it.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public GovernanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
