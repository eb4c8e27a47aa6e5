package org.msptoolkit.governance.decision;

/** What a decision procedure concluded. */
public enum Result {
    /** The motion is carried (or consensus is reached). */
    ADOPTED,
    /** The motion fails (or there is no consensus). */
    REJECTED,
    /** Too few were present for a valid decision; nothing was decided. */
    NO_QUORUM
}
