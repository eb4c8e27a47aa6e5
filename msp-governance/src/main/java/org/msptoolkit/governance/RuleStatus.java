package org.msptoolkit.governance;

/** How a process stands against one rule. */
public enum RuleStatus {
    /** The process meets the rule. */
    SATISFIED,
    /** The process breaks the rule; the verdict carries the evidence. */
    VIOLATED,
    /** The rule cannot be judged, e.g. because the data it needs was not recorded; the verdict says why. */
    NOT_APPLICABLE
}
