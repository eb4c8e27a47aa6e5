package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.Optional;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.cli.internal.report.ComplianceSection;
import org.msptoolkit.cli.internal.report.EvaluationData;
import org.msptoolkit.cli.internal.report.EvaluationDocument;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Compliance;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msp evaluate FILE}: measures a process with an indicator framework and writes a report. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate one process with an indicator framework and write a report.",
            "Every indicator's value or why it could not be measured, and a score from 0 to 1 per",
            "principle (hemmati-2002) or criterion (oecd-2021).",
            "With --charter, also check the process against a charter's rules."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:evaluated",
            "1:the file has problems (printed), or a charter rule is violated",
            "2:usage error or a file that cannot be read"
        })
public final class EvaluateCommand extends MspCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The process (.yaml, .yml or .json).")
    private Path file;

    @Mixin
    private FrameworkOption framework;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text, json, csv, md or html. Default: from the -o file's extension, else text.")
    private Optional<ReportFormat> format;

    @Mixin
    private OutputOption output;

    @Option(
            names = "--charter",
            paramLabel = "CHARTER",
            description = "Also check compliance with this charter (.yaml/.json).")
    private Optional<Path> charter;

    @Mixin
    private AsOfOption asOf;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public EvaluateCommand() {}

    @Override
    protected int execute() throws Exception {
        ReportFormat fmt = ReportFormat.choose(format, output.file(), ReportFormat.text);
        IndicatorRegistry registry = IndicatorRegistry.load();
        Framework fw = framework.find(registry);
        Optional<org.msptoolkit.governance.Charter> ch = charter.map(Charters::read);
        Optional<MspProcess> process = Inputs.readOne(file, err());
        if (process.isEmpty()) {
            return Msp.FINDINGS;
        }
        EvaluationContext context = asOf.context();
        if (ch.isPresent()) {
            context = context.withCharter(ch.get());
        }
        EvaluationReport report = Evaluator.of(registry).withContext(context).evaluate(process.get(), fw);
        Optional<ComplianceReport> compliance = ch.map(c -> Compliance.check(process.get(), c));
        String text = switch (fmt) {
            case text ->
                report + compliance.map(c -> System.lineSeparator() + c).orElse("");
            case json -> EvaluationData.json(report, compliance);
            case csv -> EvaluationData.csv(report);
            case md -> document(process.get(), report, registry, compliance).markdown();
            case html -> document(process.get(), report, registry, compliance).html();
        };
        emit(output.file(), text.endsWith("\n") ? text : text + System.lineSeparator());
        if (compliance.isPresent() && !compliance.get().isCompliant()) {
            err().println(file + ": "
                    + ValidateCommand.count(compliance.get().violations().size(), "charter rule") + " violated");
            return Msp.FINDINGS;
        }
        return Msp.OK;
    }

    static EvaluationDocument document(
            MspProcess process,
            EvaluationReport report,
            IndicatorRegistry registry,
            Optional<ComplianceReport> compliance) {
        return EvaluationDocument.of(
                process,
                report,
                id -> registry.find(id).map(Indicator::formula),
                compliance.map(ComplianceSection::of));
    }
}
