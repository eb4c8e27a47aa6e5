package org.msptoolkit.bench.indicators;

import java.util.concurrent.TimeUnit;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long evaluating one generated process with every built-in indicator (framework hemmati-2002) takes,
 * by process size; and how long loading the indicator registry through the ServiceLoader takes.
 *
 * <pre>
 * mvn -B -Dquick package -pl msp-bench -am -DskipTests
 * java -jar msp-bench/target/benchmarks.jar EvaluationBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {
    /** Size of the generated process. */
    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    @Param({"SMALL", "MEDIUM", "LARGE"})
    public String size;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private MspProcess process;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private Evaluator evaluator;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private Framework framework;

    /** Generates the process (seed 1) and loads the registry once. */
    @Setup
    public void setUp() {
        process = ProcessGenerator.process(1, ProcessSize.valueOf(size));
        evaluator = Evaluator.of(IndicatorRegistry.load()).withContext(EvaluationContext.asOf("2025-01-01"));
        framework = Frameworks.hemmati2002();
    }

    /**
     * Returns the report of every built-in indicator and the fifteen principle scores.
     *
     * @return the report of every built-in indicator and the fifteen principle scores
     */
    @Benchmark
    public EvaluationReport evaluateHemmati() {
        return evaluator.evaluate(process, framework);
    }

    /**
     * Returns a registry freshly loaded through the ServiceLoader.
     *
     * @return a registry freshly loaded through the ServiceLoader
     */
    @Benchmark
    public IndicatorRegistry loadRegistry() {
        return IndicatorRegistry.load();
    }
}
