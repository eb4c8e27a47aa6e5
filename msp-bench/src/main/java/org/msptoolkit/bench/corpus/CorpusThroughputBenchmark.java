package org.msptoolkit.bench.corpus;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.CorpusSummary;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.indicators.CorpusEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput, in processes per second, of evaluating an in-memory NDJSON corpus of {@value #PROCESSES}
 * processes of the testkit clearing-house shape, against the floor:
 * (a) {@code floorJacksonTree}: Jackson parses each record into a tree, which is discarded;
 * (b) {@code readValidate}: msp-io reads each record (parse, map, validate) on one thread;
 * (c) {@code readValidateEvaluate1}/{@code readValidateEvaluateAllCores}: msp-io's {@link CorpusEvaluator} reads,
 * validates and evaluates each record with {@code hemmati-2002}, on one thread / on every core.
 * MB/s = processes/s × the mean record size printed at set-up.
 *
 * <pre>java -jar msp-bench/target/benchmarks.jar 'corpus.CorpusThroughputBenchmark' -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CorpusThroughputBenchmark {
    /** Processes in the benchmark corpus. */
    public static final int PROCESSES = 200;

    /** The skew of the clearing-house shape: 1 log-uniform (mean ~200 KB/record), 3 mostly small (~20 KB). */
    @Param({"3", "1"})
    public double skew;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private byte[] corpus;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private ObjectReader trees;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private CorpusEvaluator single;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private CorpusEvaluator allCores;

    /** Writes the corpus and prepares the readers. */
    @Setup
    public void setUp() {
        corpus = BenchCorpus.inMemory(PROCESSES, skew);
        trees = JsonMapper.builder().build().readerFor(JsonNode.class);
        CorpusEvaluator e = CorpusEvaluator.of(Evaluator.of(IndicatorRegistry.builtin()), Frameworks.hemmati2002());
        single = e.threads(1);
        allCores = e.threads(Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "%n[corpus] %d processes, skew %s, %,d bytes, %.1f KB per record%n",
                PROCESSES,
                skew,
                corpus.length,
                corpus.length / 1024.0 / PROCESSES);
    }

    /** (a) The floor: every record parsed into a Jackson tree and discarded. */
    @Benchmark
    @OperationsPerInvocation(PROCESSES)
    public void floorJacksonTree(Blackhole bh) {
        try (MappingIterator<JsonNode> it = trees.readValues(corpus)) {
            while (it.hasNext()) {
                bh.consume(it.next());
            }
        }
    }

    /** (b) Every record read by msp-io: parsed, mapped to the model and validated. */
    @Benchmark
    @OperationsPerInvocation(PROCESSES)
    public void readValidate(Blackhole bh) {
        try (CorpusReader r = MspCorpus.ndjson().open(new ByteArrayInputStream(corpus), "bench")) {
            r.processes().forEach(bh::consume);
        }
    }

    /** (c) Read, validate and evaluate with hemmati-2002, on one thread. */
    @Benchmark
    @OperationsPerInvocation(PROCESSES)
    public CorpusSummary readValidateEvaluate1(Blackhole bh) {
        return single.evaluate(new ByteArrayInputStream(corpus), "bench", bh::consume);
    }

    /** (c) Read, validate and evaluate with hemmati-2002, on every core, results in input order. */
    @Benchmark
    @OperationsPerInvocation(PROCESSES)
    public CorpusSummary readValidateEvaluateAllCores(Blackhole bh) {
        return allCores.evaluate(new ByteArrayInputStream(corpus), "bench", bh::consume);
    }
}
