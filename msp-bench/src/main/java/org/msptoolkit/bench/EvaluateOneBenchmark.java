package org.msptoolkit.bench;

import java.util.concurrent.TimeUnit;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of evaluating one 1,000-participant process in memory with {@code hemmati-2002}
 * ({@link BenchProcesses#thousandParticipants()}), and of validating and evaluating it. Sample-time mode:
 * the median is {@code p0.50}.
 *
 * <pre>java -jar msp-bench/target/benchmarks.jar 'EvaluateOneBenchmark' -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EvaluateOneBenchmark {
    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private MspProcess process;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private Evaluator evaluator;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private Framework framework;

    /** Makes the process and the evaluator. */
    @Setup
    public void setUp() {
        process = BenchProcesses.thousandParticipants();
        evaluator = Evaluator.of(IndicatorRegistry.builtin());
        framework = Frameworks.hemmati2002();
    }

    /**
     * Returns the evaluation of the process.
     *
     * @return the evaluation of the process
     */
    @Benchmark
    public EvaluationReport evaluate() {
        return evaluator.evaluate(process, framework);
    }

    /**
     * Returns the evaluation, after validating the process.
     *
     * @return the evaluation, after validating the process
     */
    @Benchmark
    public EvaluationReport validateAndEvaluate() {
        if (!process.validate().isValid()) {
            throw new IllegalStateException("invalid");
        }
        return evaluator.evaluate(process, framework);
    }
}
