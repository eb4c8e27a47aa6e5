package org.msptoolkit.cli.internal.command;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.cli.internal.report.ChartValue;
import org.msptoolkit.cli.internal.report.Csv;
import org.msptoolkit.cli.internal.report.Json;
import org.msptoolkit.cli.internal.report.SvgCharts;
import org.msptoolkit.cli.internal.report.XhtmlPage;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.FrameworkGroup;
import org.msptoolkit.io.indicators.CorpusEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msp compare FILES...}: evaluates many processes and ranks them, one row per process. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate many processes with one framework and rank them.",
            "Reads files or .ndjson corpora (a corpus streams through every core, in one pass);",
            "writes one row per process with its score and rank",
            "(1 = best; ties share the best rank) per principle or criterion."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:compared",
            "1:some records have problems (printed; the others are compared)",
            "2:usage error or a file that cannot be read"
        })
public final class CompareCommand extends MspCommand {
    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Processes (.yaml, .yml, .json) or corpora (.ndjson).")
    private List<Path> files;

    @Mixin
    private FrameworkOption framework;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "csv, json or html. Default: from the -o file's extension, else csv.")
    private Optional<ReportFormat> format;

    @Mixin
    private OutputOption output;

    @Mixin
    private AsOfOption asOf;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public CompareCommand() {}

    @Override
    protected int execute() throws Exception {
        ReportFormat fmt = ReportFormat.choose(format, output.file(), ReportFormat.csv);
        if (fmt == ReportFormat.text || fmt == ReportFormat.md) {
            throw new CliInputException("compare writes csv, json or html, not " + fmt);
        }
        IndicatorRegistry registry = IndicatorRegistry.load();
        Framework fw = framework.find(registry);
        Evaluator evaluator = Evaluator.of(registry).withContext(asOf.context());
        List<Row> rows = new ArrayList<>();
        long problems = 0;
        for (Path file : files) {
            problems += Inputs.isCorpus(file)
                    ? compareCorpus(file, evaluator, fw, rows)
                    : compareFile(file, evaluator, fw, rows);
        }
        Ranking ranking = new Ranking(fw, rows);
        String text = switch (fmt) {
            case csv -> ranking.csv();
            case json -> Json.write(ranking.tree());
            case html -> ranking.html();
            case text, md -> throw new IllegalStateException("unreachable");
        };
        emit(output.file(), text);
        if (problems > 0) {
            err().println(ValidateCommand.count(problems, "problem") + " in the input; "
                    + ValidateCommand.count(rows.size(), "process") + " compared");
            return Msp.FINDINGS;
        }
        return Msp.OK;
    }

    /** Reads one YAML/JSON file and evaluates its process; returns how many problems it printed. */
    private long compareFile(Path file, Evaluator evaluator, Framework fw, List<Row> rows) {
        Inputs.Loaded loaded = Inputs.read(file, false);
        if (loaded.isUnreadable()) {
            throw new CliInputException(ValidateCommand.line(loaded.problems().get(0)));
        }
        loaded.problems().forEach(p -> err().println(ValidateCommand.line(p)));
        loaded.documents().forEach(d -> rows.add(Row.of(evaluator.evaluate(d.process(), fw))));
        return loaded.problems().size();
    }

    /**
     * Evaluates an NDJSON corpus in one streaming pass on every core, keeping only each process's
     * scores; returns how many problems it printed.
     */
    private long compareCorpus(Path file, Evaluator evaluator, Framework fw, List<Row> rows) {
        MspCommand.readable(file);
        Progress progress = new Progress(err(), Progress.UNKNOWN);
        long[] problems = {0};
        try {
            CorpusEvaluator.of(evaluator, fw).evaluate(file, outcome -> {
                outcome.report().ifPresent(r -> rows.add(Row.of(r)));
                outcome.problems().forEach(p -> err().println(ValidateCommand.line(p)));
                problems[0] += outcome.problems().size();
                progress.step();
            });
        } catch (UncheckedIOException e) {
            throw new CliInputException("cannot read " + file + ": "
                    + Objects.requireNonNull(e.getCause()).getMessage());
        } finally {
            progress.done();
        }
        return problems[0];
    }

    /** What the ranking keeps of one evaluation: the process and its score per framework group. */
    private record Row(String processId, String title, long measured, List<OptionalDouble> scores) {
        static Row of(EvaluationReport r) {
            return new Row(
                    r.processId(),
                    r.processTitle(),
                    r.measuredCount(),
                    r.groups().stream().map(GroupResult::score).toList());
        }
    }

    /** Scores and competition ranks ("1224": ties share the best rank) of many evaluations. */
    private static final class Ranking {
        private final Framework framework;
        private final List<Row> processes;
        private final List<String> keys;
        private final Map<String, int[]> ranks = new LinkedHashMap<>();

        Ranking(Framework framework, List<Row> processes) {
            this.framework = framework;
            this.processes = processes;
            this.keys = framework.groups().stream().map(FrameworkGroup::key).toList();
            for (int k = 0; k < keys.size(); k++) {
                // competition rank = 1 + how many scores are strictly higher: sort once, then binary search
                double[] sorted = new double[processes.size()];
                int n = 0;
                for (int i = 0; i < processes.size(); i++) {
                    OptionalDouble si = score(i, k);
                    if (si.isPresent()) {
                        sorted[n++] = si.getAsDouble();
                    }
                }
                Arrays.sort(sorted, 0, n);
                int[] r = new int[processes.size()];
                for (int i = 0; i < processes.size(); i++) {
                    OptionalDouble si = score(i, k);
                    if (si.isPresent()) {
                        r[i] = n - upperBound(sorted, n, si.getAsDouble()) + 1;
                    }
                }
                ranks.put(keys.get(k), r);
            }
        }

        /**
         * Returns the index of the first of the {@code n} sorted values that is greater than {@code x}.
         *
         * @return the index of the first of the {@code n} sorted values that is greater than {@code x}
         */
        private static int upperBound(double[] sorted, int n, double x) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        OptionalDouble score(int process, int group) {
            return processes.get(process).scores().get(group);
        }

        String rank(int process, int group) {
            int r = Objects.requireNonNull(ranks.get(keys.get(group)))[process]; // ranked for every key
            return r == 0 ? "" : Integer.toString(r);
        }

        String csv() {
            List<String> header = new ArrayList<>(List.of("process", "title", "measured"));
            keys.forEach(header::add);
            keys.forEach(k -> header.add(k + ".rank"));
            StringBuilder b = new StringBuilder(Csv.row(header));
            for (int i = 0; i < processes.size(); i++) {
                Row r = processes.get(i);
                List<String> row = new ArrayList<>(List.of(r.processId(), r.title(), Long.toString(r.measured())));
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
            for (int i = 0; i < processes.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("process", processes.get(i).processId());
                row.put("title", processes.get(i).title());
                row.put("measured", processes.get(i).measured());
                Map<String, Object> scores = new LinkedHashMap<>();
                Map<String, Object> rk = new LinkedHashMap<>();
                for (int k = 0; k < keys.size(); k++) {
                    OptionalDouble s = score(i, k);
                    scores.put(keys.get(k), s.isPresent() ? s.getAsDouble() : null);
                    int r = Objects.requireNonNull(ranks.get(keys.get(k)))[i];
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
            XhtmlPage page = XhtmlPage.titled("Comparison of " + processes.size() + " processes with " + framework.id()
                    + " " + framework.version());
            List<String> header = new ArrayList<>(List.of("Process"));
            framework.groups().forEach(g -> header.add(g.label()));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                List<String> row = new ArrayList<>(List.of(
                        processes.get(i).title() + " (" + processes.get(i).processId() + ")"));
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
                for (int i = 0; i < processes.size(); i++) {
                    OptionalDouble s = score(i, k);
                    values.add(new ChartValue(
                            processes.get(i).title(),
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
