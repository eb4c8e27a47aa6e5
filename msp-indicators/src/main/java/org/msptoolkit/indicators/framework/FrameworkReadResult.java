package org.msptoolkit.indicators.framework;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msptoolkit.core.MspException;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.internal.Checks;

/**
 * What reading a framework gave: the framework when the input was valid, and every problem found, each
 * with its location in the input (e.g. {@code groups[1].indicators[0]}).
 *
 * @param framework the framework, present only when there are no problems
 * @param problems every problem found; empty when valid
 */
public record FrameworkReadResult(Optional<Framework> framework, List<Problem> problems) {
    /** Copies the problems. */
    public FrameworkReadResult {
        Checks.notNull(framework, "framework");
        problems = Checks.list(problems, "problems");
    }

    /** @return whether a framework was read without problems */
    public boolean isValid() {
        return framework.isPresent() && problems.isEmpty();
    }

    /**
     * @return the framework
     * @throws MspException listing every problem when the input was invalid
     */
    public Framework orThrow() {
        if (isValid()) {
            return framework.orElseThrow();
        }
        throw new MspException("invalid framework: " + problems.size() + " problem(s)\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
    }
}
