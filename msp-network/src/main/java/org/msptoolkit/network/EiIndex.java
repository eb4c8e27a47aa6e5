package org.msptoolkit.network;

import java.util.List;
import java.util.Objects;

/**
 * Krackhardt and Stern's E–I index of stakeholder groups on the stakeholder projection: −1 when every tie stays
 * within a group, +1 when every tie links two groups.
 *
 * @param measure what is measured, with formula and source
 * @param overall over every tie: external = ties between two groups, internal = ties within one
 * @param groups per group, in code order
 * @since 0.2.0
 */
public record EiIndex(Measure measure, GroupEi overall, List<GroupEi> groups) {
    /** Checks and copies the components. */
    public EiIndex {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(overall, "overall");
        groups = List.copyOf(groups);
    }
}
