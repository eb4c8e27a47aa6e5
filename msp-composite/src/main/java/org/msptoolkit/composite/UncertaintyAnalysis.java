package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.composite.internal.Engine;
import org.msptoolkit.composite.internal.Frame;
import org.msptoolkit.composite.internal.Model;
import org.msptoolkit.composite.internal.Seeds;
import org.msptoolkit.composite.internal.Stats;

/**
 * Uncertainty and sensitivity analysis of a composite index (COINr's {@code get_sensitivity}): the
 * recorded choices of a nominal index (normalisation, aggregation, weights, indicator set) are
 * replaced by sampled alternatives and the index is regenerated many times. Runs in parallel on all
 * cores; results depend only on the seed, never on the number of threads.
 *
 * <pre>{@code
 * UncertaintyAnalysis ua = UncertaintyAnalysis.of(index,
 *         UncertainInput.normalisation(Normalisation.minMax(1, 100), Normalisation.zScore(10, 2)),
 *         UncertainInput.noisyWeights(Map.of(2, 0.25, 3, 0.25), 100),
 *         UncertainInput.aggregation(Aggregation.arithmetic(), Aggregation.geometric()))
 *     .seed(42);
 * ua.uncertainty(100).rankStatistics();   // median rank and 5–95 % interval per unit
 * ua.sensitivity(100, 500).indices();      // Si and STi per input
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UncertaintyAnalysis {
    private static final long PARAMETERS = 1;
    private static final long WEIGHTS = 3;

    private final CompositeIndex nominal;
    private final List<UncertainInput> inputs;
    private final long seed;
    private final int parallelism;

    private UncertaintyAnalysis(CompositeIndex nominal, List<UncertainInput> inputs, long seed, int parallelism) {
        this.nominal = nominal;
        this.inputs = List.copyOf(inputs);
        this.seed = seed;
        this.parallelism = parallelism;
    }

    /**
     * An analysis of a nominal index that normalises and aggregates.
     *
     * @param nominal the index with its nominal choices
     * @param inputs the uncertain choices, at least one
     * @return the analysis (seed 0, all cores)
     * @throws IllegalArgumentException if the nominal index lacks a normalisation or aggregation step, or
     *     an excluded indicator is unknown
     */
    public static UncertaintyAnalysis of(CompositeIndex nominal, UncertainInput... inputs) {
        Objects.requireNonNull(nominal, "nominal");
        if (inputs.length == 0) {
            throw new IllegalArgumentException("give at least one uncertain input");
        }
        if (nominal.analysis().step(Step.Normalise.class).isEmpty()
                || nominal.analysis().step(Step.Aggregate.class).isEmpty()) {
            throw new IllegalArgumentException("the nominal index must normalise and aggregate before its choices "
                    + "can be perturbed: " + nominal.analysis());
        }
        for (UncertainInput in : inputs) {
            if (in instanceof UncertainInput.IndicatorExclusion ex) {
                for (String c : ex.candidates()) {
                    if (!nominal.structure().indicators().contains(c)) {
                        throw new IllegalArgumentException("cannot leave out '" + c + "': not an indicator");
                    }
                }
            }
        }
        return new UncertaintyAnalysis(
                nominal, Arrays.asList(inputs), 0, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Returns a copy with this seed.
     *
     * @param newSeed the seed all random draws derive from
     * @return a copy with this seed
     */
    public UncertaintyAnalysis seed(long newSeed) {
        return new UncertaintyAnalysis(nominal, inputs, newSeed, parallelism);
    }

    /**
     * Returns a copy using that many threads.
     *
     * @param threads how many threads to use (results do not depend on it)
     * @return a copy using that many threads
     */
    public UncertaintyAnalysis parallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, not " + threads);
        }
        return new UncertaintyAnalysis(nominal, inputs, seed, threads);
    }

    /**
     * Returns the uncertain inputs.
     *
     * @return the uncertain inputs
     */
    public List<UncertainInput> inputs() {
        return inputs;
    }

    /**
     * Uncertainty analysis: N replications, each with every input drawn uniformly at random.
     *
     * @param replications N
     * @return scores, ranks and rank statistics
     */
    public UncertaintyResult uncertainty(int replications) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be ≥ 1, not " + replications);
        }
        Plan plan = new Plan();
        int d = inputs.size();
        double[][] u = new double[replications][d];
        for (int r = 0; r < replications; r++) {
            SplittableRandom rng = Seeds.random(seed, PARAMETERS, r);
            for (int j = 0; j < d; j++) {
                u[r][j] = rng.nextDouble();
            }
        }
        double[][] scores = new double[replications][];
        double[][] ranks = new double[replications][];
        parallel(replications, r -> {
            scores[r] = plan.scores(plan.choose(u[r]));
            ranks[r] = Stats.rankDescending(scores[r]);
        });
        List<List<String>> choices = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            int[] c = plan.choose(u[r]);
            List<String> desc = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                desc.add(inputs.get(j).name() + " = " + inputs.get(j).describe(c[j]));
            }
            choices.add(List.copyOf(desc));
        }
        return new UncertaintyResult(plan.prefix.unitCodes(), plan.nominalRanks, ranks, scores, choices);
    }

    /**
     * Sensitivity analysis: a Saltelli design of N·(d + 2) regenerations; the output is the mean absolute
     * rank shift against the nominal ranking.
     *
     * @param n N, the base sample size
     * @param bootstrap bootstrap resamples for the intervals
     * @return first-order and total indices per input
     */
    public SensitivityResult sensitivity(int n, int bootstrap) {
        Plan plan = new Plan();
        int d = inputs.size();
        double[][] design = SensitivityEstimators.saltelliDesign(n, d, seed);
        double[] y = new double[design.length];
        parallel(design.length, r -> {
            double[] ranks = Stats.rankDescending(plan.scores(plan.choose(design[r])));
            double s = 0;
            int k = 0;
            for (int j = 0; j < ranks.length; j++) {
                double a = ranks[j];
                double b = plan.nominalRanks[j];
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    s += Math.abs(a - b);
                    k++;
                }
            }
            y[r] = k == 0 ? Double.NaN : s / k;
        });
        List<String> names = new ArrayList<>();
        for (UncertainInput in : inputs) {
            names.add(in.name());
        }
        return new SensitivityResult(SensitivityEstimators.estimate(y, n, names, bootstrap, seed), y, n);
    }

    private void parallel(int count, java.util.function.IntConsumer task) {
        if (parallelism == 1) {
            for (int r = 0; r < count; r++) {
                task.accept(r);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(task))
                    .join();
        } finally {
            pool.shutdown();
        }
    }

    /** Everything a replication needs, prepared once: data before normalisation, normalised variants. */
    private final class Plan {
        final Model model = nominal.model();
        final Frame prefix;
        final Frame[] normalised;
        final double[][][] logs;
        final Step.Aggregate nominalAggregate;
        final double[] nominalWeights;
        final double[][] weightSets;
        final int top;
        final double[] nominalRanks;

        Plan() {
            Step.Normalise norm = nominal.analysis().step(Step.Normalise.class).orElseThrow();
            nominalAggregate = nominal.analysis().step(Step.Aggregate.class).orElseThrow();
            List<Step> before = new ArrayList<>();
            for (Step s : nominal.analysis().steps()) {
                if (s instanceof Step.Normalise) {
                    break;
                }
                before.add(s);
            }
            Map<String, Frame> sets = Engine.run(model, new Analysis(before)).sets();
            Frame last = null;
            for (Frame f : sets.values()) {
                last = f;
            }
            prefix = Objects.requireNonNull(last, "the pipeline always keeps the Raw data set");
            UncertainInput.NormalisationChoice nc = input(UncertainInput.NormalisationChoice.class);
            if (nc == null) {
                normalised = new Frame[] {Engine.normalise(model, prefix, norm, null)};
            } else {
                normalised = new Frame[nc.alternatives()];
                for (int i = 0; i < normalised.length; i++) {
                    normalised[i] = Engine.normalise(
                            model, prefix, new Step.Normalise(nc.methods().get(i), norm.perIndicator()), null);
                }
            }
            logs = new double[normalised.length][][];
            for (int i = 0; i < normalised.length; i++) {
                logs[i] = Engine.logs(model, normalised[i]);
            }
            nominalWeights = nominalAggregate.weights().map(model::weightsOf).orElse(model.metadataWeights());
            UncertainInput.NoisyWeights nw = input(UncertainInput.NoisyWeights.class);
            if (nw == null) {
                weightSets = new double[0][];
            } else {
                weightSets = new double[nw.sets()][];
                for (int s = 0; s < nw.sets(); s++) {
                    SplittableRandom rng = Seeds.random(seed, WEIGHTS, s);
                    double[] w = nominalWeights.clone();
                    for (int i = 0; i < w.length; i++) {
                        Double f = nw.noiseByLevel().get(model.level(i));
                        if (f != null) {
                            w[i] = w[i] + (rng.nextDouble() * 2 - 1) * f * w[i];
                        }
                    }
                    weightSets[s] = w;
                }
            }
            top = model.node(model.structure().index());
            Frame nominalFrame = Engine.normalise(model, prefix, norm, null);
            double[] nominalScores = Engine.aggregate(
                            model,
                            nominalFrame,
                            nominalAggregate::methodFor,
                            nominalWeights,
                            nominalAggregate.minDataShare(),
                            null)
                    .cols()[top];
            nominalRanks = Stats.rankDescending(nominalScores);
        }

        private <T extends UncertainInput> @Nullable T input(Class<T> kind) {
            for (UncertainInput in : inputs) {
                if (kind.isInstance(in)) {
                    return kind.cast(in);
                }
            }
            return null;
        }

        int[] choose(double[] u) {
            int[] c = new int[u.length];
            for (int j = 0; j < u.length; j++) {
                int k = inputs.get(j).alternatives();
                c[j] = Math.min((int) (u[j] * k), k - 1);
            }
            return c;
        }

        double[] scores(int[] choice) {
            int norm = 0;
            Engine.MethodByLevel methods = nominalAggregate::methodFor;
            double[] w = nominalWeights;
            boolean[] excluded = null;
            for (int j = 0; j < choice.length; j++) {
                UncertainInput in = inputs.get(j);
                int c = choice[j];
                if (in instanceof UncertainInput.NormalisationChoice) {
                    norm = c;
                } else if (in instanceof UncertainInput.AggregationChoice ac) {
                    Aggregation a = ac.methods().get(c);
                    methods = level -> a;
                } else if (in instanceof UncertainInput.NoisyWeights) {
                    w = weightSets[c];
                } else if (c > 0) {
                    excluded = new boolean[model.nodes().length];
                    excluded[
                            model.node(((UncertainInput.IndicatorExclusion) in)
                                    .candidates()
                                    .get(c - 1))] = true;
                }
            }
            return Engine.aggregate(
                            model, normalised[norm], methods, w, nominalAggregate.minDataShare(), excluded, logs[norm])
                    .cols()[top];
        }
    }
}
