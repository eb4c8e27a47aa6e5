package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.Optional;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.cli.internal.report.ComplianceSection;
import org.msptoolkit.cli.internal.report.Json;
import org.msptoolkit.cli.internal.report.Markdown;
import org.msptoolkit.cli.internal.report.XhtmlPage;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.Compliance;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.governance.RuleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msp check FILE --charter CHARTER}: checks a process against the rules of a charter. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check a process against the rules of a charter or policy.",
            "Each rule is satisfied, violated (with evidence) or not applicable (and why)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no rule is violated",
            "1:a rule is violated, or the file has problems (printed)",
            "2:usage error, or a file or charter that cannot be read"
        })
public final class CheckCommand extends MspCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The process (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--charter", required = true, paramLabel = "CHARTER", description = "The charter (.yaml or .json).")
    private Path charter;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text, json, md or html. Default: from the -o file's extension, else text.")
    private Optional<ReportFormat> format;

    @Mixin
    private OutputOption output;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public CheckCommand() {}

    @Override
    protected int execute() throws Exception {
        ReportFormat fmt = ReportFormat.choose(format, output.file(), ReportFormat.text);
        if (fmt == ReportFormat.csv) {
            throw new CliInputException("check writes text, json, md or html, not csv");
        }
        Charter c = Charters.read(charter);
        Optional<MspProcess> process = Inputs.readOne(file, err());
        if (process.isEmpty()) {
            return Msp.FINDINGS;
        }
        ComplianceReport report = Compliance.check(process.get(), c);
        ComplianceSection section = ComplianceSection.of(report);
        String title = "Charter compliance of " + process.get().title() + " ("
                + process.get().id() + ")";
        String text = switch (fmt) {
            case text -> text(report, section);
            case json -> Json.write(ComplianceSection.tree(report));
            case md ->
                "# " + Markdown.escape(title) + "\n\n" + Markdown.escape("Charter: " + section.charterName()) + "\n\n"
                        + Markdown.escape(section.summary()) + "\n\n"
                        + Markdown.table(ComplianceSection.HEADERS, section.rows());
            case html ->
                XhtmlPage.titled(title)
                        .p("muted", "Charter: " + section.charterName())
                        .p(section.compliant() ? "ok" : "bad", section.summary())
                        .table(ComplianceSection.HEADERS, section.rows())
                        .render();
            case csv -> throw new IllegalStateException("unreachable");
        };
        emit(output.file(), text);
        return report.isCompliant() ? Msp.OK : Msp.FINDINGS;
    }

    private static String text(ComplianceReport report, ComplianceSection section) {
        StringBuilder b = new StringBuilder();
        b.append(report.process())
                .append(" against ")
                .append(section.charterName())
                .append(": ")
                .append(section.summary())
                .append(System.lineSeparator());
        for (RuleResult r : report.results()) {
            b.append(String.format(
                    "  %-15s %d. %s: %s%n",
                    "[" + ComplianceSection.status(r.status()) + "]",
                    r.index() + 1,
                    r.rule().label(),
                    r.reason()));
            r.findings()
                    .forEach(e -> b.append("                    ")
                            .append(e.path())
                            .append(": ")
                            .append(e.message())
                            .append(System.lineSeparator()));
        }
        return b.toString();
    }
}
