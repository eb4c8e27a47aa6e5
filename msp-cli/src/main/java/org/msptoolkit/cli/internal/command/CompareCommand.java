package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.cli.internal.report.ChartValue;
import org.msptoolkit.cli.internal.report.Csv;
import org.msptoolkit.cli.internal.report.Json;
import org.msptoolkit.cli.internal.report.SvgCharts;
import org.msptoolkit.cli.internal.report.XhtmlPage;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.FrameworkGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msp compare FILES...}: evaluates many processes and ranks them, one row per process. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate many processes with one framework and rank them.",
            "Reads files or .ndjson corpora; writes one row per process with its score and rank",
            "(1 = best; ties share the best rank) per principle or criterion."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:some records have problems (printed; the others are compared)",
            "2:usage error or a file that cannot be read"})
public final class CompareCommand extends MspCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Processes (.yaml, .yml, .json) or corpora (.ndjson).")
    private List<Path> files;

    @Option(names = "--framework", paramLabel = "FRAMEWORK", defaultValue = "hemmati-2002",
            description = "hemmati-2002, oecd-2021, or a framework file (.yaml/.json). Default: ${DEFAULT-VALUE}.")
    private String framework;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, json or html. Default: from the -o file's extension, else csv.")
    private Optional<ReportFormat> format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of standard output.")
    private Optional<Path> output;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Assessment day (YYYY-MM-DD). Default: each process's period end, else its last recorded activity.")
    private Optional<String> asOf;

    /** Creates the command; picocli calls it. */
    public CompareCommand() {
    }

    @Override
    protected int execute() throws Exception {
        ReportFormat fmt = ReportFormat.choose(format, output, ReportFormat.csv);
        if (fmt == ReportFormat.text || fmt == ReportFormat.md) {
            throw new CliInputException("compare writes csv, json or html, not " + fmt);
        }
        IndicatorRegistry registry = IndicatorRegistry.load();
        Framework fw = FrameworkFiles.find(framework, registry);
        List<MspProcess> processes = new ArrayList<>();
        long problems = 0;
        for (Path file : files) {
            Inputs.Loaded loaded = Inputs.read(file, false);
            if (loaded.isUnreadable()) {
                throw new CliInputException(ValidateCommand.line(loaded.problems().get(0)));
            }
            loaded.problems().forEach(p -> err().println(ValidateCommand.line(p)));
            problems += loaded.problems().size();
            loaded.documents().forEach(d -> processes.add(d.process()));
        }
        EvaluationContext context = asOf.map(EvaluateCommand::day).map(EvaluationContext::asOf)
                .orElse(EvaluationContext.defaults());
        Evaluator evaluator = Evaluator.of(registry).withContext(context);
        Progress progress = new Progress(err(), processes.size());
        List<EvaluationReport> reports = new ArrayList<>();
        for (MspProcess p : processes) {
            reports.add(evaluator.evaluate(p, fw));
            progress.step();
        }
        progress.done();
        Ranking ranking = new Ranking(fw, reports);
        String text = switch (fmt) {
            case csv -> ranking.csv();
            case json -> Json.write(ranking.tree());
            case html -> ranking.html();
            case text, md -> throw new IllegalStateException("unreachable");
        };
        emit(output, text);
        if (problems > 0) {
            err().println(ValidateCommand.count(problems, "problem") + " in the input; "
                    + ValidateCommand.count(processes.size(), "process") + " compared");
            return Msp.FINDINGS;
        }
        return Msp.OK;
    }

    /** Scores and competition ranks ("1224": ties share the best rank) of many evaluations. */
    private static final class Ranking {
        private final Framework framework;
        private final List<EvaluationReport> reports;
        private final List<String> keys;
        private final Map<String, int[]> ranks = new LinkedHashMap<>();

        Ranking(Framework framework, List<EvaluationReport> reports) {
            this.framework = framework;
            this.reports = reports;
            this.keys = framework.groups().stream().map(FrameworkGroup::key).toList();
            for (int k = 0; k < keys.size(); k++) {
                int[] r = new int[reports.size()];
                for (int i = 0; i < reports.size(); i++) {
                    OptionalDouble si = score(i, k);
                    if (si.isEmpty()) {
                        continue;
                    }
                    int better = 0;
                    for (int j = 0; j < reports.size(); j++) {
                        OptionalDouble sj = score(j, k);
                        if (sj.isPresent() && sj.getAsDouble() > si.getAsDouble()) {
                            better++;
                        }
                    }
                    r[i] = better + 1;
                }
                ranks.put(keys.get(k), r);
            }
        }

        OptionalDouble score(int process, int group) {
            return reports.get(process).groups().get(group).score();
        }

        String rank(int process, int group) {
            int r = ranks.get(keys.get(group))[process];
            return r == 0 ? "" : Integer.toString(r);
        }

        String csv() {
            List<String> header = new ArrayList<>(List.of("process", "title", "measured"));
            keys.forEach(header::add);
            keys.forEach(k -> header.add(k + ".rank"));
            StringBuilder b = new StringBuilder(Csv.row(header));
            for (int i = 0; i < reports.size(); i++) {
                EvaluationReport r = reports.get(i);
                List<String> row = new ArrayList<>(List.of(r.processId(), r.processTitle(), Long.toString(r.measuredCount())));
                for (int k = 0; k < keys.size(); k++) {
                    row.add(Csv.number(score(i, k)));
                }
                for (int k = 0; k < keys.size(); k++) {
                    row.add(rank(i, k));
                }
                b.append(Csv.row(row));
            }
            return b.toString();
        }

        Map<String, Object> tree() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("framework", framework.id());
            m.put("frameworkVersion", framework.version());
            List<Object> rows = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("process", reports.get(i).processId());
                row.put("title", reports.get(i).processTitle());
                row.put("measured", reports.get(i).measuredCount());
                Map<String, Object> scores = new LinkedHashMap<>();
                Map<String, Object> rk = new LinkedHashMap<>();
                for (int k = 0; k < keys.size(); k++) {
                    OptionalDouble s = score(i, k);
                    scores.put(keys.get(k), s.isPresent() ? s.getAsDouble() : null);
                    int r = ranks.get(keys.get(k))[i];
                    rk.put(keys.get(k), r == 0 ? null : r);
                }
                row.put("scores", scores);
                row.put("ranks", rk);
                rows.add(row);
            }
            m.put("processes", rows);
            return m;
        }

        String html() {
            XhtmlPage page = XhtmlPage.titled("Comparison of " + reports.size() + " processes with " + framework.id()
                    + " " + framework.version());
            List<String> header = new ArrayList<>(List.of("Process"));
            framework.groups().forEach(g -> header.add(g.label()));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                List<String> row = new ArrayList<>(List.of(reports.get(i).processTitle() + " (" + reports.get(i).processId() + ")"));
                for (int k = 0; k < keys.size(); k++) {
                    OptionalDouble s = score(i, k);
                    row.add(s.isPresent() ? SvgCharts.percent(s.getAsDouble()) + " (#" + rank(i, k) + ")" : "-");
                }
                rows.add(row);
            }
            page.h2("Scores and ranks").table(header, rows);
            page.h2("By principle");
            List<String> charts = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                List<ChartValue> values = new ArrayList<>();
                for (int i = 0; i < reports.size(); i++) {
                    OptionalDouble s = score(i, k);
                    values.add(new ChartValue(reports.get(i).processTitle(),
                            s.isPresent() ? OptionalDouble.of(Math.max(0, Math.min(1, s.getAsDouble()))) : s));
                }
                charts.add(SvgCharts.bar(framework.groups().get(k).label(), values));
            }
            for (int k = 0; k < keys.size(); k++) {
                page.p(framework.groups().get(k).label()).svg(charts.get(k));
            }
            return page.render();
        }
    }
}
