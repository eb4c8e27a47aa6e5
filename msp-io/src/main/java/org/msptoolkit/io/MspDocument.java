package org.msptoolkit.io;

import java.util.Objects;
import org.msptoolkit.core.model.MspProcess;

/**
 * One MSP document of format version {@value #FORMAT_VERSION}: a process together with the
 * extension fields found next to it (portal data such as {@code x-portal}, or any unknown field
 * kept in lenient mode), so that reading and writing a file loses nothing.
 *
 * @param process the process
 * @param extensions the fields format v1 does not define, by the JSON pointer of their object
 */
public record MspDocument(MspProcess process, Extensions extensions) {
    /** The format version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** Checks that no component is {@code null}. */
    public MspDocument {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * A document holding just a process.
     *
     * @param process the process
     * @return the document, with no extension fields
     */
    public static MspDocument of(MspProcess process) {
        return new MspDocument(process, Extensions.none());
    }

    /**
     * This document with another process, keeping the extension fields (for editing a process read
     * from a file).
     *
     * @param value the changed process
     * @return a new document
     */
    public MspDocument withProcess(MspProcess value) {
        return new MspDocument(value, extensions);
    }

    @Override
    public String toString() {
        return process + (extensions.isEmpty() ? "" : "\n  extensions " + extensions);
    }
}
