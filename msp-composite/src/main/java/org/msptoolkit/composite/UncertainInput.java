package org.msptoolkit.composite;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One uncertain choice of a composite index, perturbed in uncertainty and sensitivity analysis
 * (COINr's {@code SA_specs} entries). Each input has a finite list of alternatives; a replication
 * picks one by cutting a uniform number in [0, 1) into equal intervals.
 *
 * @since 0.1.0
 */
public sealed interface UncertainInput
        permits UncertainInput.NormalisationChoice,
                UncertainInput.AggregationChoice,
                UncertainInput.NoisyWeights,
                UncertainInput.IndicatorExclusion {

    /**
     * Returns a short name for reports, e.g. {@code "normalisation"}.
     *
     * @return a short name for reports, e.g. {@code "normalisation"}
     */
    String name();

    /**
     * Returns the number of alternatives, at least 1.
     *
     * @return the number of alternatives, at least 1
     */
    int alternatives();

    /**
     * Returns a readable description of alternative {@code i}.
     *
     * @param i alternative index
     * @return a readable description of alternative {@code i}
     */
    String describe(int i);

    /**
     * The normalisation method is one of these.
     *
     * @param alternatives e.g. min-max [1, 100] and z-score (10, 2)
     * @return the input
     */
    static UncertainInput normalisation(Normalisation... alternatives) {
        return new NormalisationChoice(Arrays.asList(alternatives));
    }

    /**
     * The aggregation method (for every level) is one of these.
     *
     * @param alternatives e.g. arithmetic and geometric
     * @return the input
     */
    static UncertainInput aggregation(Aggregation... alternatives) {
        return new AggregationChoice(Arrays.asList(alternatives));
    }

    /**
     * The weights are noisy: w' = w + U(−1, 1)·factor·w for every node at the given levels
     * (COINr's {@code get_noisy_weights}); {@code sets} noisy weight sets are drawn from the seed.
     *
     * @param noiseByLevel weight level (2 = weights of level-2 nodes, …) → noise factor, e.g. 0.25
     * @param sets how many noisy weight sets to draw
     * @return the input
     */
    static UncertainInput noisyWeights(Map<Integer, Double> noiseByLevel, int sets) {
        return new NoisyWeights(noiseByLevel, sets);
    }

    /**
     * None or one of these indicators is left out (COINr's {@code exclude}); the remaining siblings'
     * weights are re-scaled and an aggregate left without children disappears. Unlike COINr, which
     * rebuilds from the raw data, the indicator is left out after the steps that precede normalisation
     * (so screening still counts it), which lets every replication reuse the prepared data.
     *
     * @param candidates indicator codes
     * @return the input
     */
    static UncertainInput dropIndicator(String... candidates) {
        return new IndicatorExclusion(Arrays.asList(candidates));
    }

    /**
     * Alternative normalisation methods.
     *
     * @param methods the alternatives
     */
    record NormalisationChoice(List<Normalisation> methods) implements UncertainInput {
        /** Checks there is at least one. */
        public NormalisationChoice {
            methods = List.copyOf(methods);
            if (methods.isEmpty()) {
                throw new IllegalArgumentException("give at least one normalisation alternative");
            }
        }

        @Override
        public String name() {
            return "normalisation";
        }

        @Override
        public int alternatives() {
            return methods.size();
        }

        @Override
        public String describe(int i) {
            return methods.get(i).toString();
        }
    }

    /**
     * Alternative aggregation methods.
     *
     * @param methods the alternatives
     */
    record AggregationChoice(List<Aggregation> methods) implements UncertainInput {
        /** Checks there is at least one. */
        public AggregationChoice {
            methods = List.copyOf(methods);
            if (methods.isEmpty()) {
                throw new IllegalArgumentException("give at least one aggregation alternative");
            }
        }

        @Override
        public String name() {
            return "aggregation";
        }

        @Override
        public int alternatives() {
            return methods.size();
        }

        @Override
        public String describe(int i) {
            return methods.get(i).toString();
        }
    }

    /**
     * Noisy weights.
     *
     * @param noiseByLevel level → noise factor
     * @param sets number of weight sets
     */
    record NoisyWeights(Map<Integer, Double> noiseByLevel, int sets) implements UncertainInput {
        /** Checks the parameters. */
        public NoisyWeights {
            noiseByLevel = Map.copyOf(new TreeMap<>(noiseByLevel));
            if (sets < 1) {
                throw new IllegalArgumentException("at least one noisy weight set is needed, not " + sets);
            }
            noiseByLevel.forEach((l, f) -> {
                if (!(f >= 0)) {
                    throw new IllegalArgumentException("noise factor for level " + l + " must be ≥ 0, not " + f);
                }
            });
        }

        @Override
        public String name() {
            return "weights";
        }

        @Override
        public int alternatives() {
            return sets;
        }

        @Override
        public String describe(int i) {
            return "noisy weight set " + (i + 1);
        }
    }

    /**
     * Leaving out one indicator.
     *
     * @param candidates indicators that may be left out
     */
    record IndicatorExclusion(List<String> candidates) implements UncertainInput {
        /** Copies the list. */
        public IndicatorExclusion {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String name() {
            return "exclusion";
        }

        @Override
        public int alternatives() {
            return candidates.size() + 1;
        }

        @Override
        public String describe(int i) {
            return i == 0 ? "all indicators" : "without " + candidates.get(i - 1);
        }
    }
}
