package org.msptoolkit.governance;

import java.util.List;
import org.msptoolkit.core.internal.Checks;

/**
 * A rule kind's judgement of a process against one rule: the status, the reason in plain words and,
 * for a violation, the findings.
 *
 * @param status satisfied, violated or not applicable
 * @param reason why, e.g. "12 of 30 seat holders (40.0%) are women, at least 40.0% required"
 * @param findings for a violation, every place it occurs; empty otherwise
 */
public record Verdict(RuleStatus status, String reason, List<Finding> findings) {
    /** Checks the components; a violation needs at least one finding. */
    public Verdict {
        Checks.notNull(status, "verdict status");
        Checks.notBlank(reason, "verdict reason");
        findings = Checks.list(findings, "findings");
        Checks.check(status != RuleStatus.VIOLATED || !findings.isEmpty(), "a violation needs findings: " + reason);
    }

    /**
     * Returns the verdict that the rule is satisfied.
     *
     * @param reason why the rule is met
     * @return the verdict
     */
    public static Verdict satisfied(String reason) {
        return new Verdict(RuleStatus.SATISFIED, reason, List.of());
    }

    /**
     * Returns the verdict that the rule is violated, with where and what.
     *
     * @param reason summary of the violation
     * @param findings where and what
     * @return the verdict
     */
    public static Verdict violated(String reason, List<Finding> findings) {
        return new Verdict(RuleStatus.VIOLATED, reason, findings);
    }

    /**
     * Returns the verdict that the rule cannot be judged.
     *
     * @param reason why the rule cannot be judged, e.g. "no attendance recorded"
     * @return the verdict
     */
    public static Verdict notApplicable(String reason) {
        return new Verdict(RuleStatus.NOT_APPLICABLE, reason, List.of());
    }
}
