package org.msptoolkit.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every measure of one network, each with its formula and source ({@link #measures()}).
 *
 * @param measures the measures used, with formula and source
 * @param crossSector the share of ties crossing sectors, per tie set
 * @param crossLevel the share of ties crossing levels, per tie set
 * @param components the components of the network (two-mode ties and declared links) and of the stakeholder
 *     projection
 * @param brokerage the brokers of the stakeholder projection
 * @param eiIndex the E–I index of stakeholder groups
 * @param reach per process node id, its reach to the levels above and below
 * @param stakeholderScores per stakeholder node id, its degree, betweenness and constraint
 * @param untiedPairs how many pairs of processes at adjacent levels share a sector and place but no tie
 * @param missingLinks the best-ranked missing links, best first
 * @since 0.2.0
 */
public record NetworkReport(
        List<Measure> measures,
        List<TieMix> crossSector,
        List<TieMix> crossLevel,
        List<ComponentSizes> components,
        Brokerage brokerage,
        EiIndex eiIndex,
        Map<String, LevelReach> reach,
        Map<String, Broker> stakeholderScores,
        long untiedPairs,
        List<MissingLink> missingLinks) {
    /** Checks and copies the components. */
    public NetworkReport {
        measures = List.copyOf(measures);
        crossSector = List.copyOf(crossSector);
        crossLevel = List.copyOf(crossLevel);
        components = List.copyOf(components);
        Objects.requireNonNull(brokerage, "brokerage");
        Objects.requireNonNull(eiIndex, "eiIndex");
        reach = Map.copyOf(reach);
        stakeholderScores = Map.copyOf(stakeholderScores);
        missingLinks = List.copyOf(missingLinks);
    }

    /**
     * Returns the reach of a process to the levels above and below.
     *
     * @param process a process node
     * @return its reach, or empty for a process not in the network
     */
    public Optional<LevelReach> reachOf(ProcessNode process) {
        return Optional.ofNullable(reach.get(process.id()));
    }

    /**
     * Returns a stakeholder's degree, betweenness and constraint.
     *
     * @param stakeholder a stakeholder node
     * @return its scores, or empty for a stakeholder not in the network
     */
    public Optional<Broker> scoresOf(StakeholderNode stakeholder) {
        return Optional.ofNullable(stakeholderScores.get(stakeholder.id()));
    }

    @Override
    public String toString() {
        return "NetworkReport[" + components + ", " + missingLinks.size() + " of " + untiedPairs + " missing links]";
    }
}
