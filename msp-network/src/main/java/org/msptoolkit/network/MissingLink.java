package org.msptoolkit.network;

import java.util.List;
import java.util.Objects;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;

/**
 * A suggested missing link: two processes of the same sector and place at adjacent levels that share no
 * declared link and no stakeholder, with the stakeholders who could bridge them and the evidence.
 *
 * @param rank 1 for the best suggestion
 * @param lower the process at the lower level
 * @param upper the process one level above
 * @param lowerLevel the lower process's level that is adjacent
 * @param upperLevel the upper process's level, one above {@code lowerLevel}
 * @param sharedSectors sectors both address
 * @param sharedCountries countries both cover (empty when one of them is global)
 * @param bridges stakeholders who could bridge them
 * @param evidence why the pair is suggested, one statement per entry
 * @since 0.2.0
 */
public record MissingLink(
        int rank,
        ProcessNode lower,
        ProcessNode upper,
        Level lowerLevel,
        Level upperLevel,
        List<Sector> sharedSectors,
        List<Country> sharedCountries,
        List<Bridge> bridges,
        List<String> evidence) {
    /** Checks and copies the components. */
    public MissingLink {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(lowerLevel, "lowerLevel");
        Objects.requireNonNull(upperLevel, "upperLevel");
        sharedSectors = List.copyOf(sharedSectors);
        sharedCountries = List.copyOf(sharedCountries);
        bridges = List.copyOf(bridges);
        evidence = List.copyOf(evidence);
    }

    @Override
    public String toString() {
        return "#" + rank + " " + lower.processId() + " (" + lowerLevel.code() + ") -- " + upper.processId() + " ("
                + upperLevel.code() + "): " + bridges.size() + " bridge(s), sectors " + sharedSectors
                + ", countries " + sharedCountries;
    }
}
