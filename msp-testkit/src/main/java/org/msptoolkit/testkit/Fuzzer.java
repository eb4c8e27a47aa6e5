package org.msptoolkit.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;

/**
 * A coverage-blind, seeded fuzzer for the readers of MSP files: it mutates example documents (bit flips,
 * token splices, truncation, duplication, and injected numbers, dates and Unicode that broke readers
 * before) and hands each mutant to a target that asserts the only allowed outcomes, a value or located
 * problems. Every input runs under a time bound; a target that throws, or takes longer, fails with the
 * seed and the input.
 *
 * <p>Runs are reproducible: execution {@code i} of seed {@code s} always gives the same input. The number
 * of executions per target is {@code -Dmsp.fuzz.executions=N} (default given by the caller, a short run
 * for the normal build) and the seed {@code -Dmsp.fuzz.seed=S} (default 0); see {@code docs/fuzzing.md}.
 *
 * @since 0.2.0
 */
public final class Fuzzer {
    /** System property: executions per target. */
    public static final String EXECUTIONS_PROPERTY = "msp.fuzz.executions";
    /** System property: the first seed. */
    public static final String SEED_PROPERTY = "msp.fuzz.seed";

    /** Tokens spliced into inputs: syntax, numbers, dates and texts that readers have mishandled. */
    private static final List<String> TOKENS = List.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "'",
            "\n",
            "\r\n",
            "\t",
            " ",
            "-",
            "- ",
            "#",
            "&a",
            "*a",
            "!!str",
            "~",
            "null",
            "true",
            "yes",
            "NaN",
            "Infinity",
            "-Infinity",
            ".inf",
            "1e400",
            "-1e400",
            "1e99999999999",
            "1e-99999999999",
            "0x1p3",
            "2d",
            "3f",
            "9223372036854775808",
            "2147483648",
            "-0",
            "00",
            "1_000",
            "\"+999999999-12-31\"",
            "\"9999-12-31\"",
            "\"0000-01-01\"",
            "\"2001-02-29\"",
            "\"1799-12-31\"",
            "2002-08-26",
            "\"\\ud800\"",
            "\\ud800",
            "\\u0000",
            "\u0000",
            "\u001b[2J",
            "\u202e",
            "\uFEFF",
            "😀",
            "é",
            "中",
            "\"x-",
            "\"id\"",
            "\"women\"",
            "\"sdg-5\"",
            "Level",
            "NA",
            ";",
            ",,",
            "\"\"\"");

    private final List<String> corpus;
    private final long seed;
    private final int executions;
    private final Duration perInput;

    private Fuzzer(List<String> corpus, long seed, int executions, Duration perInput) {
        this.corpus = corpus;
        this.seed = seed;
        this.executions = executions;
        this.perInput = perInput;
    }

    /**
     * A fuzzer over these example inputs, with the executions and seed of the system properties.
     *
     * @param corpus example inputs to mutate (at least one)
     * @param defaultExecutions executions per target when {@value #EXECUTIONS_PROPERTY} is not set
     * @return the fuzzer, each input bounded by 5 seconds
     */
    public static Fuzzer over(List<String> corpus, int defaultExecutions) {
        Objects.requireNonNull(corpus, "corpus");
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the fuzz corpus needs at least one input");
        }
        int n = Integer.getInteger(EXECUTIONS_PROPERTY, defaultExecutions);
        long s = Long.getLong(SEED_PROPERTY, 0L);
        return new Fuzzer(List.copyOf(corpus), s, Math.max(1, n), Duration.ofSeconds(5));
    }

    /**
     * Returns a copy bounding each input by {@code value}.
     *
     * @param value the time one input may take
     * @return a copy bounding each input by {@code value}
     */
    public Fuzzer perInput(Duration value) {
        return new Fuzzer(corpus, seed, executions, Objects.requireNonNull(value, "perInput"));
    }

    /**
     * Returns how many inputs {@link #run} tries.
     *
     * @return how many inputs {@link #run} tries
     */
    public int executions() {
        return executions;
    }

    /**
     * The input of execution {@code i}: a corpus entry (chosen by the seed) mutated one to four times.
     *
     * @param i the execution
     * @return the input
     */
    public String input(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String s = corpus.get(r.nextInt(corpus.size()));
        int rounds = 1 + r.nextInt(4);
        for (int k = 0; k < rounds; k++) {
            s = mutate(s, r);
        }
        return s;
    }

    /**
     * One mutation of {@code s}.
     *
     * @param s the text
     * @param r the randomness
     * @return the mutant
     */
    public static String mutate(String s, SplittableRandom r) {
        int n = s.length();
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        switch (r.nextInt(7)) {
            case 0 -> { // flip a bit of one character (may make a surrogate or a control character)
                if (n == 0) {
                    return s;
                }
                int i = r.nextInt(n);
                char c = (char) (s.charAt(i) ^ (1 << r.nextInt(16)));
                return s.substring(0, i) + c + s.substring(i + 1);
            }
            case 1 -> { // splice a token in
                return s.substring(0, at) + TOKENS.get(r.nextInt(TOKENS.size())) + s.substring(at);
            }
            case 2 -> { // replace a span by a token
                int end = Math.min(n, at + r.nextInt(12));
                return s.substring(0, at) + TOKENS.get(r.nextInt(TOKENS.size())) + s.substring(end);
            }
            case 3 -> { // truncate
                return s.substring(0, at);
            }
            case 4 -> { // duplicate a span
                int end = Math.min(n, at + r.nextInt(200));
                return s.substring(0, end) + s.substring(at, end) + s.substring(end);
            }
            case 5 -> { // delete a span
                int end = Math.min(n, at + r.nextInt(40));
                return s.substring(0, at) + s.substring(end);
            }
            default -> { // replace a number by an extreme one
                int d = firstDigit(s, at);
                if (d < 0) {
                    return s.substring(0, at) + "1e400" + s.substring(at);
                }
                int end = d;
                while (end < n && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                    end++;
                }
                String[] extreme = {"1e400", "1e99999999999", "2147483648", "99999999999999999999", "-1", "0", "1e-400"
                };
                return s.substring(0, d) + extreme[r.nextInt(extreme.length)] + s.substring(end);
            }
        }
    }

    private static int firstDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs {@code target} on every input, each within the time bound.
     *
     * @param name what is fuzzed, for messages
     * @param target asserts the outcome of reading one input (throws when it is not allowed)
     * @return what the run did
     * @throws AssertionError for the first input that fails or takes too long, naming seed, execution and input
     */
    public Report run(String name, Consumer<String> target) {
        Objects.requireNonNull(target, "target");
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "fuzz-" + name);
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long slowest = 0;
        try {
            for (int i = 0; i < executions; i++) {
                String input = input(i);
                long t0 = System.nanoTime();
                Future<?> f = worker.submit(() -> target.accept(input));
                try {
                    f.get(perInput.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    throw failure(name, i, input, "took longer than " + perInput, null);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw failure(name, i, input, "failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure(name, i, input, "was interrupted", e);
                }
                slowest = Math.max(slowest, System.nanoTime() - t0);
            }
        } finally {
            worker.shutdownNow();
        }
        return new Report(name, executions, Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(slowest));
    }

    private AssertionError failure(String name, int i, String input, String what, @Nullable Throwable cause) {
        String shown = input.length() > 2000 ? input.substring(0, 2000) + "…(" + input.length() + " chars)" : input;
        return new AssertionError(
                "fuzzing " + name + ": execution " + i + " of seed " + seed + " " + what + " (replay with -D"
                        + SEED_PROPERTY + "=" + seed + "); input:\n" + shown + (cause == null ? "" : "\n" + cause),
                cause);
    }

    /**
     * Asserts the outcome a reader may give: a valid value, or problems that each have a location and a
     * message in words (no Java exception names).
     *
     * @param result what the reader gave
     * @throws AssertionError if a problem has no location or leaks a Java exception
     */
    public static void assertValueOrLocatedProblems(Result<?> result) {
        Objects.requireNonNull(result, "result");
        if (!result.isValid()) {
            assertLocated(result.problems());
        }
    }

    /**
     * Asserts that every problem has a location and a message without Java exception names.
     *
     * @param problems the problems
     * @throws AssertionError if not
     */
    public static void assertLocated(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new AssertionError("an invalid result without problems");
        }
        List<Problem> bad = new ArrayList<>();
        for (Problem p : problems) {
            if (p.location().isBlank()
                    || p.message().contains("Exception")
                    || p.message().contains("java.")
                    || p.message().contains("tools.jackson")) {
                bad.add(p);
            }
        }
        if (!bad.isEmpty()) {
            throw new AssertionError("problems without a location or with a Java message: " + bad);
        }
    }

    /**
     * What a fuzz run did.
     *
     * @param name what was fuzzed
     * @param executions inputs tried
     * @param wall wall time of the run
     * @param slowest the slowest input
     */
    public record Report(String name, int executions, Duration wall, Duration slowest) {
        /** Checks the components. */
        public Report {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(wall, "wall");
            Objects.requireNonNull(slowest, "slowest");
        }

        /**
         * Returns e.g. {@code "fuzz process-json: 400 executions in 1.2 s, slowest 35 ms"}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return "fuzz " + name + ": " + executions + " executions in " + wall.toMillis() / 1000.0 + " s, slowest "
                    + slowest.toMillis() + " ms";
        }
    }
}
