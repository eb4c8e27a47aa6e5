package org.msptoolkit.cli.internal.report;

import java.util.List;
import java.util.Optional;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.io.governance.ComplianceWriter;
import org.msptoolkit.io.indicators.EvaluationWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluations as data for programs: the library's one evaluation document (JSON, format
 * {@value EvaluationWriter#FORMAT} version {@value EvaluationWriter#FORMAT_VERSION}) and its tidy CSV, exactly
 * as msp-io-indicators' {@link EvaluationWriter} writes them, so that {@code msp evaluate -o r.json} can be read
 * back with {@code EvaluationReader}.
 */
public final class EvaluationData {
    /** The CSV header of {@link #csv(EvaluationReport)}. */
    public static final List<String> CSV_HEADER = EvaluationWriter.INDICATOR_COLUMNS;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvaluationData() {}

    /**
     * An evaluation as the library's evaluation document, with charter compliance (as msp-io-governance's
     * {@link ComplianceWriter} writes it) in a {@code compliance} member when a charter was given.
     *
     * @param report the evaluation
     * @param compliance the compliance check, if a charter was given
     * @return pretty-printed JSON
     */
    public static String json(EvaluationReport report, Optional<ComplianceReport> compliance) {
        if (compliance.isEmpty()) {
            return EvaluationWriter.json(report);
        }
        ObjectNode tree = EvaluationWriter.tree(report);
        tree.set("compliance", JSON.readTree(ComplianceWriter.json(compliance.get())));
        return Json.write(tree);
    }

    /**
     * An evaluation as the library's tidy CSV, one row per indicator (see {@link #CSV_HEADER}).
     *
     * @param r the evaluation
     * @return the CSV text with a header line
     */
    public static String csv(EvaluationReport r) {
        return EvaluationWriter.csv(r);
    }
}
