package org.msptoolkit.network;

import java.util.Set;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;

/**
 * A node of a process network: a {@link ProcessNode} or a {@link StakeholderNode} (an organisation or
 * constituency, never a person). Nodes are equal when their {@link #id()}s are equal.
 *
 * @since 0.2.0
 */
public sealed interface NetworkNode permits ProcessNode, StakeholderNode {
    /**
     * Returns the node id, unique in the network: {@code "process:<id>"} or {@code "stakeholder:<key>"}.
     *
     * @return the node id, unique in the network
     */
    String id();

    /**
     * Returns a short label: the process title or the stakeholder's name.
     *
     * @return a short label: the process title or the stakeholder's name
     */
    String label();

    /**
     * Returns the sectors (issue areas) recorded for the node.
     *
     * @return the sectors (issue areas) recorded for the node
     */
    Set<Sector> sectors();

    /**
     * Returns the levels recorded for the node.
     *
     * @return the levels recorded for the node
     */
    Set<Level> levels();

    /**
     * Returns the countries recorded for the node.
     *
     * @return the countries recorded for the node
     */
    Set<Country> countries();
}
