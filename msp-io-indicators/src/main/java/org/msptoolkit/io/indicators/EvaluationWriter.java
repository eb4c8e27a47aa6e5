package org.msptoolkit.io.indicators;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.ScoreRule;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.EvaluationTable;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.io.internal.Tables;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes evaluations (msp-indicators {@link EvaluationReport}s and {@link EvaluationTable}s) as JSON
 * for portals and as tidy CSV for researchers. Nothing measured is lost and nothing missing is
 * invented: a value that could not be measured is {@code null} in JSON and an empty cell in CSV, with
 * status {@code not-measurable} and the reason beside it. CSV text cells that a spreadsheet would run
 * as a formula are neutralised as in {@link org.msptoolkit.io.csv.CsvExport}.
 *
 * <pre>{@code
 * EvaluationReport r = Evaluation.of(process, Frameworks.hemmati2002());
 * String json = EvaluationWriter.json(r);
 * String csv = EvaluationWriter.csv(Evaluation.table(processes, Frameworks.oecd2021()));
 * }</pre>
 *
 * <p>The JSON of one evaluation is an evaluation document, format {@value #FORMAT} version
 * {@value #FORMAT_VERSION}, described by the JSON Schema {@link #SCHEMA_RESOURCE} and read back by
 * {@link EvaluationReader}: each indicator with its value, score, status, reason, coverage, evidence, score rule
 * (direction, bounds, target band; a bound that is infinite is {@code null}) and source; each group with its
 * caveats. The command line writes the same document ({@code msp evaluate -o r.json}).
 *
 * <p>The tidy CSV has one row per process × indicator, columns {@link #INDICATOR_COLUMNS}; the group
 * CSV one row per process × group (principle or dimension), columns {@link #GROUP_COLUMNS}.
 */
public final class EvaluationWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The value of the {@code format} field of an evaluation document, {@value}. */
    public static final String FORMAT = "msp-evaluation";
    /**
     * The version of the evaluation document format, {@value}; the JSON Schema {@link #SCHEMA_RESOURCE} describes
     * it and {@link EvaluationReader} reads it.
     */
    public static final int FORMAT_VERSION = 1;
    /** The class-path resource of the JSON Schema of one evaluation document, {@value}. */
    public static final String SCHEMA_RESOURCE = "/org/msptoolkit/io/indicators/msp-evaluation-v1.schema.json";

    /** Status of an indicator whose value was measured. */
    public static final String MEASURED = "measured";
    /** Status of an indicator that could not be measured (the reason says why). */
    public static final String NOT_MEASURABLE = "not-measurable";

    /**
     * Columns of the tidy indicator CSV: the process, the indicator, the framework groups it counts towards
     * ({@code ;}-separated, twice: as groups and as principles, the name of earlier versions), its unit, raw
     * value, score in [0, 1], status, the reason it is missing, data coverage in [0, 1]; then the assessment day,
     * the framework, and how the value became the score (direction, bounds, target band, the rule in words; an
     * infinite bound is empty) and its source.
     */
    public static final List<String> INDICATOR_COLUMNS = List.of(
            "processId",
            "indicatorId",
            "groups",
            "principles",
            "unit",
            "value",
            "score",
            "status",
            "reason",
            "coverage",
            "asOf",
            "frameworkId",
            "direction",
            "lower",
            "upper",
            "targetLower",
            "targetUpper",
            "scoreRule",
            "source");
    /** Columns of the group CSV: process, group key and label, score, indicators scored, indicators, coverage. */
    public static final List<String> GROUP_COLUMNS =
            List.of("processId", "group", "label", "score", "scored", "indicators", "coverage");

    private EvaluationWriter() {}

    /**
     * One evaluation as indented JSON.
     *
     * @param report the evaluation
     * @return JSON text
     */
    public static String json(EvaluationReport report) {
        return Tables.json(tree(Objects.requireNonNull(report, "report")));
    }

    /**
     * Many evaluations as indented JSON: the framework, its columns, then one report object per process.
     *
     * @param table the evaluations
     * @return JSON text
     */
    public static String json(EvaluationTable table) {
        return Tables.json(tree(Objects.requireNonNull(table, "table")));
    }

    /**
     * Writes one evaluation as JSON (the writer is not closed).
     *
     * @param report the evaluation
     * @param out where to
     */
    public static void writeJson(EvaluationReport report, Writer out) {
        Tables.json(tree(Objects.requireNonNull(report, "report")), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes many evaluations as JSON (the writer is not closed).
     *
     * @param table the evaluations
     * @param out where to
     */
    public static void writeJson(EvaluationTable table, Writer out) {
        Tables.json(tree(Objects.requireNonNull(table, "table")), Objects.requireNonNull(out, "out"));
    }

    /**
     * One evaluation as tidy CSV, one row per indicator.
     *
     * @param report the evaluation
     * @return CSV text, header first
     */
    public static String csv(EvaluationReport report) {
        return Tables.csv(INDICATOR_COLUMNS, rows(Objects.requireNonNull(report, "report")));
    }

    /**
     * Many evaluations as tidy CSV, one row per process × indicator.
     *
     * @param table the evaluations
     * @return CSV text, header first
     */
    public static String csv(EvaluationTable table) {
        return Tables.csv(INDICATOR_COLUMNS, rows(Objects.requireNonNull(table, "table")));
    }

    /**
     * Writes many evaluations as tidy CSV (the writer is not closed).
     *
     * @param table the evaluations
     * @param out where to
     */
    public static void writeCsv(EvaluationTable table, Writer out) {
        Tables.csv(INDICATOR_COLUMNS, rows(Objects.requireNonNull(table, "table")), Objects.requireNonNull(out, "out"));
    }

    /**
     * The group (principle or dimension) results of many evaluations as CSV, one row per process × group.
     *
     * @param table the evaluations
     * @return CSV text, header first
     */
    public static String groupCsv(EvaluationTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationReport r : Objects.requireNonNull(table, "table").reports()) {
            for (GroupResult g : r.groups()) {
                rows.add(new ArrayList<>(java.util.Arrays.asList(
                        r.processId(),
                        g.key(),
                        g.label(),
                        number(g.score()),
                        (long) g.scored(),
                        String.join(";", g.indicators()),
                        finite(g.coverage()))));
            }
        }
        return Tables.csv(GROUP_COLUMNS, rows);
    }

    private static List<List<Object>> rows(EvaluationTable table) {
        List<List<Object>> rows = new ArrayList<>();
        table.reports().forEach(r -> rows.addAll(rows(r)));
        return rows;
    }

    private static List<List<Object>> rows(EvaluationReport report) {
        Map<String, List<String>> groups = groupsByIndicator(report);
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorResult x : report.indicators()) {
            List<Object> row = new ArrayList<>();
            row.add(report.processId());
            row.add(x.id());
            row.add(String.join(";", groups.getOrDefault(x.id(), List.of())));
            row.add(String.join(";", x.principles()));
            row.add(x.unit());
            row.add(number(x.value()));
            row.add(number(x.score()));
            row.add(status(x));
            row.add(reason(x).orElse(null));
            row.add(finite(x.coverage()));
            row.add(report.asOf().map(Object::toString).orElse(null));
            row.add(report.frameworkId());
            row.add(x.direction().isEmpty() ? null : x.direction());
            Optional<ScoreRule> rule = x.scoreRule();
            row.add(rule.map(r -> finite(r.scale().lower())).orElse(null));
            row.add(rule.map(r -> finite(r.scale().upper())).orElse(null));
            row.add(rule.flatMap(ScoreRule::target).map(t -> finite(t.lower())).orElse(null));
            row.add(rule.flatMap(ScoreRule::target).map(t -> finite(t.upper())).orElse(null));
            row.add(rule.map(ScoreRule::describe).orElse(null));
            row.add(x.source().isEmpty() ? null : x.source());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, List<String>> groupsByIndicator(EvaluationReport report) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (GroupResult g : report.groups()) {
            g.indicators()
                    .forEach(id ->
                            out.computeIfAbsent(id, k -> new ArrayList<>()).add(g.key()));
        }
        return out;
    }

    private static String status(IndicatorResult x) {
        return number(x.value()) == null ? NOT_MEASURABLE : MEASURED;
    }

    /** The reason a value is missing; for a non-finite value the reason says so. */
    private static Optional<String> reason(IndicatorResult x) {
        if (x.reason().isPresent()) {
            return x.reason();
        }
        if (x.value().isPresent() && !Double.isFinite(x.value().getAsDouble())) {
            return Optional.of("the indicator gave " + x.value().getAsDouble() + ", not a finite number");
        }
        return Optional.empty();
    }

    private static @Nullable Double number(OptionalDouble v) {
        return v.isPresent() ? finite(v.getAsDouble()) : null;
    }

    private static @Nullable Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static ObjectNode tree(EvaluationTable table) {
        ObjectNode o = F.objectNode();
        o.put("frameworkId", table.frameworkId());
        ArrayNode ids = o.putArray("indicators");
        table.indicators().forEach(ids::add);
        ArrayNode groups = o.putArray("groups");
        table.groups().forEach(groups::add);
        ArrayNode reports = o.putArray("reports");
        table.reports().forEach(r -> reports.add(tree(r)));
        return o;
    }

    /**
     * One evaluation as a JSON tree, e.g. to add a {@code compliance} member before writing it.
     *
     * @param r the evaluation
     * @return the tree of an evaluation document
     * @since 0.2.0
     */
    public static ObjectNode tree(EvaluationReport r) {
        Objects.requireNonNull(r, "report");
        ObjectNode o = F.objectNode();
        o.put("format", FORMAT);
        o.put("formatVersion", FORMAT_VERSION);
        o.put("processId", r.processId());
        o.put("processTitle", r.processTitle());
        o.put("frameworkId", r.frameworkId());
        o.put("frameworkVersion", r.frameworkVersion());
        if (r.asOf().isPresent()) {
            o.put("asOf", r.asOf().get().toString());
        } else {
            o.putNull("asOf");
        }
        o.put("measured", r.measuredCount());
        o.put("indicatorCount", r.indicators().size());
        ArrayNode groups = o.putArray("groups");
        for (GroupResult g : r.groups()) {
            ObjectNode n = groups.addObject();
            n.put("key", g.key());
            n.put("label", g.label());
            put(n, "score", number(g.score()));
            n.put("scored", g.scored());
            ArrayNode ids = n.putArray("indicators");
            g.indicators().forEach(ids::add);
            put(n, "coverage", finite(g.coverage()));
            ArrayNode cs = n.putArray("caveats");
            g.caveats().forEach(cs::add);
        }
        Map<String, List<String>> byIndicator = groupsByIndicator(r);
        ArrayNode indicators = o.putArray("indicators");
        for (IndicatorResult x : r.indicators()) {
            ObjectNode n = indicators.addObject();
            n.put("id", x.id());
            n.put("name", x.name());
            n.put("unit", x.unit());
            n.put("direction", x.direction());
            ArrayNode ps = n.putArray("principles");
            x.principles().forEach(ps::add);
            ArrayNode gs = n.putArray("groups");
            byIndicator.getOrDefault(x.id(), List.of()).forEach(gs::add);
            n.put("status", status(x));
            put(n, "value", number(x.value()));
            put(n, "score", number(x.score()));
            Optional<String> reason = reason(x);
            if (reason.isPresent()) {
                n.put("reason", reason.get());
            } else {
                n.putNull("reason");
            }
            put(n, "coverage", finite(x.coverage()));
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : x.evidence()) {
                ObjectNode en = ev.addObject();
                en.put("path", e.path());
                en.put("count", e.count());
                en.put("note", e.note());
            }
            if (x.scoreRule().isPresent()) {
                ScoreRule rule = x.scoreRule().get();
                ObjectNode sr = n.putObject("scoreRule");
                sr.put("direction", rule.direction().code());
                put(sr, "lower", finite(rule.scale().lower()));
                put(sr, "upper", finite(rule.scale().upper()));
                if (rule.target().isPresent()) {
                    put(sr, "targetLower", finite(rule.target().get().lower()));
                    put(sr, "targetUpper", finite(rule.target().get().upper()));
                } else {
                    sr.putNull("targetLower");
                    sr.putNull("targetUpper");
                }
                sr.put("text", rule.describe());
            } else {
                n.putNull("scoreRule");
            }
            n.put("source", x.source());
        }
        return o;
    }

    private static void put(ObjectNode n, String field, @Nullable Double value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value.doubleValue());
        }
    }
}
