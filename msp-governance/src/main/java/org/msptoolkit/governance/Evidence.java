package org.msptoolkit.governance;

import org.msptoolkit.core.internal.Checks;

/**
 * One piece of evidence for a violation: where in the process it is and what was compared, in plain
 * words with the numbers, e.g. {@code meetings[2]: notice given 12 working days before the meeting, 20 required}.
 *
 * @param path a model path into the process, e.g. {@code meetings[2].noticeGiven}; empty for the whole process
 * @param message what was found and what the rule requires
 */
public record Evidence(String path, String message) {
    /** Checks the components. */
    public Evidence {
        Checks.notNull(path, "evidence path");
        Checks.notBlank(message, "evidence message");
    }

    /**
     * @param path model path
     * @param message what was found
     * @return the evidence
     */
    public static Evidence of(String path, String message) {
        return new Evidence(path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
