package org.msptoolkit.network;

import java.util.Objects;

/**
 * A stakeholder's brokerage in the stakeholder projection.
 *
 * @param stakeholder the stakeholder
 * @param degree how many other stakeholders it meets
 * @param betweenness shortest paths between other stakeholders that pass through it (hop counts; each unordered
 *     pair once, split over equally short paths)
 * @param constraint Burt's constraint: low for a broker between otherwise unconnected contacts; NaN without ties
 * @since 0.2.0
 */
public record Broker(StakeholderNode stakeholder, int degree, double betweenness, double constraint) {
    /** Checks the components. */
    public Broker {
        Objects.requireNonNull(stakeholder, "stakeholder");
    }
}
