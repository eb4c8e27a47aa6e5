package org.msptoolkit.bench.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/**
 * Plain benchmark: streams a generated NDJSON corpus of many processes through
 * {@link MspCorpus#ndjson()} (parse, map, validate every record) in a small heap, to show that
 * memory is bounded by the largest record, not the file. Run with e.g.
 * {@code java -Xmx64m -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.io.NdjsonStreamRead
 * /tmp/msp-100k.ndjson 100000 SMALL}. The corpus is generated (also streaming) if the file is missing.
 */
public final class NdjsonStreamRead {
    private NdjsonStreamRead() {}

    /**
     * Runs the benchmark.
     *
     * @param args corpus file, number of processes (default 100000), process size (default SMALL)
     * @throws IOException if the corpus cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/msp-100k.ndjson");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ProcessSize size = args.length > 2 ? ProcessSize.valueOf(args[2]) : ProcessSize.SMALL;
        Runtime rt = Runtime.getRuntime();
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            try (CorpusWriter w = MspCorpus.ndjson().writer(file)) {
                for (int seed = 0; seed < n; seed++) {
                    w.write(ProcessGenerator.process(seed, size));
                }
            }
            System.out.printf(
                    Locale.ROOT, "generated %,d %s processes in %.1f s%n", n, size, (System.nanoTime() - t0) / 1e9);
        }
        long bytes = Files.size(file);
        LongAdder stakeholders = new LongAdder();
        long peakUsed = 0;
        long t0 = System.nanoTime();
        long count = 0;
        try (CorpusReader r = MspCorpus.ndjson().onError(OnError.STOP).open(file)) {
            var it = r.processes().iterator();
            while (it.hasNext()) {
                stakeholders.add(it.next().stakeholders().size());
                if (++count % 1000 == 0) {
                    peakUsed = Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "read %,d processes (%,d stakeholders) from %s (%,.1f MB) in %.1f s = %,.0f processes/s, %.1f MB/s;"
                        + " -Xmx %,d MB, peak heap used (sampled) %,d MB, cores %d%n",
                count,
                stakeholders.sum(),
                file,
                bytes / 1e6,
                seconds,
                count / seconds,
                bytes / 1e6 / seconds,
                rt.maxMemory() / (1024 * 1024),
                peakUsed / (1024 * 1024),
                rt.availableProcessors());
    }
}
