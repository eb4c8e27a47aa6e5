package org.msptoolkit.indicators.composite;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a {@link Normalisation} may need to know about the indicator it is normalising.
 *
 * @param indicator the indicator code
 * @param direction +1 or −1; the values passed to the normalisation are already multiplied by it
 * @param target the indicator's target from the metadata, in its own units (not direction-adjusted)
 * @param units the unit codes, in the order of the values
 */
public record NormalisationContext(String indicator, int direction, OptionalDouble target, List<String> units) {
    /** Checks that no component is {@code null}. */
    public NormalisationContext {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        units = List.copyOf(units);
    }

    /**
     * @param unit a unit code
     * @return its position in the values, if present
     */
    public OptionalInt rowOf(String unit) {
        int i = units.indexOf(unit);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }
}
