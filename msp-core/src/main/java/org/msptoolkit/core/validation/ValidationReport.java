package org.msptoolkit.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.msptoolkit.core.internal.Checks;

/**
 * Every problem one check found, in a stable order. Empty means valid.
 *
 * <pre>{@code
 * ValidationReport r = process.validate();
 * if (!r.isValid()) r.problems().forEach(System.out::println);
 * r.orThrow();   // throws InvalidModelException listing all problems
 * }</pre>
 *
 * @param problems the problems, in the order found
 */
public record ValidationReport(List<Problem> problems) {
    private static final ValidationReport VALID = new ValidationReport(List.of());

    /** Copies the list. */
    public ValidationReport {
        problems = Checks.list(problems, "problems");
    }

    /**
     * Returns a report with no problems.
     *
     * @return a report with no problems
     */
    public static ValidationReport valid() {
        return VALID;
    }

    /**
     * A report of these problems.
     *
     * @param problems the problems
     * @return the report
     */
    public static ValidationReport of(List<Problem> problems) {
        return problems.isEmpty() ? VALID : new ValidationReport(problems);
    }

    /**
     * Returns {@code true} when no problem was found.
     *
     * @return {@code true} when no problem was found
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Returns the number of problems.
     *
     * @return the number of problems
     */
    public int size() {
        return problems.size();
    }

    /**
     * Problems at {@code prefix} or inside it: {@code at("participants[3]")} returns problems located at
     * {@code participants[3]}, {@code participants[3].stakeholder} or {@code participants[3].period.end},
     * but not at {@code participants[30]}.
     *
     * @param prefix a model path, e.g. {@code "participants[3]"}
     * @return those problems, in order
     */
    public List<Problem> at(String prefix) {
        return problems.stream().filter(p -> isAtOrInside(p.location(), prefix)).toList();
    }

    private static boolean isAtOrInside(String location, String prefix) {
        if (!location.startsWith(prefix)) {
            return false;
        }
        if (location.length() == prefix.length() || prefix.isEmpty()) {
            return true;
        }
        char next = location.charAt(prefix.length());
        return next == '.' || next == '[' || next == '/' || next == ':';
    }

    /**
     * Joins this report with another.
     *
     * @param other more problems
     * @return a report with this report's problems followed by the other's
     */
    public ValidationReport and(ValidationReport other) {
        if (other.isValid()) {
            return this;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return of(all);
    }

    /**
     * Throws if there is any problem.
     *
     * @throws InvalidModelException listing every problem
     */
    public void orThrow() {
        if (!isValid()) {
            throw new InvalidModelException(this);
        }
    }

    /**
     * Returns "valid", or the number of problems followed by one line per problem.
     *
     * @return "valid", or the number of problems followed by one line per problem
     */
    @Override
    public String toString() {
        if (isValid()) {
            return "valid";
        }
        return problems.size()
                + (problems.size() == 1 ? " problem:" : " problems:")
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
