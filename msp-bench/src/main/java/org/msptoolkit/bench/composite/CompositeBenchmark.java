package org.msptoolkit.bench.composite;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.msptoolkit.composite.Aggregation;
import org.msptoolkit.composite.CompositeIndex;
import org.msptoolkit.composite.Normalisation;
import org.msptoolkit.composite.Results;
import org.msptoolkit.composite.SensitivityResult;
import org.msptoolkit.composite.UncertainInput;
import org.msptoolkit.composite.UncertaintyAnalysis;
import org.msptoolkit.composite.UncertaintyResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The workload against COINr 1.1.14 (R 4.2.2, 2 cores): 10 000 units × 50 indicators, 3
 * aggregation levels; uncertainty N = 100 with min-max [1, 100] vs z-score (10, 2), ±25 % noisy weights
 * at levels 2–3 (100 sets), arithmetic vs geometric — COINr 185 s, target &lt; 2 s; the matching
 * sensitivity analysis with 500 regenerations (N = 100, d = 3) — COINr 726 s, target &lt; 8 s.
 *
 * <pre>
 * java -jar msp-bench/target/benchmarks.jar 'composite' -f 1 -wi 1 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CompositeBenchmark {
    /** Number of units. */
    @Param({"10000"})
    public int units;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private CompositeIndex nominal;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private UncertaintyAnalysis analysis;

    /** Builds the synthetic index and the uncertain inputs. */
    @Setup
    public void setUp() {
        nominal = SyntheticIndex.build(units, 20261128L);
        analysis = UncertaintyAnalysis.of(
                        nominal,
                        UncertainInput.normalisation(Normalisation.minMax(1, 100), Normalisation.zScore(10, 2)),
                        UncertainInput.noisyWeights(Map.of(2, 0.25, 3, 0.25), 100),
                        UncertainInput.aggregation(Aggregation.arithmetic(), Aggregation.geometric()))
                .seed(1);
    }

    /**
     * Returns one nominal build: normalise 50 indicators and aggregate three levels.
     *
     * @return one nominal build: normalise 50 indicators and aggregate three levels
     */
    @Benchmark
    public Results nominalBuild() {
        return nominal.rerun(nominal.analysis()).results();
    }

    /**
     * Returns uncertainty analysis, N = 100 regenerations (COINr: 185 s).
     *
     * @return uncertainty analysis, N = 100 regenerations (COINr: 185 s)
     */
    @Benchmark
    public UncertaintyResult uncertaintyN100() {
        return analysis.uncertainty(100);
    }

    /**
     * Returns sensitivity analysis, N = 100, d = 3: 500 regenerations, 1000 bootstrap resamples (COINr: 726 s).
     *
     * @return sensitivity analysis, N = 100, d = 3: 500 regenerations, 1000 bootstrap resamples (COINr: 726 s)
     */
    @Benchmark
    public SensitivityResult sensitivity500() {
        return analysis.sensitivity(100, 1000);
    }
}
