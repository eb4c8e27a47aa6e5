package org.msptoolkit.io.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.*;
import org.msptoolkit.io.internal.InOrderWindow;
import org.msptoolkit.io.internal.RecordSource;
import org.msptoolkit.io.internal.RecordSources;

/**
 * Evaluates a whole corpus of process records with one framework, as a clearing house does when a
 * framework changes: each record is read, validated and evaluated in one pass, on every core, and
 * every {@link CorpusOutcome} is handed on <em>in input order</em>. Memory is bounded by a few
 * records per thread ({@value #RECORDS_PER_THREAD} in flight per thread, each no longer than the
 * corpus's per-record {@link org.msptoolkit.io.ReadLimits#maxDocumentLength() document limit}),
 * whatever the size of the corpus.
 *
 * <pre>{@code
 * CorpusEvaluator ce = CorpusEvaluator.of(Evaluator.of(IndicatorRegistry.load()), Frameworks.hemmati2002());
 * CorpusSummary s = ce.evaluate(Path.of("corpus.ndjson"), outcome -> table.add(outcome));  // in input order
 * }</pre>
 *
 * <p>Every record gets an outcome: a bad record is not skipped or fatal but an outcome with its
 * problems (the corpus's {@link OnError} policy is not used). For NDJSON the calling thread only
 * splits lines; the worker threads parse, map, validate and evaluate. A JSON-array corpus is parsed
 * into trees on the calling thread (one streaming parser); mapping, validation and evaluation run on
 * the workers. With one thread everything runs on the calling thread. Immutable and thread-safe.
 */
public final class CorpusEvaluator {
    /** How many records may be in flight per worker thread. */
    public static final int RECORDS_PER_THREAD = 4;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Evaluator evaluator;
    private final Framework framework;
    private final MspCorpus corpus;
    private final int threads;

    private CorpusEvaluator(Evaluator evaluator, Framework framework, MspCorpus corpus, int threads) {
        this.evaluator = evaluator;
        this.framework = framework;
        this.corpus = corpus;
        this.threads = threads;
    }

    /**
     * Evaluates NDJSON corpora (strict, default limits per record) on every core.
     *
     * @param evaluator evaluates one process, with its context (e.g. an as-of day)
     * @param framework the framework to evaluate with, e.g. {@code Frameworks.hemmati2002()}
     * @return the corpus evaluator
     * @throws NullPointerException if {@code evaluator} or {@code framework} is null
     */
    public static CorpusEvaluator of(Evaluator evaluator, Framework framework) {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(framework, "framework");
        return new CorpusEvaluator(
                evaluator, framework, MspCorpus.ndjson(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Returns a copy using that many threads.
     *
     * @param count how many worker threads (at least 1; 1 runs everything on the calling thread)
     * @return a copy using that many threads
     */
    public CorpusEvaluator threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return new CorpusEvaluator(evaluator, framework, corpus, count);
    }

    /**
     * Returns a copy reading corpora so.
     *
     * @param value how records are read: NDJSON or JSON array, strict or lenient, per-record limits
     * @return a copy reading corpora so
     */
    public CorpusEvaluator corpus(MspCorpus value) {
        return new CorpusEvaluator(evaluator, framework, Objects.requireNonNull(value, "corpus"), threads);
    }

    /**
     * Returns how many worker threads evaluate.
     *
     * @return how many worker threads evaluate
     */
    public int threads() {
        return threads;
    }

    /**
     * Returns the framework every process is evaluated with.
     *
     * @return the framework every process is evaluated with
     */
    public Framework framework() {
        return framework;
    }

    /**
     * Evaluates every record of a corpus file and hands each outcome to {@code sink} in input order,
     * on the calling thread.
     *
     * @param file the corpus file (UTF-8)
     * @param sink receives every outcome, in input order
     * @return how many records were evaluated and how many were rejected
     * @throws UncheckedIOException if the file cannot be read
     */
    public CorpusSummary evaluate(Path file, Consumer<? super CorpusOutcome> sink) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return evaluate(in, file.toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file, e);
        }
    }

    /**
     * Evaluates every record of a corpus and hands each outcome to {@code sink} in input order, on
     * the calling thread.
     *
     * @param in the corpus bytes (UTF-8); closed when done
     * @param source a name for problem locations, e.g. the file name; may be empty
     * @param sink receives every outcome, in input order
     * @return how many records were evaluated and how many were rejected
     * @throws UncheckedIOException if the input cannot be read
     */
    public CorpusSummary evaluate(InputStream in, String source, Consumer<? super CorpusOutcome> sink) {
        Objects.requireNonNull(sink, "sink");
        Counter counter = new Counter(sink);
        try (RecordSource records = RecordSources.open(corpus, in, source)) {
            if (threads == 1) {
                for (Supplier<CorpusRecord> r = records.nextDeferred(); r != null; r = records.nextDeferred()) {
                    counter.accept(evaluate(counter.submitted++, r));
                }
            } else {
                inParallel(records, counter);
            }
        }
        return new CorpusSummary(counter.evaluated, counter.rejected);
    }

    private void inParallel(RecordSource records, Counter counter) {
        int pool = POOLS.incrementAndGet();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "msp-corpus-" + pool);
            t.setDaemon(true);
            return t;
        });
        try {
            InOrderWindow<CorpusOutcome> window = new InOrderWindow<>(threads * RECORDS_PER_THREAD, workers);
            for (Supplier<CorpusRecord> r = records.nextDeferred(); r != null; r = records.nextDeferred()) {
                long index = counter.submitted++;
                Supplier<CorpusRecord> record = r;
                window.submit(() -> evaluate(index, record), counter::accept);
            }
            window.finish(counter::accept);
        } finally {
            workers.shutdownNow();
        }
    }

    private CorpusOutcome evaluate(long index, Supplier<CorpusRecord> deferred) {
        CorpusRecord record = deferred.get();
        Result<MspDocument> read = record.result();
        if (!read.isValid()) {
            return CorpusOutcome.rejected(index, record.line(), read.problems());
        }
        return CorpusOutcome.evaluated(
                index, record.line(), evaluator.evaluate(read.orElseThrow().process(), framework));
    }

    @Override
    public String toString() {
        return "CorpusEvaluator[" + framework.id() + ", " + threads + " thread(s), " + corpus + "]";
    }

    /** Counts outcomes as they are handed on. */
    private static final class Counter {
        private final Consumer<? super CorpusOutcome> sink;
        private long submitted;
        private long evaluated;
        private long rejected;

        Counter(Consumer<? super CorpusOutcome> sink) {
            this.sink = sink;
        }

        void accept(CorpusOutcome o) {
            if (o.isEvaluated()) {
                evaluated++;
            } else {
                rejected++;
            }
            sink.accept(o);
        }
    }
}
