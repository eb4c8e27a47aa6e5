package org.msptoolkit.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A source of real MSP records (a participatory-budgeting archive, a consultation platform, a case
 * database) that can be read into MSP processes. Implement it and declare it in your module with
 * {@code provides org.msptoolkit.imports.Importer with …} (or in
 * {@code META-INF/services/org.msptoolkit.imports.Importer}); {@link Imports} then finds it by its
 * {@link #source()} name and {@code msp import SOURCE} runs it.
 *
 * <p>An importer streams: it reads one unit (a file, or a folder holding one conversation) at a time
 * and hands each finished process to the sink, so memory depends on the largest single record, not on
 * how many files are imported. It never throws for bad input: it reports located problems to the sink.
 *
 * @since 0.2.0
 */
public interface Importer {
    /**
     * The source's name, lower-case, used on the command line and in {@code x-<source>} extensions.
     *
     * @return e.g. {@code "pabulib"}
     * @since 0.2.0
     */
    String source();

    /**
     * One line on what this importer reads.
     *
     * @return e.g. {@code "Pabulib .pb participatory-budgeting elections"}
     * @since 0.2.0
     */
    String description();

    /**
     * The units this importer reads at or under a path given by the user: the file itself, or the
     * matching files or conversation folders inside a folder, in a stable (sorted) order.
     *
     * @param fileOrFolder what the user named
     * @return the units, possibly empty
     * @throws IOException when the folder cannot be listed
     * @since 0.2.0
     */
    List<Path> units(Path fileOrFolder) throws IOException;

    /**
     * Reads one unit, handing each complete process to {@code sink} and each problem (located by
     * file, line and column or field) to it as a warning or an error. A record with an error is not
     * handed on.
     *
     * @param unit a file or folder from {@link #units(Path)}
     * @param context the import day and importer version to record as provenance
     * @param sink where records and problems go
     * @throws IOException when the unit cannot be read at all (missing, unreadable)
     * @since 0.2.0
     */
    void read(Path unit, ImportContext context, ImportSink sink) throws IOException;
}
