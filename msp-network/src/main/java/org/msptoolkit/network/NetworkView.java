package org.msptoolkit.network;

/**
 * Which graph an export shows.
 *
 * @since 0.2.0
 */
public enum NetworkView {
    /** Processes and stakeholders: two-mode ties (participation, convening, funding) and declared links. */
    TWO_MODE,
    /** Processes only: shared stakeholders and declared links, plus the suggested missing links. */
    PROCESS,
    /** Stakeholders only: ties between stakeholders who meet in processes. */
    STAKEHOLDER;

    /**
     * Returns the code used on the command line, e.g. {@code "two-mode"}.
     *
     * @return the code used on the command line
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
