package org.msptoolkit.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.bench.BenchProcesses;
import org.msptoolkit.bench.CpuTimer;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.Syntax;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain companion of {@link CorpusThroughputBenchmark} that reports the single-thread <em>CPU time</em>
 * per process of each stage over the same records, which a shared machine does not inflate:
 * (a) Jackson tree parse (the floor), (b) msp-io read (parse, map, validate), of which validate alone,
 * (c) evaluate with hemmati-2002; the mapping from text to process without validation (msp-io's one
 * streaming reader); and the latency of evaluating the 1,000-participant process.
 *
 * <pre>java -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.corpus.StageCpuTime 2000 3</pre>
 *
 * <p>Arguments: number of corpus records (default 2,000; the first quarter warms up), skew (default 3),
 * rounds over the records (default 2; only the last is reported; more rounds give the JIT time to
 * finish compiling on a busy machine). The floor and the streaming reader are timed both from the record's
 * text and from its UTF-8 bytes, as a corpus reader has them.
 */
@SuppressWarnings("StringSplitter") // a trailing newline gives no empty record
public final class StageCpuTime {
    private StageCpuTime() {}

    /** Maps one document with msp-io's streaming reader, without domain validation. */
    private static MspProcess map(Engine engine, JsonParser parser) {
        try (JsonParser p = parser) {
            p.nextToken();
            MspProcess process = engine.readDocument(p).value();
            if (process == null) {
                throw new IllegalStateException("a bench record does not read");
            }
            return process;
        }
    }

    /**
     * Runs it.
     *
     * @param args records, skew
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        double skew = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        byte[] bytes = BenchCorpus.inMemory(n, skew);
        List<String> lines = new ArrayList<>();
        List<byte[]> utf8 = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
                utf8.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        ObjectMapper trees = JsonMapper.builder().build();
        MspFormat json = MspFormat.json();
        Engine engine = new Engine(Syntax.JSON, ReadLimits.defaults(), false);
        Evaluator evaluator = Evaluator.of(IndicatorRegistry.builtin());
        Framework hemmati = Frameworks.hemmati2002();
        long floor = 0;
        long read = 0;
        long validate = 0;
        long evaluate = 0;
        long fastMap = 0;
        long floorBytes = 0;
        long fastBytes = 0;
        int warm = n / 4;
        int sink = 0; // the fast-path results, kept alive outside the timed spans
        for (int round = 0; round < rounds; round++) {
            floor = 0;
            read = 0;
            validate = 0;
            evaluate = 0;
            fastMap = 0;
            floorBytes = 0;
            fastBytes = 0;
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                long t0 = CpuTimer.now();
                trees.readTree(text);
                long t1 = CpuTimer.now();
                MspProcess p = json.readProcess(text).orElseThrow();
                long t2 = CpuTimer.now();
                p.validate();
                long t3 = CpuTimer.now();
                evaluator.evaluate(p, hemmati);
                long t4 = CpuTimer.now();
                MspProcess fromText = map(engine, engine.mapper().createParser(text));
                long t5 = CpuTimer.now();
                sink += System.identityHashCode(fromText);
                long t6 = t5;
                byte[] raw = utf8.get(i);
                trees.readTree(raw);
                long t7 = CpuTimer.now();
                MspProcess fromBytes = map(engine, engine.mapper().createParser(raw));
                long t8 = CpuTimer.now();
                sink += System.identityHashCode(fromBytes);
                if (i >= warm) {
                    floorBytes += t7 - t6;
                    fastBytes += t8 - t7;
                    fastMap += t5 - t4;
                    floor += t1 - t0;
                    read += t2 - t1;
                    validate += t3 - t2;
                    evaluate += t4 - t3;
                }
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps sink alive
        }
        double m = lines.size() - warm;
        double kb = bytes.length / 1024.0 / lines.size();
        System.out.printf(
                Locale.ROOT,
                "%d records, skew %s, mean %.1f KB; single-thread CPU per process (mean):%n",
                lines.size(),
                skew,
                kb);
        System.out.printf(
                Locale.ROOT,
                "  (a) floor, Jackson tree parse      %8.1f us  %6.1f MB/s%n",
                floor / m / 1e3,
                kb * 1024 / (floor / m / 1e3));
        System.out.printf(
                Locale.ROOT,
                "  (b) msp-io read (parse, map, validate) %8.1f us  = %.1f x floor%n",
                read / m / 1e3,
                (double) read / floor);
        System.out.printf(Locale.ROOT, "      of which validate() alone      %8.1f us%n", validate / m / 1e3);
        System.out.printf(Locale.ROOT, "      evaluate with hemmati-2002      %8.1f us%n", evaluate / m / 1e3);
        System.out.printf(
                Locale.ROOT,
                "  (c) read + validate + evaluate      %8.1f us  = %.1f x floor (target <= 1.5 x)%n",
                (read + evaluate) / m / 1e3,
                (double) (read + evaluate) / floor);
        System.out.printf(
                Locale.ROOT,
                "  text to process without validate   %8.1f us  = %.2f x floor%n",
                fastMap / m / 1e3,
                (double) fastMap / floor);
        System.out.printf(
                Locale.ROOT,
                "  from UTF-8 bytes: (a) floor         %8.1f us  %6.1f MB/s%n",
                floorBytes / m / 1e3,
                kb * 1024 / (floorBytes / m / 1e3));
        System.out.printf(
                Locale.ROOT,
                "  bytes to process without validate  %8.1f us  = %.2f x byte floor" + " (%.2f x text floor)%n",
                fastBytes / m / 1e3,
                (double) fastBytes / floorBytes,
                (double) fastBytes / floor);
        System.out.printf(
                Locale.ROOT,
                "  (c) from bytes: map + validate + evaluate %8.1f us  = %.2f x byte floor%n",
                (fastBytes + validate + evaluate) / m / 1e3,
                (double) (fastBytes + validate + evaluate) / floorBytes);
        MspProcess big = BenchProcesses.thousandParticipants();
        System.out.println(CpuTimer.describe(
                CpuTimer.sample(300, 500, () -> evaluator.evaluate(big, hemmati)),
                "evaluate 1,000-participant process"));
        System.out.println(
                CpuTimer.describe(CpuTimer.sample(300, 500, big::validate), "validate 1,000-participant process"));
    }
}
