package org.msptoolkit.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.model.ProcessId;

/**
 * How a process stands against every rule of a charter, in the charter's rule order.
 *
 * @param process the process checked
 * @param charter the charter checked against
 * @param asOf the reference day used for deadlines and reporting cycles, if any
 * @param results one result per rule, in the charter's order
 */
public record ComplianceReport(ProcessId process, Charter charter, Optional<LocalDate> asOf, List<RuleResult> results) {
    /** Checks the components. */
    public ComplianceReport {
        Checks.notNull(process, "process");
        Checks.notNull(charter, "charter");
        Checks.notNull(asOf, "asOf");
        results = Checks.list(results, "results");
    }

    /**
     * Returns the results with that status.
     *
     * @param status a status
     * @return the results with that status
     */
    public List<RuleResult> withStatus(RuleStatus status) {
        return results.stream().filter(r -> r.status() == status).toList();
    }

    /**
     * Returns the violated rules' results.
     *
     * @return the violated rules' results
     */
    public List<RuleResult> violations() {
        return withStatus(RuleStatus.VIOLATED);
    }

    /**
     * Returns whether no rule is violated (rules that could not be judged do not count against).
     *
     * @return whether no rule is violated (rules that could not be judged do not count against)
     */
    public boolean isCompliant() {
        return violations().isEmpty();
    }

    /**
     * Returns its result.
     *
     * @param index a rule's position in the charter
     * @return its result
     */
    public RuleResult result(int index) {
        return results.get(index);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Compliance of ")
                .append(process)
                .append(" with \"")
                .append(charter.name())
                .append("\" v")
                .append(charter.version())
                .append(asOf.map(d -> " as of " + d).orElse(""))
                .append(": ")
                .append(withStatus(RuleStatus.SATISFIED).size())
                .append(" satisfied, ")
                .append(violations().size())
                .append(" violated, ")
                .append(withStatus(RuleStatus.NOT_APPLICABLE).size())
                .append(" not applicable");
        results.forEach(r -> s.append("\n  ").append(r));
        return s.toString();
    }
}
