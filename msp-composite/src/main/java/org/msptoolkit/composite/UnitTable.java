package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The units being scored (MSPs, partnerships, countries…) and their values (COINr's {@code iData}):
 * one row per unit, numeric columns (indicators, denominators; {@link Double#NaN} = missing) and
 * text columns (groups such as region). Immutable; columns are copied in and out.
 *
 * @since 0.1.0
 */
public final class UnitTable {
    private final List<String> units;
    private final Map<String, Integer> unitIndex;
    private final Map<String, String> names;
    private final Map<String, double[]> numeric;
    private final Map<String, List<String>> text;

    private UnitTable(
            List<String> units,
            Map<String, String> names,
            Map<String, double[]> numeric,
            Map<String, List<String>> text) {
        this.units = List.copyOf(units);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (idx.put(units.get(i), i) != null) {
                throw new IllegalArgumentException("unit code '" + units.get(i) + "' appears more than once");
            }
        }
        this.unitIndex = Collections.unmodifiableMap(idx);
        this.names = Map.copyOf(names);
        this.numeric = Collections.unmodifiableMap(new LinkedHashMap<>(numeric));
        this.text = Collections.unmodifiableMap(new LinkedHashMap<>(text));
    }

    /**
     * Starts a table for these units.
     *
     * @param unitCodes unique unit codes ({@code uCode}), in row order
     * @return a builder
     */
    public static Builder builder(List<String> unitCodes) {
        return new Builder(unitCodes);
    }

    /**
     * Starts a table for these units.
     *
     * @param unitCodes unique unit codes ({@code uCode}), in row order
     * @return a builder
     */
    public static Builder builder(String... unitCodes) {
        return new Builder(Arrays.asList(unitCodes));
    }

    /**
     * Returns the unit codes, in row order.
     *
     * @return the unit codes, in row order
     */
    public List<String> units() {
        return units;
    }

    /**
     * Returns the number of units.
     *
     * @return the number of units
     */
    public int size() {
        return units.size();
    }

    /**
     * Returns its row, if the unit is in the table.
     *
     * @param unit a unit code
     * @return its row, if the unit is in the table
     */
    public OptionalInt rowOf(String unit) {
        Integer i = unitIndex.get(unit);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Returns its readable name ({@code uName}), or the code when none is recorded.
     *
     * @param unit a unit code
     * @return its readable name ({@code uName}), or the code when none is recorded
     */
    public String name(String unit) {
        return names.getOrDefault(unit, unit);
    }

    /**
     * Returns the names of the numeric columns, in input order.
     *
     * @return the names of the numeric columns, in input order
     */
    public List<String> numericColumns() {
        return List.copyOf(numeric.keySet());
    }

    /**
     * Returns the names of the text columns (groups), in input order.
     *
     * @return the names of the text columns (groups), in input order
     */
    public List<String> textColumns() {
        return List.copyOf(text.keySet());
    }

    /**
     * Returns a copy of its values in row order ({@code NaN} = missing), if present.
     *
     * @param column a numeric column name
     * @return a copy of its values in row order ({@code NaN} = missing), if present
     */
    public Optional<double[]> numeric(String column) {
        double[] v = numeric.get(column);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /**
     * Returns its values in row order (empty string = missing), if present.
     *
     * @param column a text column name, e.g. a group
     * @return its values in row order (empty string = missing), if present
     */
    public Optional<List<String>> text(String column) {
        return Optional.ofNullable(text.get(column));
    }

    /**
     * Returns the value, {@code NaN} when missing.
     *
     * @param unit a unit code
     * @param column a numeric column
     * @return the value, {@code NaN} when missing
     * @throws IllegalArgumentException for an unknown unit or column
     */
    public double value(String unit, String column) {
        Integer i = unitIndex.get(unit);
        double[] v = numeric.get(column);
        if (i == null || v == null) {
            throw new IllegalArgumentException("no value for unit '" + unit + "' and column '" + column + "'");
        }
        return v[i];
    }

    @Override
    public String toString() {
        return "UnitTable[" + units.size() + " units × " + numeric.size() + " numeric + " + text.size()
                + " text columns]";
    }

    /** Builds a {@link UnitTable} column by column. */
    public static final class Builder {
        private final List<String> units;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, double[]> numeric = new LinkedHashMap<>();
        private final Map<String, List<String>> text = new LinkedHashMap<>();

        private Builder(List<String> units) {
            Objects.requireNonNull(units, "unitCodes");
            for (String u : units) {
                if (u == null || u.isBlank()) {
                    throw new IllegalArgumentException("unit codes must not be blank: " + units);
                }
            }
            this.units = new ArrayList<>(units);
        }

        /**
         * Adds a numeric column (indicator, denominator).
         *
         * @param column its code, as in the metadata
         * @param values one per unit in row order; {@code NaN} = missing
         * @return this builder
         */
        public Builder column(String column, double... values) {
            Objects.requireNonNull(column, "column");
            if (values.length != units.size()) {
                throw new IllegalArgumentException(
                        "column '" + column + "' has " + values.length + " values for " + units.size() + " units");
            }
            numeric.put(column, values.clone());
            return this;
        }

        /**
         * Adds a text column (a group such as region or size class).
         *
         * @param column its code
         * @param values one per unit in row order
         * @return this builder
         */
        public Builder group(String column, List<String> values) {
            Objects.requireNonNull(column, "column");
            if (values.size() != units.size()) {
                throw new IllegalArgumentException("group column '" + column + "' has " + values.size() + " values for "
                        + units.size() + " units");
            }
            text.put(column, List.copyOf(values));
            return this;
        }

        /**
         * Adds a text column.
         *
         * @param column its code
         * @param values one per unit in row order
         * @return this builder
         */
        public Builder group(String column, String... values) {
            return group(column, Arrays.asList(values));
        }

        /**
         * Records a readable unit name.
         *
         * @param unit unit code
         * @param name name, e.g. {@code "Austria"}
         * @return this builder
         */
        public Builder name(String unit, String name) {
            names.put(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Returns the table.
         *
         * @return the table
         */
        public UnitTable build() {
            return new UnitTable(units, names, numeric, text);
        }
    }
}
