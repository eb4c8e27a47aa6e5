package org.msptoolkit.indicators;

import org.msptoolkit.core.internal.Checks;

/**
 * One item of the evidence trail of a measurement: which part of the process model was used and how
 * many values it held, e.g. {@code meetings[*].attendance: 4 (meetings with attendance recorded)}.
 *
 * @param path a model path, e.g. {@code "meetings[*].attendance"}
 * @param count how many values were used
 * @param note what was counted, in plain words
 */
public record Evidence(String path, long count, String note) {
    /** Checks the components. */
    public Evidence {
        Checks.notBlank(path, "evidence path");
        if (count < 0) {
            Checks.argument(false, "evidence count", "be zero or more", count);
        }
        Checks.notNull(note, "evidence note");
    }

    /**
     * Returns the evidence item.
     *
     * @param path model path
     * @param count how many values
     * @param note what was counted
     * @return the evidence item
     */
    public static Evidence of(String path, long count, String note) {
        return new Evidence(path, count, note);
    }

    @Override
    public String toString() {
        return path + ": " + count + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
