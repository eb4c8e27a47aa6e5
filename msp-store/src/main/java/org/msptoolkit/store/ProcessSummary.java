package org.msptoolkit.store;

import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.model.ProcessId;

/**
 * One row of a hub query: a process's head revision and its counts.
 *
 * @param id the process
 * @param revision its head revision
 * @param title its title
 * @param start the first day of its period, when known
 * @param stakeholders the number of stakeholders
 * @param meetings the number of meetings
 * @param decisions the number of decisions
 * @since 0.2.0
 */
public record ProcessSummary(
        ProcessId id,
        int revision,
        String title,
        Optional<LocalDate> start,
        int stakeholders,
        int meetings,
        int decisions) {

    @Override
    public String toString() {
        return id.value() + "@" + revision + " " + title;
    }
}
