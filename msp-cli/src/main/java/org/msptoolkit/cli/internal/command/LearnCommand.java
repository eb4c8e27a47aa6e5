package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.MinimiseOptions;
import org.msptoolkit.learning.qca.Qca;
import org.msptoolkit.learning.qca.Solution;
import org.msptoolkit.learning.qca.TruthTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code msp learn}: Qualitative Comparative Analysis of which conditions lead to an outcome. */
@Command(
        name = "learn",
        mixinStandardHelpOptions = true,
        description = {
            "Find the combinations of conditions that lead to an outcome (QCA).",
            "Qualitative Comparative Analysis: builds the truth table of a calibrated case table (crisp,",
            "multi-value or fuzzy sets, one row per case) and minimises it to the combinations of",
            "conditions sufficient for the outcome, with their parameters of fit."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:solved", "2:usage error, or data that cannot be read or solved (the problem is printed)"})
public final class LearnCommand extends MspCommand {
    /** The solution types. */
    enum Type {
        conservative,
        parsimonious,
        intermediate
    }

    /** What {@code --format} can write. */
    enum Format {
        text,
        json
    }

    @Option(
            names = "--data",
            required = true,
            paramLabel = "CASES.csv",
            description = "Calibrated cases: first column the case id, then one column per condition and the outcome.")
    private Path data;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "The outcome column.")
    private String outcome;

    @Option(
            names = "--conditions",
            split = ",",
            paramLabel = "COLUMN",
            description = "Condition columns (default: every other column).")
    private @Nullable List<String> conditions;

    @Option(
            names = "--incl-cut",
            paramLabel = "CUT",
            defaultValue = "1",
            description = "Inclusion cut-off for a positive row. Default: ${DEFAULT-VALUE}.")
    private double inclusionCut;

    @Option(
            names = "--n-cut",
            paramLabel = "N",
            defaultValue = "1",
            description = "Cases a row needs to count. Default: ${DEFAULT-VALUE}.")
    private int frequencyCut;

    @Option(
            names = "--solution",
            paramLabel = "TYPE",
            defaultValue = "conservative",
            description = "conservative, parsimonious or intermediate. Default: ${DEFAULT-VALUE}.")
    private Type type;

    @Option(
            names = "--expect",
            split = ",",
            paramLabel = "EXPECTATION",
            description = "Directional expectations for the intermediate solution, e.g. DEV,~IND,URB.")
    private @Nullable List<String> expectations;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Mixin
    private OutputOption output;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public LearnCommand() {}

    @Override
    protected int execute() throws Exception {
        readable(data);
        List<String> expected = expectations == null ? List.of() : expectations;
        if (type == Type.intermediate && expected.isEmpty()) {
            throw new CliInputException("the intermediate solution needs --expect, e.g. --expect DEV,URB,~IND");
        }
        CaseTable cases = CaseTable.readCsv(data);
        TruthTable.Builder b =
                TruthTable.builder(cases, outcome).inclusionCut(inclusionCut).frequencyCut(frequencyCut);
        if (conditions != null && !conditions.isEmpty()) {
            b.conditions(conditions);
        }
        TruthTable table = b.build();
        MinimiseOptions options = switch (type) {
            case conservative -> MinimiseOptions.conservative();
            case parsimonious -> MinimiseOptions.parsimonious();
            case intermediate -> MinimiseOptions.intermediate(expected.toArray(String[]::new));
        };
        Solution solution = Qca.minimise(table, options);
        String text =
                format == Format.json ? solution.toJson() : table.toText() + System.lineSeparator() + solution.toText();
        emit(output.file(), text.endsWith("\n") ? text : text + System.lineSeparator());
        return Msp.OK;
    }
}
