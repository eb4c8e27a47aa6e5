package org.msptoolkit.composite;

import java.util.List;
import java.util.stream.Collectors;
import org.msptoolkit.core.MspException;
import org.msptoolkit.core.validation.Problem;

/**
 * Thrown when index metadata or unit data cannot be used to build a composite score; carries every
 * problem found, each with its location (file, row and column, or the code of the metadata row).
 *
 * @since 0.1.0
 */
public final class CompositeDataException extends MspException {
    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final transient List<Problem> problems;

    /**
     * An exception listing problems.
     *
     * @param what what was being read or built, e.g. {@code "index metadata"}
     * @param problems every problem found, at least one
     */
    public CompositeDataException(String what, List<Problem> problems) {
        super(what + " has " + problems.size() + " problem(s):\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem found, in the order found.
     *
     * @return every problem found, in the order found
     */
    public List<Problem> problems() {
        return problems;
    }
}
