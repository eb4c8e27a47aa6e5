package org.msptoolkit.bench.qca;

import java.util.concurrent.TimeUnit;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.MinimiseOptions;
import org.msptoolkit.learning.qca.Qca;
import org.msptoolkit.learning.qca.Solution;
import org.msptoolkit.learning.qca.TruthTable;
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
 * End-to-end QCA on the generated benchmark truth tables (README of data/qca/benchmark): truth
 * table (incl.cut 1) + minimisation (all minimal models, up to 10,000) + parameters of fit.
 * Case = mode:k:N:solution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@SuppressWarnings("StringSplitter") // scenario names have no empty parts
public class QcaBenchmark {
    /** Benchmark case: mode:k:N:solution. */
    @Param({
        "rule:10:200:conservative",
        "rule:10:200:parsimonious",
        "rule:18:200:conservative",
        "rule:18:200:parsimonious",
        "random:18:50:conservative",
        "random:18:50:parsimonious",
        "rule:18:1000:conservative",
        "rule:18:1000:parsimonious",
        "rule:22:200:conservative",
        "rule:22:200:parsimonious",
        "random:10:200:parsimonious"
    })
    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    public String scenario;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private CaseTable table;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private MinimiseOptions options;

    /** Loads or generates the table. */
    @Setup
    public void setUp() {
        String[] p = scenario.split(":");
        table = QcaTables.table(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        options = p[3].equals("conservative") ? MinimiseOptions.conservative() : MinimiseOptions.parsimonious();
    }

    /**
     * Truth table, minimisation and fit.
     *
     * @return the solution (consumed by JMH)
     */
    @Benchmark
    public Solution minimise() {
        TruthTable tt = TruthTable.builder(table, "Y").build();
        return Qca.minimise(tt, options);
    }
}
