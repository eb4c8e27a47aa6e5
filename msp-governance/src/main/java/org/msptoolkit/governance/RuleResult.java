package org.msptoolkit.governance;

import java.util.List;
import org.msptoolkit.core.internal.Checks;

/**
 * The result for one rule of a charter: which rule (its position and the rule), and the verdict.
 *
 * @param index the rule's position in the charter, as in {@code rules[2]}
 * @param rule the rule
 * @param verdict the status, reason and findings
 */
public record RuleResult(int index, Rule rule, Verdict verdict) {
    /** Checks the components. */
    public RuleResult {
        Checks.check(index >= 0, "rule index must be zero or more, got " + index);
        Checks.notNull(rule, "rule");
        Checks.notNull(verdict, "verdict");
    }

    /**
     * Returns satisfied, violated or not applicable.
     *
     * @return satisfied, violated or not applicable
     */
    public RuleStatus status() {
        return verdict.status();
    }

    /**
     * Returns the reason in plain words.
     *
     * @return the reason in plain words
     */
    public String reason() {
        return verdict.reason();
    }

    /**
     * Returns the findings of a violation; empty otherwise.
     *
     * @return the findings of a violation; empty otherwise
     */
    public List<Finding> findings() {
        return verdict.findings();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder()
                .append(String.format("%-14s", status()))
                .append(" rules[")
                .append(index)
                .append("] ")
                .append(rule.label())
                .append(": ")
                .append(reason());
        findings().forEach(e -> s.append("\n      - ").append(e));
        return s.toString();
    }
}
