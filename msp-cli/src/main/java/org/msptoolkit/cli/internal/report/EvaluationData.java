package org.msptoolkit.cli.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;

/** Evaluations as data for programs: JSON documents and tidy CSV tables. */
public final class EvaluationData {
    /** The CSV header of {@link #csv(EvaluationReport)}. */
    public static final List<String> CSV_HEADER = List.of(
            "process", "framework", "indicator", "name", "principles", "value", "unit", "score", "coverage", "reason");

    private EvaluationData() {}

    /**
     * An evaluation (and charter compliance, if checked) as a JSON document.
     *
     * @param report the evaluation
     * @param compliance the compliance check, if a charter was given
     * @return pretty-printed JSON
     */
    public static String json(EvaluationReport report, Optional<ComplianceReport> compliance) {
        Map<String, Object> tree = tree(report);
        compliance.ifPresent(c -> tree.put("compliance", ComplianceSection.tree(c)));
        return Json.write(tree);
    }

    static Map<String, Object> tree(EvaluationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("process", r.processId());
        m.put("title", r.processTitle());
        m.put("framework", r.frameworkId());
        m.put("frameworkVersion", r.frameworkVersion());
        m.put("asOf", r.asOf().map(Object::toString).orElse(null));
        m.put("measured", r.measuredCount());
        List<Object> groups = new ArrayList<>();
        for (GroupResult g : r.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("key", g.key());
            gm.put("label", g.label());
            gm.put("score", boxed(g.score()));
            gm.put("scored", g.scored());
            gm.put("indicators", g.indicators());
            gm.put("coverage", g.coverage());
            groups.add(gm);
        }
        m.put("groups", groups);
        List<Object> indicators = new ArrayList<>();
        for (IndicatorResult i : r.indicators()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("id", i.id());
            im.put("name", i.name());
            im.put("unit", i.unit());
            im.put("direction", i.direction());
            im.put("principles", i.principles());
            im.put("value", boxed(i.value()));
            im.put("score", boxed(i.score()));
            im.put("coverage", i.coverage());
            im.put("reason", i.reason().orElse(null));
            im.put(
                    "evidence",
                    i.evidence().stream()
                            .map(e -> {
                                Map<String, Object> em = new LinkedHashMap<>();
                                em.put("path", e.path());
                                em.put("count", e.count());
                                em.put("note", e.note());
                                return em;
                            })
                            .toList());
            indicators.add(im);
        }
        m.put("indicators", indicators);
        return m;
    }

    private static @Nullable Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    /**
     * An evaluation as a tidy CSV table, one row per indicator (see {@link #CSV_HEADER}).
     *
     * @param r the evaluation
     * @return the CSV text with a header line
     */
    public static String csv(EvaluationReport r) {
        StringBuilder b = new StringBuilder(Csv.row(CSV_HEADER));
        for (IndicatorResult i : r.indicators()) {
            b.append(Csv.row(List.of(
                    r.processId(),
                    r.frameworkId(),
                    i.id(),
                    i.name(),
                    String.join(" ", i.principles()),
                    Csv.number(i.value()),
                    i.unit(),
                    Csv.number(i.score()),
                    Csv.number(i.coverage()),
                    i.reason().orElse(""))));
        }
        return b.toString();
    }
}
