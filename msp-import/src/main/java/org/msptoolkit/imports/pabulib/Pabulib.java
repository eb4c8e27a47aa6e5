package org.msptoolkit.imports.pabulib;

import java.io.IOException;
import java.nio.file.Path;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.imports.internal.pabulib.PabulibImporter;

/**
 * Pabulib ({@code .pb}) files beyond importing them: the check of their published winners.
 *
 * <pre>{@code
 * Result<PabulibVerification> v = Pabulib.verify(Path.of("poland_warszawa_2018_grochow-poludniowy.pb"));
 * String line = v.orElseThrow().line();   // "poland_warszawa_2018_grochow-poludniowy.pb: agrees"
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Pabulib {
    private Pabulib() {}

    /**
     * Recomputes a file's winners with its {@code rule} ({@code greedy}, {@code equalshares} or
     * {@code equalshares/add1}), honouring its budget and {@code min_project_score_threshold}, and
     * compares them with its {@code selected} column. Never guesses: any other rule, including a local
     * variant described only in the file's {@code comment}, is reported as a difference with the
     * comment quoted.
     *
     * @param file a {@code .pb} file
     * @return the verification, or the located problems that stop the file being read
     * @throws IOException when the file cannot be opened
     * @since 0.2.0
     */
    public static Result<PabulibVerification> verify(Path file) throws IOException {
        return PabulibImporter.verify(file);
    }
}
