package org.msptoolkit.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.ReadResult;

/**
 * Evaluates an NDJSON corpus of process records in one pass: each record is read (parsed, mapped and
 * validated by msp-io) and, when valid, evaluated with a framework, on several threads, and every
 * outcome is handed on <em>in input order</em>. Memory is bounded by a few records per thread
 * ({@value #RECORDS_PER_THREAD} in flight per thread, each no longer than the per-record document
 * limit), whatever the size of the corpus.
 *
 * <pre>{@code
 * CorpusEvaluator e = CorpusEvaluator.of(Evaluator.of(IndicatorRegistry.load()), Frameworks.hemmati2002());
 * try (InputStream in = Files.newInputStream(Path.of("corpus.ndjson"))) {
 *     CorpusSummary s = e.evaluate(in, outcome -> table.add(outcome));   // called in input order
 * }
 * }</pre>
 *
 * <p>The calling thread splits the input into lines and hands outcomes on; {@link #threads(int)} worker
 * threads (default: every core) read, validate and evaluate. With one thread everything runs on the
 * calling thread. Immutable and thread-safe.
 */
public final class CorpusEvaluator {
    /** How many records may be in flight per worker thread. */
    public static final int RECORDS_PER_THREAD = 4;

    private final Evaluator evaluator;
    private final Framework framework;
    private final MspFormat format;
    private final int threads;

    private CorpusEvaluator(Evaluator evaluator, Framework framework, MspFormat format, int threads) {
        this.evaluator = evaluator;
        this.framework = framework;
        this.format = format;
        this.threads = threads;
    }

    /**
     * An evaluator of corpora on every core, reading each record as strict JSON with default limits.
     *
     * @param evaluator evaluates one process
     * @param framework the framework to evaluate with, e.g. {@code Frameworks.hemmati2002()}
     * @return the corpus evaluator
     */
    public static CorpusEvaluator of(Evaluator evaluator, Framework framework) {
        if (evaluator == null || framework == null) {
            throw new IllegalArgumentException("evaluator and framework must not be null");
        }
        return new CorpusEvaluator(evaluator, framework, MspFormat.json(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param count how many worker threads (at least 1; 1 runs on the calling thread)
     * @return a copy using that many threads
     */
    public CorpusEvaluator threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return new CorpusEvaluator(evaluator, framework, format, count);
    }

    /**
     * @param value how each record is read (strict or lenient, limits); must be JSON
     * @return a copy reading records so
     */
    public CorpusEvaluator format(MspFormat value) {
        if (value == null || value.isYaml()) {
            throw new IllegalArgumentException("records of an NDJSON corpus are read as JSON, got " + value);
        }
        return new CorpusEvaluator(evaluator, framework, value, threads);
    }

    /** @return how many worker threads evaluate */
    public int threads() {
        return threads;
    }

    /**
     * Evaluates every record of an NDJSON corpus (UTF-8, one JSON document per line; blank lines are
     * skipped) and hands each outcome to {@code sink} in input order, on the calling thread.
     *
     * @param ndjson the corpus bytes; not closed
     * @param sink receives every outcome, in input order
     * @return how many records were evaluated and how many were rejected
     * @throws UncheckedIOException if the input cannot be read
     */
    public CorpusSummary evaluate(InputStream ndjson, Consumer<? super ProcessOutcome> sink) {
        if (ndjson == null || sink == null) {
            throw new IllegalArgumentException("input and sink must not be null");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        LineSplitter lines = new LineSplitter(new InputStreamReader(ndjson, decoder),
                (int) Math.min(Integer.MAX_VALUE - 16, format.limits().maxDocumentLength()));
        Counter counter = new Counter(sink);
        try {
            if (threads == 1) {
                for (LineSplitter.Line l = lines.next(); l != null; l = lines.next()) {
                    counter.accept(evaluateOne(counter.submitted++, l));
                }
            } else {
                inParallel(lines, counter);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus", e);
        }
        return new CorpusSummary(counter.evaluated, counter.rejected);
    }

    private void inParallel(LineSplitter lines, Counter counter) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "msp-corpus-evaluator");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<ProcessOutcome>> inFlight = new ArrayDeque<>();
        int window = threads * RECORDS_PER_THREAD;
        try {
            for (LineSplitter.Line l = lines.next(); l != null; l = lines.next()) {
                long index = counter.submitted++;
                LineSplitter.Line line = l;
                inFlight.add(pool.submit(() -> evaluateOne(index, line)));
                if (inFlight.size() >= window) {
                    counter.accept(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                counter.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ProcessOutcome await(Future<ProcessOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating a corpus", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ProcessOutcome evaluateOne(long index, LineSplitter.Line line) {
        if (line.tooLong()) {
            return new ProcessOutcome(index, line.number(), Optional.empty(), List.of(Problem.of("", IoProblems.LIMIT_EXCEEDED,
                    "the record is longer than " + format.limits().maxDocumentLength() + " characters")));
        }
        ReadResult<MspProcess> read = format.readProcess(line.text());
        if (!read.isValid()) {
            return new ProcessOutcome(index, line.number(), Optional.empty(), read.problems());
        }
        return new ProcessOutcome(index, line.number(),
                Optional.of(evaluator.evaluate(read.value().orElseThrow(), framework)), List.of());
    }

    @Override
    public String toString() {
        return "CorpusEvaluator(" + framework.id() + ", " + threads + " thread(s), " + format + ")";
    }

    /** Counts outcomes as they are handed on. */
    private static final class Counter {
        private final Consumer<? super ProcessOutcome> sink;
        private long submitted;
        private long evaluated;
        private long rejected;

        Counter(Consumer<? super ProcessOutcome> sink) {
            this.sink = sink;
        }

        void accept(ProcessOutcome o) {
            if (o.isEvaluated()) {
                evaluated++;
            } else {
                rejected++;
            }
            sink.accept(o);
        }
    }
}
