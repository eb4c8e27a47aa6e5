package org.msptoolkit.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.msptoolkit.core.model.MspProcess;
import org.opentest4j.TestAbortedException;

/**
 * A tiny property runner for plain JUnit 5 tests: runs a property over many seeds and, when it fails,
 * throws an {@link AssertionError} that names the failing seed and how to replay it.
 *
 * <pre>{@code
 * @Test
 * void everyGeneratedProcessIsValid() {
 *     Property.forAll(200, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL),
 *             p -> assertThat(p.validate().problems()).isEmpty());
 * }
 * }</pre>
 *
 * <p>Seeds run from a base (default 0) upwards. Two system properties steer a run:
 * {@code -Dmsp.seed=N} runs only seed {@code N}, to replay a failure; {@code -Dmsp.seed.base=B} starts
 * at {@code B} instead of 0, to explore fresh seeds. A JUnit assumption failing inside the property
 * aborts the test as usual.
 */
public final class Property {
    /** System property that replays a single seed. */
    public static final String SEED_PROPERTY = "msp.seed";
    /** System property that moves the first seed. */
    public static final String BASE_PROPERTY = "msp.seed.base";

    private Property() {}

    /**
     * Checks {@code property} on the values {@code generator} makes from {@code seeds} consecutive seeds.
     *
     * @param seeds how many seeds to try (at least 1)
     * @param generator makes a value from a seed, e.g. {@code seed -> ProcessGenerator.process(seed, SMALL)}
     * @param property asserts something about a value (throws when it does not hold)
     * @param <T> the type of generated values
     * @throws AssertionError for the first seed whose value breaks the property, naming the seed and the value
     */
    public static <T> void forAll(int seeds, LongFunction<? extends T> generator, Consumer<? super T> property) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(property, "property");
        forAllSeeds(seeds, seed -> {
            T value;
            try {
                value = generator.apply(seed);
            } catch (RuntimeException | AssertionError e) {
                throw new GenerationFailure(e);
            }
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                if (e instanceof TestAbortedException) {
                    throw e;
                }
                throw new AssertionError("for value " + abbreviate(String.valueOf(value)) + "\n" + e, e);
            }
        });
    }

    /**
     * Checks {@code property} on {@code seeds} generated valid processes of one size, made by
     * {@link ProcessGenerator#process(long, ProcessSize)}.
     *
     * <pre>{@code
     * Property.forAllProcesses(100, ProcessSize.SMALL, p -> assertThat(indicator.score(p)).isBetween(0.0, 1.0));
     * }</pre>
     *
     * @param seeds how many seeds to try (at least 1)
     * @param size how big the processes are
     * @param property asserts something about a process (throws when it does not hold)
     * @throws AssertionError for the first failing seed, naming the seed and the process
     */
    public static void forAllProcesses(int seeds, ProcessSize size, Consumer<? super MspProcess> property) {
        Objects.requireNonNull(size, "size");
        forAll(seeds, seed -> ProcessGenerator.process(seed, size), property);
    }

    /**
     * Checks {@code property} for {@code seeds} consecutive seeds, leaving generation to the property.
     *
     * @param seeds how many seeds to try (at least 1)
     * @param property asserts something for a seed (throws when it does not hold)
     * @throws AssertionError for the first failing seed, naming the seed and how to replay it
     */
    public static void forAllSeeds(int seeds, LongConsumer property) {
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be at least 1, got " + seeds);
        }
        Objects.requireNonNull(property, "property");
        String test = caller();
        String replay = System.getProperty(SEED_PROPERTY);
        long first;
        int count;
        if (replay != null && !replay.isBlank()) {
            first = parse(SEED_PROPERTY, replay);
            count = 1;
        } else {
            first = parse(BASE_PROPERTY, System.getProperty(BASE_PROPERTY, "0"));
            count = seeds;
        }
        for (int i = 0; i < count; i++) {
            long seed = first + i;
            try {
                property.accept(seed);
            } catch (TestAbortedException e) {
                throw e;
            } catch (AssertionError | RuntimeException e) {
                Throwable cause = e instanceof GenerationFailure ? e.getCause() : e;
                String what = e instanceof GenerationFailure ? "generating a value failed" : "property failed";
                throw new AssertionError(
                        what + " for seed " + seed + " (try " + (i + 1) + " of " + count
                                + "); replay with -D" + SEED_PROPERTY + "=" + seed + ", e.g. mvn test -Dtest='" + test
                                + "' -D"
                                + SEED_PROPERTY + "=" + seed + "\n" + cause,
                        cause);
            }
        }
    }

    /**
     * The test class and method that called the runner, as Surefire's {@code -Dtest} wants them: the
     * nearest caller in a class named like a test ({@code …Test}, {@code …Tests}, {@code …IT}).
     */
    private static String caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> !f.getClassName().equals(Property.class.getName()))
                        .filter(f -> !f.getMethodName().startsWith("lambda$"))
                        .map(f -> {
                            String name = f.getClassName();
                            String simple = name.substring(name.lastIndexOf('.') + 1);
                            int nested = simple.indexOf('$');
                            return (nested < 0 ? simple : simple.substring(0, nested)) + "#" + f.getMethodName();
                        })
                        .filter(m -> m.matches("[^#]*(Test|Tests|IT)#.*"))
                        .findFirst()
                        .orElse("<TestClass>#<method>"));
    }

    private static long parse(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "system property " + name + " must be a whole number, got \"" + value + "\"", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 2_000 ? s : s.substring(0, 2_000) + "…";
    }

    /** Marks a failure of the generator rather than of the property. */
    private static final class GenerationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GenerationFailure(Throwable cause) {
            super(cause);
        }
    }
}
