package org.msptoolkit.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.ValidationReport;

/**
 * The outcome of reading MSP data: either a complete, valid value, or the complete list of problems
 * found (syntax, types, unknown fields, limits and domain validation together) and no value at all.
 * Never a half-built value.
 *
 * <pre>{@code
 * ReadResult<MspDocument> r = MspFormat.yaml().read(Path.of("examples/csd-1998-industry.yaml"));
 * if (r.isValid()) use(r.orThrow().process()); else r.problems().forEach(System.out::println);
 * }</pre>
 *
 * @param <T> the kind of value read
 */
public final class ReadResult<T> {
    private final T value;
    private final List<Problem> problems;

    private ReadResult(T value, List<Problem> problems) {
        this.value = value;
        this.problems = problems;
    }

    /**
     * A successful read.
     *
     * @param value the complete value
     * @param <T> its type
     * @return the result
     */
    public static <T> ReadResult<T> valid(T value) {
        return new ReadResult<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * A failed read.
     *
     * @param problems every problem found, at least one
     * @param <T> the type that could not be read
     * @return the result
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public static <T> ReadResult<T> invalid(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid read result needs at least one problem");
        }
        return new ReadResult<>(null, List.copyOf(problems));
    }

    /** @return {@code true} when a complete, valid value was read */
    public boolean isValid() {
        return value != null;
    }

    /** @return the value, empty when the read failed */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** @return every problem found, empty when the read succeeded */
    public List<Problem> problems() {
        return problems;
    }

    /** @return the problems as a validation report */
    public ValidationReport report() {
        return ValidationReport.of(problems);
    }

    /**
     * The value, or an exception listing every problem.
     *
     * @return the value
     * @throws MspReadException if the read failed
     */
    public T orThrow() {
        if (value == null) {
            throw new MspReadException(problems);
        }
        return value;
    }

    /**
     * Applies {@code f} to a valid value; keeps the problems of an invalid one.
     *
     * @param f the function
     * @param <R> the new type
     * @return the mapped result
     */
    public <R> ReadResult<R> map(Function<? super T, ? extends R> f) {
        return value == null ? new ReadResult<>(null, problems) : valid(f.apply(value));
    }

    /** @return "valid: …" or the problems, one a line */
    @Override
    public String toString() {
        return value != null ? "valid: " + value
                : problems.size() + (problems.size() == 1 ? " problem:" : " problems:")
                        + problems.stream().map(p -> "\n  " + p + " [" + p.code() + "]").collect(Collectors.joining());
    }
}
