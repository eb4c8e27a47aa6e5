package org.msptoolkit.store;

import org.msptoolkit.core.model.MspProcess;

/**
 * A process as stored in one revision.
 *
 * @param revision the revision
 * @param process the process as it was put
 * @since 0.2.0
 */
public record StoredProcess(Revision revision, MspProcess process) {

    @Override
    public String toString() {
        return "stored " + revision;
    }
}
