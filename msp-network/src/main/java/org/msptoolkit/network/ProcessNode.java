package org.msptoolkit.network;

import java.util.Optional;
import java.util.Set;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;

/**
 * A process as a node: its id, title and scope (sectors, levels, countries) and period. Two process nodes
 * are equal when their process ids are equal.
 *
 * @param processId the process id
 * @param title the title
 * @param sectors the sectors of its scope
 * @param levels the levels of its scope
 * @param countries the countries of its scope; empty for a global or unplaced process
 * @param period when it ran, if recorded
 * @since 0.2.0
 */
public record ProcessNode(
        ProcessId processId,
        String title,
        Set<Sector> sectors,
        Set<Level> levels,
        Set<Country> countries,
        Optional<Period> period)
        implements NetworkNode {
    /** Checks and copies the components. */
    public ProcessNode {
        java.util.Objects.requireNonNull(processId, "processId");
        java.util.Objects.requireNonNull(title, "title");
        sectors = Set.copyOf(sectors);
        levels = Set.copyOf(levels);
        countries = Set.copyOf(countries);
        java.util.Objects.requireNonNull(period, "period");
    }

    @Override
    public String id() {
        return "process:" + processId.value();
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessNode p && p.processId.equals(processId);
    }

    @Override
    public int hashCode() {
        return processId.hashCode();
    }

    @Override
    public String toString() {
        return processId + " \"" + title + "\"";
    }
}
