package org.msptoolkit.imports;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.msptoolkit.core.validation.Problem;

/**
 * What one import run did: how many units (files, folders) it read and how many records it wrote,
 * the warnings, the problems that made it skip a record (or stop), and the source fields kept only
 * as {@code x-<source>} extensions.
 *
 * @param source the source name
 * @param units units read
 * @param records records written
 * @param bytes bytes of input read
 * @param warnings warnings, located
 * @param skipped problems of the records that were not imported, located
 * @param unmapped source fields kept as extensions, sorted
 * @param stopped whether the run stopped at the first bad record ({@code --on-error stop})
 * @since 0.2.0
 */
public record ImportSummary(
        String source,
        long units,
        long records,
        long bytes,
        List<Problem> warnings,
        List<Problem> skipped,
        Set<String> unmapped,
        boolean stopped) {
    /** Copies the lists and checks that nothing is null. */
    public ImportSummary {
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
        unmapped = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(unmapped));
    }

    /**
     * Returns e.g. {@code "pabulib: 11 records from 11 inputs, 3 warnings, 0 skipped, 14 unmapped fields"}.
     *
     * @return e.g. {@code "pabulib: 11 records from 11 inputs, 3 warnings, 0 skipped, 14 unmapped fields"}
     */
    @Override
    public String toString() {
        return source + ": " + records + " records from " + units + " inputs, " + warnings.size() + " warnings, "
                + skipped.size() + " skipped, " + unmapped.size() + " unmapped fields" + (stopped ? " (stopped)" : "");
    }
}
