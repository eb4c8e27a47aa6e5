package org.msptoolkit.governance.seats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.msptoolkit.core.internal.Checks;

/**
 * Optional minimum and maximum seats per group, e.g. at least one seat for each Major Group, or no
 * group above a third of the seats.
 *
 * @param min least seats per group, for the groups that have a minimum
 * @param max most seats per group, for the groups that have a maximum
 */
public record SeatBounds(Map<String, Integer> min, Map<String, Integer> max) {
    /** Checks that no component is {@code null} and copies the maps. */
    public SeatBounds {
        min = Checks.map(min, "minimum seats");
        max = Checks.map(max, "maximum seats");
    }

    /**
     * Returns no bounds.
     *
     * @return no bounds
     */
    public static SeatBounds none() {
        return new SeatBounds(Map.of(), Map.of());
    }

    /**
     * Returns a copy with that minimum.
     *
     * @param group a group
     * @param seats its minimum
     * @return a copy with that minimum
     */
    public SeatBounds withMin(String group, int seats) {
        var m = new LinkedHashMap<>(min);
        m.put(Checks.notBlank(group, "group"), seats);
        return new SeatBounds(m, max);
    }

    /**
     * Returns a copy with that maximum.
     *
     * @param group a group
     * @param seats its maximum
     * @return a copy with that maximum
     */
    public SeatBounds withMax(String group, int seats) {
        var m = new LinkedHashMap<>(max);
        m.put(Checks.notBlank(group, "group"), seats);
        return new SeatBounds(min, m);
    }

    /**
     * Returns its minimum; 0 when none.
     *
     * @param group a group
     * @return its minimum; 0 when none
     */
    public int minFor(String group) {
        return min.getOrDefault(group, 0);
    }

    /**
     * Returns its maximum, if any.
     *
     * @param group a group
     * @return its maximum, if any
     */
    public OptionalInt maxFor(String group) {
        Integer m = max.get(group);
        return m == null ? OptionalInt.empty() : OptionalInt.of(m);
    }
}
