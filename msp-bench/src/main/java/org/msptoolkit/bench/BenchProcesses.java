package org.msptoolkit.bench;

import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.corpus.CorpusShape;
import org.msptoolkit.testkit.corpus.ProcessShape;

/**
 * The fixed inputs every benchmark shares, so that figures from different benchmarks are about the
 * same processes.
 */
public final class BenchProcesses {
    /** The seed of every benchmark corpus. */
    public static final long SEED = 2026;

    private BenchProcesses() {}

    /**
     * The "one 1,000-participant process" of the latency target: 1,000 participants of 100 stakeholders,
     * 72 meetings and 125 contributions, decisions, commitments and documents (the means of the
     * clearing-house corpus shape), attendance and speaking turns capped as in that shape.
     *
     * @return the process, equal on every run
     */
    public static MspProcess thousandParticipants() {
        CorpusShape c = CorpusShape.clearingHouse();
        return ProcessGenerator.ofShape(
                SEED, new ProcessShape(100, 1_000, 72, c.attendanceCap(), c.turnsCap(), 125, 125, 125, 125));
    }
}
