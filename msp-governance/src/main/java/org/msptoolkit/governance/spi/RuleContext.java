package org.msptoolkit.governance.spi;

import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.governance.Rule;

/**
 * What a rule kind gets besides the process when it checks a rule: the rule with its parameters, and
 * the day the check is made "as of" (for rules about deadlines and reporting cycles).
 *
 * @param rule the rule being checked
 * @param asOf the reference day; empty when neither the caller nor the process gives one
 */
public record RuleContext(Rule rule, Optional<LocalDate> asOf) {
    /** Checks that no component is {@code null}. */
    public RuleContext {
        Checks.notNull(rule, "rule");
        Checks.notNull(asOf, "asOf");
    }

    /**
     * Returns the rule's parameters, typed.
     *
     * @return the rule's parameters, typed
     */
    public RuleParameters parameters() {
        return RuleParameters.of(rule.parameters());
    }
}
