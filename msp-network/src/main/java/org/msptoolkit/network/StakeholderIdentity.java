package org.msptoolkit.network;

import java.util.regex.Pattern;

/**
 * When stakeholders of different processes are the same node. In the MSP model a stakeholder id is unique
 * within its process only, so the default is conservative: only ids that say they are global (a scheme and a
 * colon, e.g. {@code ror:02mhbdp94}, {@code wikidata:Q7817}, {@code popolo:org-12}, an {@code https:} URI) are
 * matched across processes. Names are never used to merge; similar names are reported as {@link MergeCandidate}s.
 *
 * @since 0.2.0
 */
public enum StakeholderIdentity {
    /** Ids of the form {@code scheme:value} are global and matched across processes; any other id is local. */
    NAMESPACED_IDS,
    /** Every id is global: the producer of the corpus guarantees one id per stakeholder across processes. */
    ALL_IDS,
    /** No id is global: every stakeholder of every process is its own node. */
    PER_PROCESS;

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    /**
     * Returns the identity key of a stakeholder.
     *
     * @param processId the process the stakeholder appears in
     * @param stakeholderId its id in that process
     * @return the stakeholder id when it is global under this rule, else {@code "<process>/<stakeholder>"}
     */
    public String key(String processId, String stakeholderId) {
        boolean global = switch (this) {
            case NAMESPACED_IDS -> SCHEME.matcher(stakeholderId).matches();
            case ALL_IDS -> true;
            case PER_PROCESS -> false;
        };
        return global ? stakeholderId : processId + "/" + stakeholderId;
    }

    /**
     * Returns the code used on the command line, e.g. {@code "namespaced-ids"}.
     *
     * @return the code used on the command line
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
