package org.msptoolkit.composite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of weights for indicators and aggregates, each relative to its siblings in the same
 * group (COINr's {@code $Meta$Weights}). Codes not in the set keep their metadata weight, so a set can
 * change a single weight. Weights express trade-offs between components, not importance.
 *
 * @param name the set's name, e.g. {@code "Original"}, {@code "PCA"}, {@code "experts"}
 * @param weights code → weight (≥ 0)
 *
 * @since 0.1.0
 */
public record WeightSet(String name, Map<String, Double> weights) {
    /** Checks names and that weights are finite and non-negative. */
    public WeightSet {
        Objects.requireNonNull(name, "name");
        weights = Map.copyOf(new LinkedHashMap<>(weights));
        weights.forEach((k, v) -> {
            if (v == null || !(v >= 0) || v.isInfinite()) {
                throw new IllegalArgumentException(
                        "weight of '" + k + "' in set '" + name + "' must be a finite number ≥ 0, not " + v);
            }
        });
    }

    /**
     * The weights recorded in the metadata.
     *
     * @param structure the index structure
     * @return the set named {@code "Original"}
     */
    public static WeightSet original(IndexStructure structure) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (MetaRow r : structure.rows()) {
            if (r.inIndex() && r.weight().isPresent()) {
                w.put(r.code(), r.weight().getAsDouble());
            }
        }
        return new WeightSet("Original", w);
    }

    /**
     * Returns a copy with that weight changed.
     *
     * @param code an iCode
     * @param weight its new relative weight
     * @return a copy with that weight changed
     */
    public WeightSet with(String code, double weight) {
        Map<String, Double> w = new LinkedHashMap<>(weights);
        w.put(code, weight);
        return new WeightSet(name, w);
    }

    /**
     * The effective weight of every node in the index (COINr's {@code get_eff_weights}): weights
     * normalised within each group and multiplied down the tree, so the indicators' effective weights
     * sum to 1.
     *
     * @param structure the index structure
     * @return code → effective weight, the index has 1
     */
    public Map<String, Double> effectiveWeights(IndexStructure structure) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(structure.index(), 1.0);
        for (int l = structure.levels(); l >= 2; l--) {
            for (String agg : structure.codesAtLevel(l)) {
                double total = 0;
                for (String c : structure.children(agg)) {
                    total += weight(structure, c);
                }
                for (String c : structure.children(agg)) {
                    out.put(c, out.getOrDefault(agg, 0.0) * (total == 0 ? 0 : weight(structure, c) / total));
                }
            }
        }
        return out;
    }

    /**
     * Returns the weight of the code in this set, else its metadata weight, else 1.
     *
     * @param structure the index structure (for codes not in this set)
     * @param code an iCode
     * @return the weight of the code in this set, else its metadata weight, else 1
     */
    public double weight(IndexStructure structure, String code) {
        Double w = weights.get(code);
        if (w != null) {
            return w;
        }
        return structure.row(code).map(r -> r.weight().orElse(1)).orElse(1.0);
    }

    @Override
    public String toString() {
        return "WeightSet[" + name + ", " + weights.size() + " weights]";
    }
}
