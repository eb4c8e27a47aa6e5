package org.msptoolkit.io.governance;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.RuleResult;
import org.msptoolkit.governance.RuleStatus;
import org.msptoolkit.io.internal.ModelPaths;
import org.msptoolkit.io.internal.Tables;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes compliance reports (how a process stands against every rule of a charter or policy) as JSON
 * and as tidy CSV, one row per rule. Evidence keeps the model path (e.g. {@code meetings[2].noticeGiven})
 * and adds the JSON pointer into the MSP document ({@code /meetings/2/noticeGiven}). CSV text cells that
 * a spreadsheet would run as a formula are neutralised as in {@link org.msptoolkit.io.csv.CsvExport}.
 *
 * <pre>{@code
 * ComplianceReport r = Compliance.check(process, CharterFiles.read(Path.of("hub.yaml")).orElseThrow());
 * String csv = ComplianceWriter.csv(r);
 * }</pre>
 */
public final class ComplianceWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * Columns of the CSV: the process, the charter's name and version, the rule's position, its label,
     * kind and name, the outcome ({@code satisfied}, {@code violated}, {@code not-applicable}), the reason,
     * and the evidence (each {@code path: message}, separated by {@code " | "}).
     */
    public static final List<String> COLUMNS = List.of(
            "processId",
            "charter",
            "charterVersion",
            "ruleIndex",
            "rule",
            "kind",
            "name",
            "outcome",
            "reason",
            "evidence");

    private ComplianceWriter() {}

    /**
     * The code of an outcome.
     *
     * @param status the outcome
     * @return {@code satisfied}, {@code violated} or {@code not-applicable}
     */
    public static String outcome(RuleStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A compliance report as indented JSON.
     *
     * @param report the report
     * @return JSON text
     */
    public static String json(ComplianceReport report) {
        return Tables.json(tree(Objects.requireNonNull(report, "report")));
    }

    /**
     * Writes a compliance report as JSON (the writer is not closed).
     *
     * @param report the report
     * @param out where to
     */
    public static void writeJson(ComplianceReport report, Writer out) {
        Tables.json(tree(Objects.requireNonNull(report, "report")), Objects.requireNonNull(out, "out"));
    }

    /**
     * Compliance reports as CSV, one row per rule of each.
     *
     * @param reports the reports, e.g. one process against several charters
     * @return CSV text, header first
     */
    public static String csv(ComplianceReport... reports) {
        return Tables.csv(COLUMNS, rows(List.of(reports)));
    }

    /**
     * Writes compliance reports as CSV (the writer is not closed).
     *
     * @param reports the reports
     * @param out where to
     */
    public static void writeCsv(List<ComplianceReport> reports, Writer out) {
        Tables.csv(COLUMNS, rows(reports), Objects.requireNonNull(out, "out"));
    }

    private static List<List<Object>> rows(List<ComplianceReport> reports) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceReport r : reports) {
            for (RuleResult x : r.results()) {
                List<Object> row = new ArrayList<>();
                row.add(r.process().value());
                row.add(r.charter().name());
                row.add(r.charter().version());
                row.add((long) x.index());
                row.add(x.rule().label());
                row.add(x.rule().kind());
                row.add(x.rule().name().orElse(null));
                row.add(outcome(x.status()));
                row.add(x.reason());
                row.add(
                        x.findings().isEmpty()
                                ? null
                                : x.findings().stream().map(Finding::toString).collect(Collectors.joining(" | ")));
                rows.add(row);
            }
        }
        return rows;
    }

    private static ObjectNode tree(ComplianceReport r) {
        ObjectNode o = F.objectNode();
        o.put("processId", r.process().value());
        ObjectNode c = o.putObject("charter");
        c.put("name", r.charter().name());
        c.put("version", r.charter().version());
        c.put("kind", r.charter().kind().code());
        if (r.asOf().isPresent()) {
            o.put("asOf", r.asOf().get().toString());
        } else {
            o.putNull("asOf");
        }
        o.put("compliant", r.isCompliant());
        ObjectNode counts = o.putObject("counts");
        for (RuleStatus s : RuleStatus.values()) {
            counts.put(outcome(s), r.withStatus(s).size());
        }
        ArrayNode results = o.putArray("results");
        for (RuleResult x : r.results()) {
            ObjectNode n = results.addObject();
            n.put("index", x.index());
            n.put("rule", x.rule().label());
            n.put("kind", x.rule().kind());
            if (x.rule().name().isPresent()) {
                n.put("name", x.rule().name().get());
            } else {
                n.putNull("name");
            }
            n.put("outcome", outcome(x.status()));
            n.put("reason", x.reason());
            ArrayNode ev = n.putArray("evidence");
            for (Finding e : x.findings()) {
                ObjectNode en = ev.addObject();
                en.put("path", e.path());
                en.put("pointer", ModelPaths.toPointer(e.path()));
                en.put("message", e.message());
            }
        }
        return o;
    }
}
