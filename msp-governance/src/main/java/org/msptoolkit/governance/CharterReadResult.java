package org.msptoolkit.governance;

import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.internal.Checks;

/**
 * The outcome of reading a charter from plain data: either the charter, or every problem found
 * (never a half-built charter).
 *
 * @param charter the charter, present exactly when there are no problems
 * @param problems every problem, located like {@code rules[2].maxShare} and naming the rule
 */
public record CharterReadResult(Optional<Charter> charter, List<Problem> problems) {
    /** Checks that exactly one of charter and problems is given. */
    public CharterReadResult {
        Checks.notNull(charter, "charter");
        problems = Checks.list(problems, "problems");
        Checks.check(charter.isPresent() == problems.isEmpty(), "a read result holds either a charter or problems");
    }

    /** @return whether the charter was read without problems */
    public boolean isValid() {
        return charter.isPresent();
    }

    /**
     * @return the charter
     * @throws InvalidCharterException listing every problem if there were any
     */
    public Charter orElseThrow() {
        return charter.orElseThrow(() -> new InvalidCharterException("(read from data)", problems));
    }

    @Override
    public String toString() {
        return charter.map(Charter::toString).orElseGet(() -> problems.size() + " problems: " + problems);
    }
}
