package org.msptoolkit.bench.corpus;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.corpus.CorpusSummary;
import org.msptoolkit.io.indicators.CorpusEvaluator;

/**
 * Plain (non-JMH) scale run: evaluates an NDJSON corpus file end to end with {@link CorpusEvaluator}
 * and {@code hemmati-2002}, checks that outcomes arrive in input order, and reports processes/s, MB/s,
 * CPU seconds and peak heap. The corpus is generated first (streaming) when the file is missing.
 *
 * <pre>java -Xmx256m -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.corpus.CorpusScaleRun \
 *     /tmp/msp-corpus-100k-s3.ndjson 100000 3 2</pre>
 *
 * <p>Arguments: corpus file, number of processes, skew of the clearing-house shape, threads (default:
 * every core).
 */
public final class CorpusScaleRun {
    private CorpusScaleRun() {}

    /**
     * Runs it.
     *
     * @param args file, processes, skew, threads
     * @throws IOException if the corpus cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        double skew = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        int threads = args.length > 3
                ? Integer.parseInt(args[3])
                : Runtime.getRuntime().availableProcessors();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long g0 = System.nanoTime();
        if (BenchCorpus.toFile(file, n, skew)) {
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d processes (skew %s) into %s in %.1f s%n",
                    n,
                    skew,
                    file,
                    (System.nanoTime() - g0) / 1e9);
        }
        double mb = Files.size(file) / 1e6;
        CorpusEvaluator evaluator = CorpusEvaluator.of(
                        Evaluator.of(IndicatorRegistry.builtin()), Frameworks.hemmati2002())
                .threads(threads);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong expected = new AtomicLong();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        CorpusSummary summary;
        summary = evaluator.evaluate(file, o -> {
            if (o.index() != expected.getAndIncrement()) {
                throw new IllegalStateException("out of order: " + o.index());
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s in input order from %s (%,.1f MB, skew %s) on %d thread(s): %.1f s wall = %,.0f processes/s,"
                        + " %.1f MB/s; %.1f CPU s (%.2f ms CPU per process); -Xmx %,d MB, peak heap %,.0f MB"
                        + " (sum of pool peaks); %d cores, load average %.1f%n",
                summary,
                file,
                mb,
                skew,
                threads,
                seconds,
                summary.records() / seconds,
                mb / seconds,
                cpu,
                cpu * 1e3 / summary.records(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                peak / 1e6,
                Runtime.getRuntime().availableProcessors(),
                os.getSystemLoadAverage());
    }
}
