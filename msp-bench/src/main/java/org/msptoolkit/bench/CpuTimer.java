package org.msptoolkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the CPU time the current thread spends on an action, which stays meaningful when the machine
 * is shared (wall-clock time then counts the time the thread waited for a core). Used by the plain
 * {@code *CpuTime} mains beside the JMH benchmarks.
 */
public final class CpuTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimer() {}

    /**
     * Returns the current thread's CPU time in nanoseconds.
     *
     * @return the current thread's CPU time in nanoseconds
     */
    public static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Runs {@code action} {@code warmup} times, then {@code runs} times measuring each run.
     *
     * @param warmup unmeasured runs first (JIT warm-up)
     * @param runs measured runs
     * @param action what to measure; its result is kept from being optimised away
     * @return the CPU time of each measured run, in nanoseconds, sorted
     */
    public static long[] sample(int warmup, int runs, Supplier<?> action) {
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += System.identityHashCode(action.get());
        }
        long[] out = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = now();
            sink += System.identityHashCode(action.get());
            out[i] = now() - t0;
        }
        Arrays.sort(out);
        if (sink == 42) {
            out[0] += 0; // keeps sink alive
        }
        return out;
    }

    /**
     * Returns a line with the median, 10th and 90th percentiles in microseconds.
     *
     * @param sortedNanos sorted samples
     * @param label what was measured
     * @return a line with the median, 10th and 90th percentiles in microseconds
     */
    public static String describe(long[] sortedNanos, String label) {
        int n = sortedNanos.length;
        return String.format(
                Locale.ROOT,
                "%-40s CPU median %8.1f us  (p10 %8.1f, p90 %8.1f, n %d)",
                label,
                sortedNanos[n / 2] / 1e3,
                sortedNanos[n / 10] / 1e3,
                sortedNanos[n * 9 / 10] / 1e3,
                n);
    }
}
