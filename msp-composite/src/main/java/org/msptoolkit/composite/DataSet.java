package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One named data set of a pipeline ({@code Raw}, {@code Normalised}, {@code Aggregated}, …): values
 * of units × indicators (and aggregates, once aggregated). {@code NaN} = missing.
 *
 * @since 0.1.0
 */
public final class DataSet {
    private final String name;
    private final List<String> units;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<String> codes;
    private final Map<String, double[]> columns;

    DataSet(String name, List<String> units, List<String> codes, Map<String, double[]> columns) {
        this.name = name;
        this.units = List.copyOf(units);
        for (int i = 0; i < units.size(); i++) {
            unitIndex.put(units.get(i), i);
        }
        this.codes = List.copyOf(codes);
        this.columns = columns;
    }

    /**
     * Returns the data set's name, e.g. {@code "Normalised"}.
     *
     * @return the data set's name, e.g. {@code "Normalised"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the units in this data set (screening may have removed some).
     *
     * @return the units in this data set (screening may have removed some)
     */
    public List<String> units() {
        return units;
    }

    /**
     * Returns the indicator and aggregate codes in this data set.
     *
     * @return the indicator and aggregate codes in this data set
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * Returns a copy of its values in the order of {@link #units()}, if present.
     *
     * @param code an indicator or aggregate code
     * @return a copy of its values in the order of {@link #units()}, if present
     */
    public Optional<double[]> column(String code) {
        double[] c = columns.get(code);
        return c == null ? Optional.empty() : Optional.of(c.clone());
    }

    /**
     * Returns the value, {@code NaN} when missing.
     *
     * @param unit a unit code
     * @param code an indicator or aggregate code
     * @return the value, {@code NaN} when missing
     * @throws IllegalArgumentException if the unit or code is not in this data set
     */
    public double value(String unit, String code) {
        Integer i = unitIndex.get(unit);
        double[] c = columns.get(code);
        if (i == null || c == null) {
            throw new IllegalArgumentException(
                    "data set " + name + " has no value for unit '" + unit + "' and code '" + code + "'");
        }
        return c[i];
    }

    /**
     * Returns all values of that unit, code → value.
     *
     * @param unit a unit code
     * @return all values of that unit, code → value
     */
    public Map<String, Double> row(String unit) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (String c : codes) {
            out.put(c, value(unit, c));
        }
        return out;
    }

    @Override
    public String toString() {
        List<String> head = new ArrayList<>(codes.subList(0, Math.min(6, codes.size())));
        return "DataSet[" + name + ": " + units.size() + " units × " + codes.size() + " codes " + head
                + (codes.size() > 6 ? "…" : "") + "]";
    }
}
