package org.msptoolkit.cli.internal.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.msptoolkit.indicators.EvaluationContext;
import picocli.CommandLine.Option;

/**
 * The {@code --as-of DATE} option of {@code msp evaluate} and {@code msp compare}: the assessment
 * day, by default each process's own period end or last recorded activity. A picocli mixin.
 */
public final class AsOfOption {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Assessment day (YYYY-MM-DD). Default: the end of each process's period, "
                    + "else its last recorded activity.")
    private Optional<String> asOf = Optional.empty();

    /** Creates the option; picocli calls it. */
    public AsOfOption() {}

    /**
     * The evaluation context of the day the user named, else the defaults.
     *
     * @return the context
     * @throws CliInputException when the day is not a day like {@code 2024-05-31}
     */
    EvaluationContext context() {
        return asOf.map(AsOfOption::day).map(EvaluationContext::asOf).orElse(EvaluationContext.defaults());
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliInputException("--as-of must be a day like 2024-05-31, not '" + text + "'");
        }
    }
}
