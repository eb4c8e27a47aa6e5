package org.msptoolkit.bench.indicators;

import java.util.List;
import java.util.Locale;
import org.msptoolkit.bench.BenchProcesses;
import org.msptoolkit.bench.CpuTimer;
import org.msptoolkit.bench.corpus.BenchCorpus;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;

/**
 * Evaluation alone, without reading: the single-thread CPU time per process of evaluating the first {@code n}
 * clearing-house corpus processes (made in memory by the testkit generator, no JSON) with {@code hemmati-2002},
 * round after round, then the CPU median of evaluating the 1,000-participant process. A driver for profiling
 * (run it under JFR) and a quick before/after check.
 *
 * <pre>java -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.indicators.EvaluateCorpusCpuTime 2000 5 3</pre>
 *
 * <p>Arguments: processes (default 2,000), rounds (default 5; the first is warm-up), skew (default 3), measured
 * evaluations of the 1,000-participant process (default 500, after 300 for warm-up).
 */
public final class EvaluateCorpusCpuTime {
    private EvaluateCorpusCpuTime() {}

    /**
     * Runs it.
     *
     * @param args processes, rounds, skew, evaluations of the large process
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double skew = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        int bigRuns = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        List<MspProcess> processes = BenchCorpus.generator(skew).processes(n).toList();
        Evaluator evaluator = Evaluator.of(IndicatorRegistry.builtin());
        Framework hemmati = Frameworks.hemmati2002();
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = CpuTimer.now();
            for (MspProcess p : processes) {
                sink += evaluator.evaluate(p, hemmati).indicators().size();
            }
            long cpu = CpuTimer.now() - t0;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d processes (skew %s), evaluate hemmati-2002: %8.1f us CPU " + "per process%s%n",
                    round,
                    n,
                    skew,
                    cpu / 1e3 / n,
                    round == 0 ? " (warm-up)" : "");
        }
        long[] each = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = CpuTimer.now();
            sink += evaluator.evaluate(processes.get(i), hemmati).indicators().size();
            each[i] = CpuTimer.now() - t0;
        }
        long small = 0;
        int smallCount = 0;
        for (int i = 0; i < n; i++) {
            if (processes.get(i).participants().size() <= 20) {
                small += each[i];
                smallCount++;
            }
        }
        long[] sorted = each.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "per process: median %.1f us, p90 %.1f us; mean over the %d processes with at "
                        + "most 20 participants %.1f us (each timed, so about 1 us of timer included)%n",
                sorted[n / 2] / 1e3,
                sorted[n * 9 / 10] / 1e3,
                smallCount,
                small / 1e3 / Math.max(1, smallCount));
        MspProcess big = BenchProcesses.thousandParticipants();
        System.out.println(CpuTimer.describe(
                CpuTimer.sample(300, bigRuns, () -> evaluator.evaluate(big, hemmati)),
                "evaluate 1,000-participant process"));
        if (sink == 42) {
            System.out.println();
        }
    }
}
