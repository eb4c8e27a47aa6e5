package org.msptoolkit.governance;

import org.msptoolkit.core.internal.Checks;

/**
 * One finding of a compliance check, the evidence of a violation: where in the process it is and what
 * was compared, in plain words with the numbers, e.g. {@code meetings[2]: notice given 12 working days before the meeting, 20 required}.
 *
 * @param path a model path into the process, e.g. {@code meetings[2].noticeGiven}; empty for the whole process
 * @param message what was found and what the rule requires
 *
 * <p>Named {@code Finding}, not {@code Evidence}: {@code org.msptoolkit.indicators.Evidence} is a
 * different concept, what an indicator counted (path, count, note), not where a rule was broken.
 *
 * @since 0.1.0 (named {@code Evidence} before 0.2.0)
 */
public record Finding(String path, String message) {
    /** Checks the components. */
    public Finding {
        Checks.notNull(path, "path");
        Checks.notBlank(message, "message");
    }

    /**
     * Returns the finding.
     *
     * @param path model path
     * @param message what was found
     * @return the finding
     */
    public static Finding of(String path, String message) {
        return new Finding(path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
