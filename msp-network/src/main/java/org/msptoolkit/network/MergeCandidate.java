package org.msptoolkit.network;

import java.util.List;
import java.util.Objects;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/**
 * Stakeholder nodes that may be one organisation under several records: the same group and the same name once
 * case, accents, punctuation, white space and a leading "the" are ignored. Reported for a person to decide;
 * never merged.
 *
 * @param normalisedName the name they share after normalisation
 * @param group the group they share
 * @param keys the keys of the nodes, in corpus order (at least two)
 * @since 0.2.0
 */
public record MergeCandidate(String normalisedName, StakeholderGroup group, List<String> keys) {
    /** Checks and copies the components. */
    public MergeCandidate {
        Objects.requireNonNull(normalisedName, "normalisedName");
        Objects.requireNonNull(group, "group");
        keys = List.copyOf(keys);
    }

    @Override
    public String toString() {
        return "\"" + normalisedName + "\" (" + group + "): " + keys.size() + " nodes";
    }
}
