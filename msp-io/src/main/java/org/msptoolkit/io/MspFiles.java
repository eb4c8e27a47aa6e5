package org.msptoolkit.io;

import java.nio.file.Path;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Result;

/**
 * Reads and writes MSP documents by file name: {@code .json} as JSON, {@code .yaml}/{@code .yml}
 * as YAML, strict, with default limits. For other settings use {@link MspFormat}.
 *
 * <pre>{@code
 * MspDocument d = MspFiles.read(Path.of("examples/fsc-general-assembly.yaml")).orElseThrow();
 * MspFiles.write(Path.of("/tmp/fsc.json"), d);
 * }</pre>
 */
public final class MspFiles {
    private MspFiles() {}

    /**
     * Reads a document.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the document, or every problem, located in the file
     */
    public static Result<MspDocument> read(Path file) {
        return MspFormat.forPath(file).read(file);
    }

    /**
     * Reads a process; extension fields in the file are not part of it (use {@link #read(Path)}).
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the process, or every problem
     */
    public static Result<MspProcess> readProcess(Path file) {
        return MspFormat.forPath(file).readProcess(file);
    }

    /**
     * Writes a document, in the syntax its file name says.
     *
     * @param file the file to create or replace
     * @param document the document
     */
    public static void write(Path file, MspDocument document) {
        MspFormat.forPath(file).write(document, file);
    }

    /**
     * Writes a process, in the syntax its file name says.
     *
     * @param file the file to create or replace
     * @param process the process
     */
    public static void write(Path file, MspProcess process) {
        write(file, MspDocument.of(process));
    }
}
