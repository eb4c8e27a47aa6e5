package org.msptoolkit.governance;

import java.util.List;
import java.util.stream.Collectors;
import org.msptoolkit.core.validation.Problem;

/** A charter that cannot be used, with every problem found (each located and naming its rule). */
public class InvalidCharterException extends GovernanceException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * Creates the exception for a charter with problems, listing every problem in the message.
     *
     * @param charterName the charter's name, or a description of its source
     * @param problems every problem
     */
    public InvalidCharterException(String charterName, List<Problem> problems) {
        super("charter \"" + charterName + "\" has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem, in order.
     *
     * @return every problem, in order
     */
    public List<Problem> problems() {
        return problems;
    }
}
