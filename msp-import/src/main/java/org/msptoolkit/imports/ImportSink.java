package org.msptoolkit.imports;

import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.MspDocument;

/**
 * Where an {@link Importer} hands what it read: finished processes (with their extensions and
 * provenance), warnings (the record is kept, something in it deserves a look), errors (the record is
 * not kept) and the names of source fields kept only as {@code x-} extensions.
 *
 * @since 0.2.0
 */
public interface ImportSink {
    /**
     * One imported process.
     *
     * @param document the process with its {@code x-provenance} and {@code x-<source>} extensions
     * @since 0.2.0
     */
    void record(MspDocument document);

    /**
     * Something worth a look that did not stop the record, e.g. a published count that differs from
     * the one recounted from the ballots.
     *
     * @param problem located as {@code file:line:column} or {@code file: field}
     * @since 0.2.0
     */
    void warning(Problem problem);

    /**
     * Something that stops the record: it is not handed to {@link #record(MspDocument)}.
     *
     * @param problem located as {@code file:line:column} or {@code file: field}
     * @since 0.2.0
     */
    void error(Problem problem);

    /**
     * A source field that has no format v1 field and was kept as an {@code x-<source>} extension.
     *
     * @param field e.g. {@code "PROJECTS.latitude"}
     * @since 0.2.0
     */
    void unmapped(String field);
}
