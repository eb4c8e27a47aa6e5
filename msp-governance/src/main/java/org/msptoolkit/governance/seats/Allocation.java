package org.msptoolkit.governance.seats;

import java.util.Locale;
import java.util.Map;
import org.msptoolkit.core.internal.Checks;

/**
 * Seats allocated to groups, with how disproportional the allocation is.
 *
 * @param method the method used
 * @param house the number of seats allocated
 * @param sizes each group's constituency size, in the order given
 * @param seats each group's seats, in the same order
 * @param gallagher the Gallagher least-squares index, in percentage points:
 *        {@code sqrt(½ Σ (v_i − s_i)²)} with vote and seat shares in percent; 0 is perfectly proportional
 * @param loosemoreHanby the Loosemore–Hanby index, in percentage points: {@code ½ Σ |v_i − s_i|}
 */
public record Allocation(
        ApportionmentMethod method,
        int house,
        Map<String, Long> sizes,
        Map<String, Integer> seats,
        double gallagher,
        double loosemoreHanby) {
    /** Checks that no component is {@code null} and copies the maps. */
    public Allocation {
        Checks.notNull(method, "method");
        sizes = Checks.map(sizes, "sizes");
        seats = Checks.map(seats, "seats");
    }

    /**
     * Returns its seats; 0 for an unknown group.
     *
     * @param group a group
     * @return its seats; 0 for an unknown group
     */
    public int seatsOf(String group) {
        return seats.getOrDefault(group, 0);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "%s allocation of %d seats " + "(Gallagher %.2f, Loosemore-Hanby %.2f)",
                method.code(),
                house,
                gallagher,
                loosemoreHanby));
        seats.forEach((g, n) -> s.append("\n  ")
                .append(g)
                .append(": ")
                .append(n)
                .append(" seats (size ")
                .append(sizes.get(g))
                .append(')'));
        return s.toString();
    }
}
