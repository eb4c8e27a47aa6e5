package org.msptoolkit.bench.core;

import java.util.concurrent.TimeUnit;
import org.msptoolkit.bench.BenchProcesses;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.testkit.corpus.CorpusGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the testkit corpus generator: processes of the clearing-house shape made per second,
 * walking the corpus index by index (so the mix of sizes is the corpus's).
 *
 * <pre>java -jar msp-bench/target/benchmarks.jar 'core.GenerateBenchmark' -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GenerateBenchmark {
    private final CorpusGenerator corpus = CorpusGenerator.seeded(BenchProcesses.SEED);
    private long next;

    /**
     * Returns the next process of the corpus (wrapping after 10,000 so that the mix stays the same).
     *
     * @return the next process of the corpus (wrapping after 10,000 so that the mix stays the same)
     */
    @Benchmark
    public MspProcess nextCorpusProcess() {
        MspProcess p = corpus.process(next);
        next = (next + 1) % 10_000;
        return p;
    }
}
