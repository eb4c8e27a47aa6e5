package org.msptoolkit.network;

import java.util.Objects;
import org.msptoolkit.core.model.ProcessId;

/**
 * A stakeholder who could bridge a missing link: it takes part in one process, and the other process has
 * stakeholders of its group.
 *
 * @param stakeholder the stakeholder
 * @param presentIn the process it takes part in
 * @param candidateFor the other process, where its group is present
 * @since 0.2.0
 */
public record Bridge(StakeholderNode stakeholder, ProcessId presentIn, ProcessId candidateFor) {
    /** Checks the components. */
    public Bridge {
        Objects.requireNonNull(stakeholder, "stakeholder");
        Objects.requireNonNull(presentIn, "presentIn");
        Objects.requireNonNull(candidateFor, "candidateFor");
    }

    @Override
    public String toString() {
        return stakeholder.name() + " (" + stakeholder.group() + ") in " + presentIn + " -> " + candidateFor;
    }
}
