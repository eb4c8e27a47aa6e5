package org.msptoolkit.network;

import java.util.Set;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;

/**
 * A stakeholder (organisation or constituency) as a node. When one stakeholder appears in several processes
 * (matched by {@link StakeholderIdentity}), its name and group are those of its first appearance and its
 * sectors, levels and countries are the union. Two stakeholder nodes are equal when their keys are equal.
 *
 * @param key the identity key: the stakeholder id when it is shared across processes, else
 *     {@code "<process id>/<stakeholder id>"}
 * @param name the name
 * @param group its stakeholder group
 * @param kind organisation or constituency (individuals are never nodes)
 * @param sectors sectors it works in
 * @param levels levels it acts at
 * @param countries countries it is based in or acts in
 * @param processes in how many processes of the corpus it takes part
 * @since 0.2.0
 */
public record StakeholderNode(
        String key,
        String name,
        StakeholderGroup group,
        StakeholderKind kind,
        Set<Sector> sectors,
        Set<Level> levels,
        Set<Country> countries,
        int processes)
        implements NetworkNode {
    /** Checks and copies the components. */
    public StakeholderNode {
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(group, "group");
        java.util.Objects.requireNonNull(kind, "kind");
        sectors = Set.copyOf(sectors);
        levels = Set.copyOf(levels);
        countries = Set.copyOf(countries);
    }

    @Override
    public String id() {
        return "stakeholder:" + key;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StakeholderNode s && s.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + " \"" + name + "\" (" + group + ")";
    }
}
