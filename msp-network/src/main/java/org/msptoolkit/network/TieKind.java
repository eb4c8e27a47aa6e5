package org.msptoolkit.network;

/**
 * What a tie between two nodes stands for.
 *
 * @since 0.2.0
 */
public enum TieKind {
    /** The stakeholder is one of the process's stakeholders (it takes part). */
    PARTICIPATION,
    /** The stakeholder convened (initiated) the process. */
    CONVENING,
    /** The stakeholder gave money to the process. */
    FUNDING,
    /** One process declares a link (parent, child, related, informs, informed by) to the other. */
    DECLARED_LINK,
    /** The two processes share at least one stakeholder (process projection); weight = shared stakeholders. */
    SHARED_STAKEHOLDERS,
    /** The two stakeholders meet in at least one process (stakeholder projection); weight = shared processes. */
    CO_PRESENCE,
    /** A suggested missing link between processes at adjacent levels (see {@link MissingLink}). */
    MISSING_LINK;

    /**
     * Returns the code used in files, e.g. {@code "shared-stakeholders"}.
     *
     * @return the code used in files
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
