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
 * <p>The tidy CSV has one row per process × indicator, columns {@link #INDICATOR_COLUMNS}; the group
 * CSV one row per process × group (principle or dimension), columns {@link #GROUP_COLUMNS}.
 */
public final class EvaluationWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Status of an indicator whose value was measured. */
    public static final String MEASURED = "measured";
    /** Status of an indicator that could not be measured (the reason says why). */
    public static final String NOT_MEASURABLE = "not-measurable";

    /**
     * Columns of the tidy indicator CSV: the process, the indicator, the framework groups it is in
     * ({@code ;}-separated), the Hemmati principles it informs, its unit, raw value, score in [0, 1],
     * status, the reason it is missing, and data coverage in [0, 1].
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
            "coverage");
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

    private static ObjectNode tree(EvaluationReport r) {
        ObjectNode o = F.objectNode();
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
