package org.msptoolkit.cli.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.governance.RuleResult;
import org.msptoolkit.governance.RuleStatus;

/**
 * Charter compliance as shown in a report: the charter's name, a one-line summary and one row per
 * rule (rule, status, reason).
 *
 * @param charterName the charter's name
 * @param compliant whether no rule was violated
 * @param summary e.g. "2 of 9 rules violated"
 * @param rows one row per rule, as long as {@link #HEADERS}
 */
public record ComplianceSection(String charterName, boolean compliant, String summary, List<List<String>> rows) {
    /** The column headers of {@link #rows()}. */
    public static final List<String> HEADERS = List.of("#", "Rule", "Status", "Reason");

    /** Copies the rows. */
    public ComplianceSection {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The section for a compliance check.
     *
     * @param report the result of {@code Compliance.check}
     * @return the section
     */
    public static ComplianceSection of(ComplianceReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (RuleResult r : report.results()) {
            String reason = r.reason()
                    + r.findings().stream()
                            .map(e -> " " + e.path() + ": " + e.message())
                            .collect(Collectors.joining(";", r.findings().isEmpty() ? "" : " Evidence:", ""));
            rows.add(List.of(Integer.toString(r.index() + 1), r.rule().label(), status(r.status()), reason));
        }
        long violated = report.violations().size();
        long na = report.withStatus(RuleStatus.NOT_APPLICABLE).size();
        String summary = (violated == 0 ? "Compliant: none" : "Not compliant: " + violated) + " of "
                + report.results().size() + " rules violated" + (na > 0 ? ", " + na + " could not be judged" : "")
                + ".";
        return new ComplianceSection(
                report.charter().name() + " " + report.charter().version(), report.isCompliant(), summary, rows);
    }

    /**
     * Returns how a report shows it.
     *
     * @param status a rule status
     * @return how a report shows it
     */
    public static String status(RuleStatus status) {
        return switch (status) {
            case SATISFIED -> "satisfied";
            case VIOLATED -> "VIOLATED";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    /**
     * A compliance check as a plain tree.
     *
     * @param c the check
     * @return maps, lists and text
     */
    public static Map<String, Object> tree(ComplianceReport c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("process", c.process().toString());
        m.put("charter", c.charter().name());
        m.put("charterVersion", c.charter().version());
        m.put("asOf", c.asOf().map(Object::toString).orElse(null));
        m.put("compliant", c.isCompliant());
        m.put("violations", c.violations().size());
        List<Object> rules = new ArrayList<>();
        for (RuleResult r : c.results()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("rule", r.index() + 1);
            rm.put("kind", r.rule().kind());
            rm.put("name", r.rule().name().orElse(null));
            rm.put(
                    "status",
                    r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            rm.put("reason", r.reason());
            rm.put(
                    "evidence",
                    r.findings().stream()
                            .map(e -> Map.of("path", e.path(), "message", e.message()))
                            .toList());
            rules.add(rm);
        }
        m.put("rules", rules);
        return m;
    }
}
