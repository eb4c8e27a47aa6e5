package org.msptoolkit.cli.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;

/**
 * An evaluation written for people: a self-contained XHTML page with an inline SVG chart of the
 * group (principle or criterion) scores, or the same content in Markdown. Both show every group,
 * every indicator with its formula and evidence, what could not be measured and why, and charter
 * compliance when a charter was given. Every user-supplied string is escaped.
 */
public final class EvaluationDocument {
    private final EvaluationReport report;
    private final Function<String, Optional<String>> formulas;
    private final Optional<ComplianceSection> compliance;
    private final MspProcess process;

    private EvaluationDocument(
            MspProcess process,
            EvaluationReport report,
            Function<String, Optional<String>> formulas,
            Optional<ComplianceSection> compliance) {
        this.process = process;
        this.report = report;
        this.formulas = formulas;
        this.compliance = compliance;
    }

    /**
     * A document for one evaluation.
     *
     * @param process the process evaluated, for its stakeholders
     * @param report the evaluation
     * @param formulas the formula of an indicator id, when known
     * @param compliance the charter compliance, when a charter was given
     * @return the document
     */
    public static EvaluationDocument of(
            MspProcess process,
            EvaluationReport report,
            Function<String, Optional<String>> formulas,
            Optional<ComplianceSection> compliance) {
        return new EvaluationDocument(process, report, formulas, compliance);
    }

    private String title() {
        return "Evaluation of " + report.processTitle() + " (" + report.processId() + ")";
    }

    private String subtitle() {
        return "Framework " + report.frameworkId() + " " + report.frameworkVersion() + ", as of "
                + report.asOf().map(LocalDate::toString).orElse("(no assessment day recorded)") + ": "
                + report.measuredCount() + " of " + report.indicators().size() + " indicators measured.";
    }

    private List<ChartValue> chartValues() {
        return report.groups().stream()
                .map(g -> new ChartValue(g.label(), clamp(g.score())))
                .toList();
    }

    private static OptionalDouble clamp(OptionalDouble d) {
        return d.isPresent() ? OptionalDouble.of(Math.max(0, Math.min(1, d.getAsDouble()))) : d;
    }

    private List<String> groupHeaders() {
        return List.of("Group", "Score", "Scored", "Coverage", "Caveats");
    }

    private List<List<String>> groupRows() {
        List<List<String>> rows = new ArrayList<>();
        for (GroupResult g : report.groups()) {
            rows.add(List.of(
                    g.label(),
                    g.score().isPresent() ? SvgCharts.percent(g.score().getAsDouble()) : "not scored",
                    g.scored() + " of " + g.indicators().size(),
                    SvgCharts.percent(g.coverage()),
                    String.join("; ", g.caveats())));
        }
        return rows;
    }

    private List<String> indicatorHeaders() {
        return List.of(
                "Indicator",
                "Value",
                "Score",
                "Coverage",
                "Counts towards",
                "Formula",
                "Score rule",
                "Evidence",
                "Source");
    }

    private List<List<String>> indicatorRows() {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorResult r : report.indicators()) {
            String value = r.value().isPresent()
                    ? number(r.value().getAsDouble()) + (r.unit().isBlank() ? "" : " " + r.unit())
                    : "not measured";
            rows.add(List.of(
                    r.name() + " (" + r.id() + ")",
                    value,
                    r.score().isPresent() ? SvgCharts.percent(r.score().getAsDouble()) : "-",
                    SvgCharts.percent(r.coverage()),
                    String.join(", ", r.principles()),
                    formulas.apply(r.id()).orElse(""),
                    r.scoreRule().map(rule -> rule.describe()).orElse(""),
                    r.evidence().stream().map(EvaluationDocument::evidence).collect(Collectors.joining("; ")),
                    r.source()));
        }
        return rows;
    }

    private static final List<String> STAKEHOLDER_HEADERS = List.of("Stakeholder", "Group", "Participants");

    private List<List<String>> stakeholderRows() {
        List<List<String>> rows = new ArrayList<>();
        var perStakeholder = process.participants().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        p -> p.stakeholder(), java.util.stream.Collectors.counting()));
        for (Stakeholder s : process.stakeholders()) {
            long participants = perStakeholder.getOrDefault(s.id(), 0L);
            rows.add(List.of(s.name() + " (" + s.id() + ")", s.group().code(), Long.toString(participants)));
        }
        return rows;
    }

    private static String evidence(Evidence e) {
        return e.path() + ": " + e.count() + (e.note().isBlank() ? "" : " (" + e.note() + ")");
    }

    private List<String> unmeasured() {
        return report.indicators().stream()
                .filter(r -> !r.isMeasured())
                .map(r -> r.name() + " (" + r.id() + "): " + r.reason().orElse("no reason given")
                        + (r.id().equals(org.msptoolkit.indicators.BuiltinIndicators.CHARTER_COMPLIANCE)
                                        && compliance.isEmpty()
                                ? " (give one with --charter FILE)"
                                : ""))
                .toList();
    }

    /**
     * Returns the evaluation as one self-contained XHTML page with an inline SVG chart.
     *
     * @return the evaluation as one self-contained XHTML page with an inline SVG chart
     */
    public String html() {
        XhtmlPage page = XhtmlPage.titled(title()).p("muted", subtitle());
        List<ChartValue> values = chartValues();
        page.h2("Scores");
        if (values.size() >= 3) {
            page.svg(SvgCharts.bar("Scores by group, 0 to 100%", values), SvgCharts.radar("Scores by group", values));
        } else {
            page.svg(SvgCharts.bar("Scores by group, 0 to 100%", values));
        }
        page.table(groupHeaders(), groupRows());
        compliance.ifPresent(c -> {
            page.h2("Charter compliance: " + c.charterName());
            page.p(c.compliant() ? "ok" : "bad", c.summary());
            page.table(ComplianceSection.HEADERS, c.rows());
        });
        page.h2("Indicators");
        page.table(indicatorHeaders(), indicatorRows());
        page.h2("What could not be measured, and why");
        List<String> missing = unmeasured();
        if (missing.isEmpty()) {
            page.p("Every indicator was measured.");
        } else {
            page.ul(missing);
        }
        page.h2("Stakeholders");
        page.table(STAKEHOLDER_HEADERS, stakeholderRows());
        return page.render();
    }

    /**
     * Returns the evaluation as GitHub-flavoured Markdown.
     *
     * @return the evaluation as GitHub-flavoured Markdown
     */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# ")
                .append(Markdown.escape(title()))
                .append("\n\n")
                .append(Markdown.escape(subtitle()))
                .append("\n\n");
        b.append("## Scores\n\n")
                .append(Markdown.table(groupHeaders(), groupRows()))
                .append('\n');
        compliance.ifPresent(c -> b.append("## Charter compliance: ")
                .append(Markdown.escape(c.charterName()))
                .append("\n\n")
                .append(Markdown.escape(c.summary()))
                .append("\n\n")
                .append(Markdown.table(ComplianceSection.HEADERS, c.rows()))
                .append('\n'));
        b.append("## Indicators\n\n")
                .append(Markdown.table(indicatorHeaders(), indicatorRows()))
                .append('\n');
        b.append("## What could not be measured, and why\n\n");
        List<String> missing = unmeasured();
        if (missing.isEmpty()) {
            b.append("Every indicator was measured.\n");
        }
        for (String m : missing) {
            b.append("- ").append(Markdown.escape(m)).append('\n');
        }
        b.append("\n## Stakeholders\n\n").append(Markdown.table(STAKEHOLDER_HEADERS, stakeholderRows()));
        return b.toString();
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e12) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
    }

    @Override
    public String toString() {
        return "EvaluationDocument[" + report.processId() + ", " + report.frameworkId() + "]";
    }
}
