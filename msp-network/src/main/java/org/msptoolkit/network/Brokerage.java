package org.msptoolkit.network;

import java.util.List;
import java.util.Objects;

/**
 * The brokers of the stakeholder projection: the stakeholders with the highest betweenness, with their
 * constraint.
 *
 * @param betweenness the betweenness measure, with formula and source
 * @param constraint the constraint measure, with formula and source
 * @param method how betweenness was computed: exact, or sampled on which components
 * @param brokers the top brokers, highest betweenness first (then lowest constraint, then key)
 * @since 0.2.0
 */
public record Brokerage(Measure betweenness, Measure constraint, String method, List<Broker> brokers) {
    /** Checks and copies the components. */
    public Brokerage {
        Objects.requireNonNull(betweenness, "betweenness");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(method, "method");
        brokers = List.copyOf(brokers);
    }
}
