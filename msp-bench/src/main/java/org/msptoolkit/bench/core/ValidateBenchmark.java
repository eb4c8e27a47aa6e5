package org.msptoolkit.bench.core;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.msptoolkit.bench.BenchProcesses;
import org.msptoolkit.core.internal.validation.ModelConstraints;
import org.msptoolkit.core.internal.validation.ReferenceChecks;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.ValidationReport;
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
 * Latency of validating one 1,000-participant process in memory ({@link BenchProcesses#thousandParticipants()}),
 * in whole and split into its two halves: the Jakarta constraints (the hand-written pass {@code validate()}
 * runs) and the reference checks. Sample-time mode, so the report gives the median ({@code p0.50}).
 *
 * <pre>java -jar msp-bench/target/benchmarks.jar 'core.ValidateBenchmark' -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ValidateBenchmark {
    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private MspProcess process;

    /** Makes the process and checks that it is valid, so that the happy path is what is measured. */
    @Setup
    public void setUp() {
        process = BenchProcesses.thousandParticipants();
        if (!process.validate().isValid()) {
            throw new IllegalStateException("benchmark process must be valid: " + process.validate());
        }
    }

    /**
     * Returns the report of {@code process.validate()}.
     *
     * @return the report of {@code process.validate()}
     */
    @Benchmark
    public ValidationReport validate() {
        return process.validate();
    }

    /**
     * Returns the Jakarta constraint problems alone, as {@code validate()} finds them.
     *
     * @return the Jakarta constraint problems alone, as {@code validate()} finds them
     */
    @Benchmark
    public List<Problem> constraintsOnly() {
        return ModelConstraints.check(process);
    }

    /**
     * Returns the reference, id, date and count problems alone.
     *
     * @return the reference, id, date and count problems alone
     */
    @Benchmark
    public List<Problem> referencesOnly() {
        return ReferenceChecks.check(process);
    }
}
