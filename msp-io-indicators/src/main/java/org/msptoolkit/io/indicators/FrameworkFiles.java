package org.msptoolkit.io.indicators;

import java.nio.file.Path;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.framework.Framework;

/**
 * Reads and writes indicator framework files by file name: {@code .json} as JSON, {@code .yaml} or
 * {@code .yml} as YAML, with default limits. For other settings use {@link FrameworkFormat}.
 *
 * <pre>{@code
 * FrameworkFiles.write(Path.of("/tmp/hemmati-2002.yaml"), Frameworks.hemmati2002());
 * Framework f = FrameworkFiles.read(Path.of("/tmp/hemmati-2002.yaml")).orElseThrow();
 * }</pre>
 */
public final class FrameworkFiles {
    private FrameworkFiles() {}

    /**
     * Reads a framework.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the framework, or every problem, located in the file
     */
    public static Result<Framework> read(Path file) {
        return FrameworkFormat.forPath(file).read(file);
    }

    /**
     * Writes a framework in the syntax its file name says, replacing the file.
     *
     * @param file the file
     * @param framework the framework
     */
    public static void write(Path file, Framework framework) {
        FrameworkFormat.forPath(file).write(framework, file);
    }
}
