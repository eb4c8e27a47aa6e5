package org.msptoolkit.indicators;

import java.util.List;
import java.util.stream.Collectors;
import org.msptoolkit.core.MspException;
import org.msptoolkit.core.validation.Problem;

/**
 * The indicator providers found could not be combined into a registry, e.g. because two indicators
 * share an id. Lists every problem at once.
 */
public final class IndicatorRegistryException extends MspException {
    private static final long serialVersionUID = 1L;

    /** The problems; records are immutable and serialisable through their components. */
    private final transient List<Problem> problems;

    /**
     * Creates the exception for a registry that cannot be built, listing every problem in the message.
     *
     * @param problems every problem found, at least one
     */
    public IndicatorRegistryException(List<Problem> problems) {
        super("cannot build the indicator registry: " + problems.size() + " problem(s)\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem, each with the provider or indicator it concerns as location.
     *
     * @return every problem, each with the provider or indicator it concerns as location
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
