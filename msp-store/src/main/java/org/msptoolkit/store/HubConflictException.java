package org.msptoolkit.store;

import org.msptoolkit.core.model.ProcessId;

/**
 * A put was based on a revision that is no longer the head: someone else stored the process first.
 * Nothing was written; read the head revision, merge and put again.
 *
 * @since 0.2.0
 */
public final class HubConflictException extends HubException {
    private static final long serialVersionUID = 1L;

    private final transient ProcessId process;
    private final int basedOn;
    private final int head;

    /**
     * Creates the conflict.
     *
     * @param process the process
     * @param basedOn the revision the put was based on (0: the put meant to create the process)
     * @param head the revision that is the head in the hub (0: the process does not exist)
     */
    public HubConflictException(ProcessId process, int basedOn, int head) {
        super("process " + process.value() + ": the put was based on revision " + basedOn
                + " but the hub holds revision " + head + (head == 0 ? " (no such process)" : "")
                + "; nothing was written");
        this.process = process;
        this.basedOn = basedOn;
        this.head = head;
    }

    /**
     * The process whose put conflicted.
     *
     * @return the process id
     */
    public ProcessId process() {
        return process;
    }

    /**
     * The revision the put was based on.
     *
     * @return the revision number, 0 for a put that meant to create the process
     */
    public int basedOn() {
        return basedOn;
    }

    /**
     * The head revision found in the hub.
     *
     * @return the revision number, 0 when the process does not exist
     */
    public int head() {
        return head;
    }
}
