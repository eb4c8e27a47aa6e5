package org.msptoolkit.store;

import java.time.Instant;
import org.msptoolkit.core.model.ProcessId;

/**
 * One stored revision of a process: who stored it, when, and why.
 *
 * @param process the process
 * @param number the revision number, 1 for the first put, then 2, 3, … without gaps
 * @param author who stored it
 * @param at when it was stored
 * @param message why, in a short message
 * @since 0.2.0
 */
public record Revision(ProcessId process, int number, String author, Instant at, String message) {

    /** Checks the components. */
    public Revision {
        if (number < 1) {
            throw new IllegalArgumentException("revision numbers start at 1, got " + number);
        }
    }

    @Override
    public String toString() {
        return process.value() + "@" + number + " by " + author + " at " + at + ": " + message;
    }
}
