package org.msptoolkit.core.model;

import java.util.Set;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;

/**
 * What a process covers: the sectors (issue areas), levels and countries it addresses.
 *
 * @param sectors issue areas, e.g. SDG 15 and "forestry"
 * @param levels levels it works at
 * @param countries countries it covers; empty for a global process
 */
public record Scope(Set<Sector> sectors, Set<Level> levels, Set<Country> countries) {
    /** Checks that no component is {@code null} and copies the sets, keeping their order. */
    public Scope {
        sectors = Checks.orderedSet(sectors, "scope sectors");
        levels = Checks.orderedSet(levels, "scope levels");
        countries = Checks.orderedSet(countries, "scope countries");
    }

    /**
     * Returns a scope with nothing in it.
     *
     * @return a scope with nothing in it
     */
    public static Scope empty() {
        return new Scope(Set.of(), Set.of(), Set.of());
    }

    @Override
    public String toString() {
        return "sectors " + sectors + ", levels "
                + levels.stream().map(Level::code).toList() + ", countries " + countries;
    }
}
