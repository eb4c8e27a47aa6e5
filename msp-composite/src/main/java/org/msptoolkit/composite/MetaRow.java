package org.msptoolkit.composite;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of the index metadata (COINr's {@code iMeta}): an indicator, an aggregate (pillar,
 * sub-index, index), or a non-index column of the unit data (group, denominator, other).
 *
 * @param code the unique code ({@code iCode}), also the column name in the unit data
 * @param name a readable name ({@code iName}); the code when not recorded
 * @param level 1 for indicators, 2 for their first aggregation, … up to the index; empty for
 *     non-index rows
 * @param parent the code of the aggregate one level up; empty for the index and non-index rows
 * @param direction +1 when a higher value is better for the MSP, −1 when lower is better
 * @param weight the weight relative to the siblings in the same group; empty for non-index rows
 * @param type what the row describes
 * @param unit the unit of measurement, if recorded
 * @param target a target value (used by distance-to-target normalisation), if recorded
 * @param denominator the code of the denominator that divides this indicator, if any
 * @param parameters further numeric metadata columns, e.g. COINr's per-indicator normalisation
 *     parameters {@code goalpost_lower} or {@code minmax_upper} (TRUE/FALSE read as 1/0)
 *
 * @since 0.1.0
 */
public record MetaRow(
        String code,
        String name,
        OptionalInt level,
        Optional<String> parent,
        int direction,
        OptionalDouble weight,
        NodeType type,
        Optional<String> unit,
        OptionalDouble target,
        Optional<String> denominator,
        Map<String, Double> parameters) {

    /** Checks that no component is {@code null} and the code is not blank. */
    public MetaRow {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("metadata code must not be blank");
        }
        Objects.requireNonNull(name, "name of " + code);
        Objects.requireNonNull(level, "level of " + code);
        Objects.requireNonNull(parent, "parent of " + code);
        Objects.requireNonNull(weight, "weight of " + code);
        Objects.requireNonNull(type, "type of " + code);
        Objects.requireNonNull(unit, "unit of " + code);
        Objects.requireNonNull(target, "target of " + code);
        Objects.requireNonNull(denominator, "denominator of " + code);
        parameters = Map.copyOf(parameters);
    }

    /**
     * A row without further parameters.
     *
     * @param code the unique code
     * @param name a readable name
     * @param level the level, empty for non-index rows
     * @param parent the parent aggregate
     * @param direction +1 or −1
     * @param weight the relative weight
     * @param type what the row describes
     * @param unit the unit of measurement
     * @param target a target value
     * @param denominator the denominator code
     */
    public MetaRow(
            String code,
            String name,
            OptionalInt level,
            Optional<String> parent,
            int direction,
            OptionalDouble weight,
            NodeType type,
            Optional<String> unit,
            OptionalDouble target,
            Optional<String> denominator) {
        this(code, name, level, parent, direction, weight, type, unit, target, denominator, Map.of());
    }

    /**
     * An indicator (level 1) with weight 1.
     *
     * @param code indicator code
     * @param parent the aggregate it belongs to
     * @param direction +1 (higher is better) or −1 (lower is better)
     * @return the row
     */
    public static MetaRow indicator(String code, String parent, int direction) {
        return new MetaRow(
                code,
                code,
                OptionalInt.of(1),
                Optional.of(parent),
                direction,
                OptionalDouble.of(1),
                NodeType.INDICATOR,
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty());
    }

    /**
     * An aggregate (pillar, sub-index) with weight 1.
     *
     * @param code aggregate code
     * @param level its level, at least 2
     * @param parent the aggregate one level up
     * @return the row
     */
    public static MetaRow aggregate(String code, int level, String parent) {
        return new MetaRow(
                code,
                code,
                OptionalInt.of(level),
                Optional.of(parent),
                1,
                OptionalDouble.of(1),
                NodeType.AGGREGATE,
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty());
    }

    /**
     * The index: the top aggregate, with no parent.
     *
     * @param code index code
     * @param level the top level
     * @return the row
     */
    public static MetaRow index(String code, int level) {
        return new MetaRow(
                code,
                code,
                OptionalInt.of(level),
                Optional.empty(),
                1,
                OptionalDouble.of(1),
                NodeType.AGGREGATE,
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty());
    }

    /**
     * A non-index column of the unit data: a group, a denominator or another pass-through column.
     *
     * @param code column code
     * @param type {@link NodeType#GROUP}, {@link NodeType#DENOMINATOR} or {@link NodeType#OTHER}
     * @return the row
     */
    public static MetaRow column(String code, NodeType type) {
        return new MetaRow(
                code,
                code,
                OptionalInt.empty(),
                Optional.empty(),
                1,
                OptionalDouble.empty(),
                type,
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy with this weight.
     *
     * @param newWeight the weight relative to siblings
     * @return a copy with this weight
     */
    public MetaRow withWeight(double newWeight) {
        return new MetaRow(
                code,
                name,
                level,
                parent,
                direction,
                OptionalDouble.of(newWeight),
                type,
                unit,
                target,
                denominator,
                parameters);
    }

    /**
     * Returns a copy with this target.
     *
     * @param newTarget the target value, in the indicator's own units
     * @return a copy with this target
     */
    public MetaRow withTarget(double newTarget) {
        return new MetaRow(
                code,
                name,
                level,
                parent,
                direction,
                weight,
                type,
                unit,
                OptionalDouble.of(newTarget),
                denominator,
                parameters);
    }

    /**
     * Returns a copy with this denominator.
     *
     * @param denominatorCode the code of the denominator column dividing this indicator
     * @return a copy with this denominator
     */
    public MetaRow withDenominator(String denominatorCode) {
        return new MetaRow(
                code,
                name,
                level,
                parent,
                direction,
                weight,
                type,
                unit,
                target,
                Optional.of(denominatorCode),
                parameters);
    }

    /**
     * Returns a copy with this name.
     *
     * @param newName a readable name
     * @return a copy with this name
     */
    public MetaRow withName(String newName) {
        return new MetaRow(
                code, newName, level, parent, direction, weight, type, unit, target, denominator, parameters);
    }

    /**
     * Returns a copy with that parameter set.
     *
     * @param parameter a metadata column, e.g. {@code "goalpost_lower"}
     * @param value its value for this row
     * @return a copy with that parameter set
     */
    public MetaRow withParameter(String parameter, double value) {
        Map<String, Double> p = new HashMap<>(parameters);
        p.put(parameter, value);
        return new MetaRow(code, name, level, parent, direction, weight, type, unit, target, denominator, p);
    }

    /**
     * Returns whether the row is part of the index hierarchy (an indicator or an aggregate).
     *
     * @return whether the row is part of the index hierarchy (an indicator or an aggregate)
     */
    public boolean inIndex() {
        return type == NodeType.INDICATOR || type == NodeType.AGGREGATE;
    }

    @Override
    public String toString() {
        return type.code() + " " + code + (level.isPresent() ? " (level " + level.getAsInt() + ")" : "")
                + parent.map(p -> " in " + p).orElse("")
                + (inIndex() && direction < 0 ? ", lower is better" : "")
                + (weight.isPresent() ? ", weight " + weight.getAsDouble() : "");
    }
}
