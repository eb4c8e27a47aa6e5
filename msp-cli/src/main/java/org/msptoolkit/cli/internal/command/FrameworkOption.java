package org.msptoolkit.cli.internal.command;

import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.framework.Framework;
import picocli.CommandLine.Option;

/**
 * The {@code --framework} option of {@code msp evaluate} and {@code msp compare}: a built-in
 * framework id or a framework file, {@code hemmati-2002} by default. A picocli mixin.
 */
public final class FrameworkOption {
    @Option(
            names = "--framework",
            paramLabel = "FRAMEWORK",
            defaultValue = "hemmati-2002",
            description = "hemmati-2002, oecd-2021, or a framework file (.yaml/.json). Default: ${DEFAULT-VALUE}.")
    private String framework = "hemmati-2002";

    /** Creates the option; picocli calls it. */
    public FrameworkOption() {}

    /**
     * The framework the user named.
     *
     * @param registry the indicators it may use
     * @return the framework
     * @throws CliInputException for an unknown id or a framework file with problems
     */
    Framework find(IndicatorRegistry registry) {
        return FrameworkFiles.find(framework, registry);
    }
}
