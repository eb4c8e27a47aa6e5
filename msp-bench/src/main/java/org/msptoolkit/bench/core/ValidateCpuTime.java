package org.msptoolkit.bench.core;

import org.msptoolkit.bench.BenchProcesses;
import org.msptoolkit.bench.CpuTimer;
import org.msptoolkit.core.internal.validation.ModelConstraints;
import org.msptoolkit.core.internal.validation.ReferenceChecks;
import org.msptoolkit.core.model.MspProcess;

/**
 * Plain companion of {@link ValidateBenchmark} that reports the <em>CPU time</em> of validating the
 * 1,000-participant process (median over 2,000 runs after 2,000 warm-up runs), which a shared machine
 * does not inflate.
 *
 * <pre>java -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.core.ValidateCpuTime</pre>
 */
public final class ValidateCpuTime {
    private ValidateCpuTime() {}

    /**
     * Runs it.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        MspProcess p = BenchProcesses.thousandParticipants();
        System.out.println(CpuTimer.describe(CpuTimer.sample(2_000, 2_000, p::validate), "validate()"));
        System.out.println(CpuTimer.describe(
                CpuTimer.sample(2_000, 2_000, () -> ModelConstraints.check(p)),
                "  constraints (the constraint pass validate() runs)"));
        System.out.println(CpuTimer.describe(
                CpuTimer.sample(2_000, 2_000, () -> ReferenceChecks.check(p)), "  references, ids, dates"));
    }
}
