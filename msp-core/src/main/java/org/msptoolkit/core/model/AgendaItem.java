package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * An item on a meeting's agenda and, if recorded, the stakeholder who proposed it. Who sets the
 * agenda shows ownership of the process: items proposed by stakeholders other than the conveners.
 *
 * @param title what the item is about
 * @param proposedBy the stakeholder who proposed it, if recorded
 */
public record AgendaItem(@NotBlank String title, Optional<StakeholderId> proposedBy) {
    /** Checks that no component is {@code null}. */
    public AgendaItem {
        Checks.notNull(title, "agenda item title");
        Checks.optional(proposedBy, "agenda item proposedBy");
    }

    /**
     * Returns an item with no recorded proposer.
     *
     * @param title the item
     * @return an item with no recorded proposer
     */
    public static AgendaItem of(String title) {
        return new AgendaItem(title, Optional.empty());
    }

    /**
     * Returns the item.
     *
     * @param title the item
     * @param stakeholder who proposed it
     * @return the item
     */
    public static AgendaItem of(String title, String stakeholder) {
        return new AgendaItem(title, Optional.of(StakeholderId.of(stakeholder)));
    }

    @Override
    public String toString() {
        return title + proposedBy.map(p -> " (proposed by " + p + ")").orElse("");
    }
}
