package org.msptoolkit.composite;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One recorded step of a composite-index pipeline, with all its parameters, so an {@link Analysis}
 * can be inspected, changed and re-run (COINr's {@code $Log}). Steps run in the order given.
 *
 * @since 0.1.0
 */
public sealed interface Step
        permits Step.Denominate, Step.Impute, Step.Screen, Step.Treat, Step.Normalise, Step.Aggregate {

    /**
     * Returns the name of the data set this step produces, e.g. {@code "Normalised"}.
     *
     * @return the name of the data set this step produces, e.g. {@code "Normalised"}
     */
    String output();

    /**
     * Divides indicators by a scaling variable (population, budget, …) so units of different size can
     * be compared: x / d.
     *
     * @param denominators indicator → denominator column; empty = use the metadata's {@code Denominator}
     */
    record Denominate(Map<String, String> denominators) implements Step {
        /** Copies the map. */
        public Denominate {
            denominators = Map.copyOf(denominators);
        }

        @Override
        public String output() {
            return "Denominated";
        }
    }

    /**
     * Fills missing indicator values with the mean or median of the indicator, optionally within the
     * unit's group (e.g. region). Values stay missing when the group has no known value.
     *
     * @param method mean or median
     * @param group the group column, or empty for all units
     */
    record Impute(Imputation method, Optional<String> group) implements Step {
        /** Checks components. */
        public Impute {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(group, "group");
        }

        @Override
        public String output() {
            return "Imputed";
        }
    }

    /**
     * Removes units with too little data (COINr's {@code Screen}): a unit is kept when its share of
     * non-missing indicators is at least {@code minDataShare} and the share of non-zero values among its
     * known indicators at least {@code minNonZeroShare}.
     *
     * @param minDataShare in [0, 1], COINr's default 2/3
     * @param minNonZeroShare in [0, 1], 0 to not screen by zeros
     */
    record Screen(double minDataShare, double minNonZeroShare) implements Step {
        /** Checks the shares. */
        public Screen {
            if (!(minDataShare >= 0 && minDataShare <= 1) || !(minNonZeroShare >= 0 && minNonZeroShare <= 1)) {
                throw new IllegalArgumentException(
                        "screening shares must be in [0, 1], not " + minDataShare + " and " + minNonZeroShare);
            }
        }

        @Override
        public String output() {
            return "Screened";
        }
    }

    /**
     * Treats outliers with COINr's rule: an indicator is treated when |skewness| ≥ {@code skew} and
     * kurtosis ≥ {@code kurtosis}; it is winsorised (the most extreme value replaced by the next one)
     * while it still fails and fewer than {@code maxWinsorised} points were changed; if it still
     * fails, the original values are log-transformed: ln(x − min + 0.01·(max − min)).
     *
     * @param maxWinsorised COINr's {@code winmax}, default 5
     * @param skew skewness threshold, default 2
     * @param kurtosis kurtosis threshold, default 3.5
     * @param skip indicators not to treat
     */
    record Treat(int maxWinsorised, double skew, double kurtosis, Set<String> skip) implements Step {
        /** Checks and copies. */
        public Treat {
            if (maxWinsorised < 0) {
                throw new IllegalArgumentException("maxWinsorised must be ≥ 0, not " + maxWinsorised);
            }
            skip = Set.copyOf(skip);
        }

        @Override
        public String output() {
            return "Treated";
        }
    }

    /**
     * Normalises every indicator (direction applied first).
     *
     * @param method the method for all indicators
     * @param perIndicator exceptions: indicator → method
     */
    record Normalise(Normalisation method, Map<String, Normalisation> perIndicator) implements Step {
        /** Checks and copies. */
        public Normalise {
            Objects.requireNonNull(method, "method");
            perIndicator = Map.copyOf(perIndicator);
        }

        @Override
        public String output() {
            return "Normalised";
        }
    }

    /**
     * Aggregates level by level up to the index.
     *
     * @param methods one method for all levels, or one per aggregation level (levels 2 … top)
     * @param weights the weights to use; empty = the metadata's weights
     * @param minDataShare a unit whose share of non-missing children in a group is below this gets a
     *     missing aggregate (COINr's {@code dat_thresh}); 0 = no threshold
     */
    record Aggregate(List<Aggregation> methods, Optional<WeightSet> weights, double minDataShare) implements Step {
        /** Checks and copies. */
        public Aggregate {
            methods = List.copyOf(methods);
            if (methods.isEmpty()) {
                throw new IllegalArgumentException("at least one aggregation method is needed");
            }
            Objects.requireNonNull(weights, "weights");
            if (!(minDataShare >= 0 && minDataShare <= 1)) {
                throw new IllegalArgumentException("minDataShare must be in [0, 1], not " + minDataShare);
            }
        }

        /**
         * Returns the method used for that level.
         *
         * @param aggregationLevel 2 … top level
         * @return the method used for that level
         */
        public Aggregation methodFor(int aggregationLevel) {
            return methods.size() == 1 ? methods.get(0) : methods.get(aggregationLevel - 2);
        }

        @Override
        public String output() {
            return "Aggregated";
        }
    }
}
