package org.msptoolkit.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of every read in msp-toolkit (process, charter, framework and report documents, plain
 * data codecs): either a complete, valid value, or the complete list of problems found (syntax, types,
 * unknown fields, limits and domain validation together) and no value at all. Never a half-built value.
 *
 * <pre>{@code
 * Result<MspDocument> r = MspFormat.yaml().read(Path.of("examples/csd-1998-industry.yaml"));
 * if (r.isValid()) use(r.orElseThrow().process()); else r.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T> the kind of value read
 * @since 0.2.0
 */
public final class Result<T> {
    private final @Nullable T value;
    private final List<Problem> problems;

    private Result(@Nullable T value, List<Problem> problems) {
        this.value = value;
        this.problems = problems;
    }

    /**
     * A successful read.
     *
     * @param value the complete value
     * @param <T> its type
     * @return the result
     * @throws NullPointerException if {@code value} is null
     * @since 0.2.0
     */
    public static <T> Result<T> valid(T value) {
        return new Result<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * A failed read.
     *
     * @param problems every problem found, at least one
     * @param <T> the type that could not be read
     * @return the result
     * @throws NullPointerException if {@code problems} or one of its elements is null
     * @throws IllegalArgumentException if {@code problems} is empty
     * @since 0.2.0
     */
    public static <T> Result<T> invalid(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
        return new Result<>(null, List.copyOf(problems));
    }

    /**
     * Whether a complete, valid value was read.
     *
     * @return {@code true} when valid
     * @since 0.2.0
     */
    public boolean isValid() {
        return value != null;
    }

    /**
     * The value.
     *
     * @return the value, empty when the read failed
     * @since 0.2.0
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Every problem found.
     *
     * @return the problems in the order found, empty when the read succeeded
     * @since 0.2.0
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The problems as a validation report.
     *
     * @return the report, valid when the read succeeded
     * @since 0.2.0
     */
    public ValidationReport report() {
        return ValidationReport.of(problems);
    }

    /**
     * The value, or an exception listing every problem.
     *
     * @return the value
     * @throws InvalidModelException listing every problem, if the read failed
     * @since 0.2.0
     */
    public T orElseThrow() {
        if (value == null) {
            throw new InvalidModelException(report());
        }
        return value;
    }

    /**
     * The value, or the exception that {@code exception} makes of the problems.
     *
     * @param exception makes the exception from the problems, e.g. a domain-specific one
     * @param <X> the exception type
     * @return the value
     * @throws X if the read failed
     * @throws NullPointerException if {@code exception} is null
     * @since 0.2.0
     */
    public <X extends RuntimeException> T orElseThrow(Function<? super List<Problem>, ? extends X> exception) {
        Objects.requireNonNull(exception, "exception");
        if (value == null) {
            throw exception.apply(problems);
        }
        return value;
    }

    /**
     * Applies {@code f} to a valid value; keeps the problems of an invalid one.
     *
     * @param f the function
     * @param <R> the new type
     * @return the mapped result
     * @throws NullPointerException if {@code f} is null
     * @since 0.2.0
     */
    public <R> Result<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return value == null ? new Result<>(null, problems) : valid(f.apply(value));
    }

    /**
     * A text for logs.
     *
     * @return "valid: …" or the problems, one a line
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return value != null
                ? "valid: " + value
                : problems.size()
                        + (problems.size() == 1 ? " problem:" : " problems:")
                        + problems.stream()
                                .map(p -> "\n  " + p + " [" + p.code() + "]")
                                .collect(Collectors.joining());
    }
}
