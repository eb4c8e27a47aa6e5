package org.msptoolkit.bench.indicators;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.bench.CpuTimer;
import org.msptoolkit.bench.corpus.BenchCorpus;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;

/**
 * How much of evaluating an in-memory corpus is waiting for memory: single-thread CPU time per process of
 * (1) evaluating each clearing-house process once, round after round ("cold": a corpus of thousands of processes
 * does not fit in the caches, so each evaluation first fetches its process from memory), (2) evaluating each process
 * again right after ("hot", as in a streaming read + validate + evaluate, where the process was just built), and
 * (3) a bare pass that only reads the fields the built-in indicators read, cold and hot: the memory floor of (1).
 *
 * <pre>java -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.indicators.EvaluateColdAndHot 2000 12 3</pre>
 *
 * <p>Arguments: processes (default 2,000), rounds (default 12; the first quarter is warm-up), skew (default 3).
 * Prints medians over the measured rounds.
 */
@SuppressWarnings("EnumOrdinal") // ordinals index dense per-kind arrays
public final class EvaluateColdAndHot {
    private EvaluateColdAndHot() {}

    /**
     * Runs it.
     *
     * @param args processes, rounds, skew
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        double skew = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        List<MspProcess> processes = BenchCorpus.generator(skew).processes(n).toList();
        Evaluator evaluator = Evaluator.of(IndicatorRegistry.builtin());
        Framework hemmati = Frameworks.hemmati2002();
        double[] cold = new double[rounds];
        double[] hot = new double[rounds];
        double[] touchCold = new double[rounds];
        double[] touchHot = new double[rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = CpuTimer.now();
            for (MspProcess p : processes) {
                sink += evaluator.evaluate(p, hemmati).indicators().size();
            }
            long t1 = CpuTimer.now();
            for (MspProcess p : processes) {
                sink += evaluator.evaluate(p, hemmati).indicators().size();
                sink += evaluator.evaluate(p, hemmati).indicators().size();
            }
            long t2 = CpuTimer.now();
            for (MspProcess p : processes) {
                sink += touch(p);
            }
            long t3 = CpuTimer.now();
            for (MspProcess p : processes) {
                sink += touch(p);
                sink += touch(p);
            }
            long t4 = CpuTimer.now();
            cold[r] = (t1 - t0) / 1e3 / n;
            // the second evaluation of each pair finds the process in the caches
            hot[r] = ((t2 - t1) - (t1 - t0)) / 1e3 / n;
            touchCold[r] = (t3 - t2) / 1e3 / n;
            touchHot[r] = ((t4 - t3) - (t3 - t2)) / 1e3 / n;
        }
        int from = rounds / 4;
        System.out.printf(
                Locale.ROOT,
                "%d processes (skew %s), hemmati-2002, us CPU per process (median of %d rounds):"
                        + "%n  evaluate, cold %8.1f%n  evaluate, hot  %8.1f%n  read the fields the indicators read, cold %8.1f%n"
                        + "  read the fields the indicators read, hot  %8.1f%n",
                n,
                skew,
                rounds - from,
                median(cold, from),
                median(hot, from),
                median(touchCold, from),
                median(touchHot, from));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static double median(double[] values, int from) {
        double[] x = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(x);
        return x[x.length / 2];
    }

    /** Reads, once each, the fields of a process that the built-in indicators read; returns a checksum. */
    static long touch(MspProcess p) {
        long h = 0;
        for (Stakeholder s : p.stakeholders()) {
            h += s.id().value().hashCode() + s.group().hashCode() + s.sectors().size();
        }
        for (Participant x : p.participants()) {
            h += x.id().value().hashCode()
                    + x.stakeholder().value().hashCode()
                    + x.role().ordinal();
            if (x.gender().isPresent()) {
                h += x.gender().get().selfDescription().length();
            }
            if (x.period().isPresent()) {
                Period q = x.period().get();
                h += q.start().toEpochDay() + q.end().map(LocalDate::toEpochDay).orElse(0L);
            }
        }
        for (Meeting m : p.meetings()) {
            h += m.date().toEpochDay()
                    + m.noticeGiven().map(LocalDate::toEpochDay).orElse(0L);
            for (ParticipantId id : m.attendance().orElse(List.of())) {
                h += id.value().hashCode();
            }
            for (AgendaItem a : m.agenda()) {
                h += a.proposedBy().map(s -> s.value().hashCode()).orElse(0);
            }
            for (SpeakingTurn t : m.speakingTurns().orElse(List.of())) {
                h += t.speaker().value().hashCode();
            }
        }
        for (Decision d : p.decisions()) {
            h += d.method().ordinal()
                    + d.date().toEpochDay()
                    + (d.tally().isPresent() ? 1 : 0)
                    + d.published().map(LocalDate::toEpochDay).orElse(0L);
            for (Objection o : d.objections()) {
                h += o.sustained() ? 1 : 0;
            }
        }
        for (Document d : p.documents()) {
            h += d.kind().ordinal()
                    + d.produced().toEpochDay()
                    + d.published().map(LocalDate::toEpochDay).orElse(0L);
        }
        for (Commitment c : p.commitments()) {
            h += c.owner().value().hashCode()
                    + c.status().ordinal()
                    + (c.measure().map(String::isBlank).orElse(true) ? 1 : 0)
                    + c.due().map(LocalDate::toEpochDay).orElse(0L)
                    + c.made().map(LocalDate::toEpochDay).orElse(0L);
            for (LocalDate r : c.progressReports()) {
                h += r.toEpochDay();
            }
        }
        for (Contribution c : p.contributions()) {
            h += c.from().value().hashCode() + (c.meeting().isPresent() ? 1 : 0);
        }
        for (Funding f : p.funding()) {
            h += f.from().value().hashCode() + f.amount().hashCode() + (f.disclosed() ? 1 : 0);
        }
        return h;
    }
}
