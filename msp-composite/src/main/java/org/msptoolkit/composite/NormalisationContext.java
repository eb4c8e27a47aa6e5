package org.msptoolkit.composite;

import java.util.List;
import java.util.Map;
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
 * @param parameters the indicator's further numeric metadata (see {@link MetaRow#parameters()})
 *
 * @since 0.1.0
 */
public record NormalisationContext(
        String indicator, int direction, OptionalDouble target, List<String> units, Map<String, Double> parameters) {
    /** Checks that no component is {@code null}. */
    public NormalisationContext {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        units = List.copyOf(units);
        parameters = Map.copyOf(parameters);
    }

    /**
     * A context without further metadata parameters.
     *
     * @param indicator the indicator code
     * @param direction +1 or −1
     * @param target the target, if any
     * @param units the unit codes
     */
    public NormalisationContext(String indicator, int direction, OptionalDouble target, List<String> units) {
        this(indicator, direction, target, units, Map.of());
    }

    /**
     * Returns the parameter's value for this indicator.
     *
     * @param name a metadata parameter, e.g. {@code "goalpost_lower"}
     * @param fallback the value when the metadata has none
     * @return the parameter's value for this indicator
     */
    public double parameter(String name, double fallback) {
        Double v = parameters.get(name);
        return v == null || v.isNaN() ? fallback : v;
    }

    /**
     * Returns its position in the values, if present.
     *
     * @param unit a unit code
     * @return its position in the values, if present
     */
    public OptionalInt rowOf(String unit) {
        int i = units.indexOf(unit);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }
}
