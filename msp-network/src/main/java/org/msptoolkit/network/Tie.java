package org.msptoolkit.network;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.taxonomy.LinkKind;

/**
 * An undirected tie between two nodes, with what it stands for and its weight.
 *
 * @param a one end (the process, in a two-mode tie)
 * @param b the other end (the stakeholder, in a two-mode tie)
 * @param kinds what the tie stands for, never empty
 * @param linkKinds for a declared link, the kinds declared (either direction); else empty
 * @param weight participants of the stakeholder in the process (two-mode; 0 when none recorded), shared
 *     stakeholders or shared processes (projections), 1 for a declared or missing link
 * @param period for a two-mode tie, when the stakeholder took part: the span of its participants' periods, else
 *     the process's period; else empty
 * @since 0.2.0
 */
public record Tie(
        NetworkNode a,
        NetworkNode b,
        Set<TieKind> kinds,
        Set<LinkKind> linkKinds,
        int weight,
        Optional<Period> period) {
    /** Checks and copies the components. */
    public Tie {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        kinds = Set.copyOf(kinds);
        linkKinds = Set.copyOf(linkKinds);
        Objects.requireNonNull(period, "period");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a tie stands for at least one kind");
        }
    }

    /**
     * Returns the kinds as codes joined by {@code ";"} in a fixed order, e.g. {@code "participation;funding"}.
     *
     * @return the kinds as codes joined by {@code ";"}
     */
    public String kindCodes() {
        return kinds.stream().sorted().map(TieKind::code).collect(Collectors.joining(";"));
    }

    @Override
    public String toString() {
        return a.id() + " -- " + b.id() + " [" + kindCodes() + ", weight " + weight + "]";
    }
}
