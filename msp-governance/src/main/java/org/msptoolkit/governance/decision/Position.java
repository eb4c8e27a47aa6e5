package org.msptoolkit.governance.decision;

/**
 * A voter's position on a motion. Under consensus procedures {@link #AGAINST} means a sustained
 * objection and {@link #ABSTAIN} means standing aside.
 */
public enum Position {
    /** In favour. */
    FOR,
    /** Against; under consensus, a sustained objection. */
    AGAINST,
    /** Present but taking no side; under consensus, standing aside. */
    ABSTAIN
}
