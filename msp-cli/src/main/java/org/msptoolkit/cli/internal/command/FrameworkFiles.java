package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.indicators.FrameworkFormat;

/** Finds the framework of {@code --framework}: a built-in id or a framework file. */
final class FrameworkFiles {
    private FrameworkFiles() {}

    /**
     * A built-in framework by id, or a framework file.
     *
     * @param idOrFile {@code hemmati-2002}, {@code oecd-2021} or a YAML/JSON file
     * @param registry the indicators it may use
     * @return the framework
     * @throws CliInputException for an unknown id or a framework with problems
     */
    static Framework find(String idOrFile, IndicatorRegistry registry) {
        var builtIn = Frameworks.find(idOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        if (!idOrFile.endsWith(".yaml") && !idOrFile.endsWith(".yml") && !idOrFile.endsWith(".json")) {
            throw new CliInputException("unknown framework '" + idOrFile + "': use one of "
                    + Frameworks.builtIn().stream().map(Framework::id).collect(Collectors.joining(", "))
                    + ", or a framework file (.yaml, .yml, .json)");
        }
        Path file = Path.of(idOrFile);
        return ReadFailures.orFail(
                file,
                "framework",
                FrameworkFormat.forPath(file).checkedAgainst(registry).read(MspCommand.readable(file)));
    }
}
