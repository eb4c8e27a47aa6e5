package org.msptoolkit.imports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What an import records about itself in every record's provenance: the day of the import and the
 * version of msp-import that did it. Fixing the day makes imports reproducible (tests, re-runs).
 *
 * @param day the import day
 * @param importerVersion e.g. {@code "0.1.0-SNAPSHOT"}
 * @since 0.2.0
 */
public record ImportContext(LocalDate day, String importerVersion) {
    /** Checks that nothing is null and the version is not blank. */
    public ImportContext {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(importerVersion, "importerVersion");
        if (importerVersion.isBlank()) {
            throw new IllegalArgumentException("the importer version must not be blank");
        }
    }

    /**
     * An import today (UTC) by this version of msp-import.
     *
     * @return the context
     * @since 0.2.0
     */
    public static ImportContext today() {
        return on(LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * An import on a given day by this version of msp-import.
     *
     * @param day the import day
     * @return the context
     * @since 0.2.0
     */
    public static ImportContext on(LocalDate day) {
        return new ImportContext(day, Imports.version());
    }
}
