package org.msptoolkit.indicators.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.core.internal.Checks;

/**
 * The evaluations of many processes with one framework: one row per process, one column per indicator (and
 * per group), for composite scoring and case comparison (msp-analysis' {@code EvaluationTables}) and for
 * researchers. Missing values stay missing: {@link #values()} uses {@code NaN} for them, {@link #tidy()}
 * keeps the reason.
 *
 * @param frameworkId the framework id
 * @param indicators the indicator ids (columns), in framework order
 * @param groups the group keys, in framework order
 * @param reports one report per process (rows), in the order given
 */
public record EvaluationTable(
        String frameworkId, List<String> indicators, List<String> groups, List<EvaluationReport> reports) {

    /** Checks that every report uses the same framework and columns. */
    public EvaluationTable {
        Checks.notNull(frameworkId, "frameworkId");
        indicators = Checks.list(indicators, "indicators");
        groups = Checks.list(groups, "groups");
        reports = Checks.list(reports, "reports");
        for (EvaluationReport r : reports) {
            Checks.argument(
                    r.frameworkId().equals(frameworkId), "report framework", "be " + frameworkId, r.frameworkId());
            Checks.argument(
                    r.indicators().stream().map(IndicatorResult::id).toList().equals(indicators),
                    "report " + r.processId() + " indicators",
                    "match the table columns",
                    r.indicators().size());
        }
    }

    /**
     * Returns the process ids (row names), in order.
     *
     * @return the process ids (row names), in order
     */
    public List<String> processIds() {
        return reports.stream().map(EvaluationReport::processId).toList();
    }

    /**
     * Returns the raw values, rows = processes, columns = {@link #indicators()}; {@code NaN} when missing.
     *
     * @return the raw values, rows = processes, columns = {@link #indicators()}; {@code NaN} when missing
     */
    public double[][] values() {
        return matrix(false);
    }

    /**
     * Returns the normalised scores in [0, 1], same layout as {@link #values()}; {@code NaN} when missing.
     *
     * @return the normalised scores in [0, 1], same layout as {@link #values()}; {@code NaN} when missing
     */
    public double[][] scores() {
        return matrix(true);
    }

    /**
     * Returns the group scores, rows = processes, columns = {@link #groups()}; {@code NaN} when missing.
     *
     * @return the group scores, rows = processes, columns = {@link #groups()}; {@code NaN} when missing
     */
    public double[][] groupScores() {
        double[][] m = new double[reports.size()][groups.size()];
        for (int i = 0; i < reports.size(); i++) {
            List<GroupResult> g = reports.get(i).groups();
            for (int j = 0; j < groups.size(); j++) {
                m[i][j] = g.get(j).score().orElse(Double.NaN);
            }
        }
        return m;
    }

    private double[][] matrix(boolean score) {
        double[][] m = new double[reports.size()][indicators.size()];
        for (int i = 0; i < reports.size(); i++) {
            List<IndicatorResult> r = reports.get(i).indicators();
            for (int j = 0; j < indicators.size(); j++) {
                m[i][j] = (score ? r.get(j).score() : r.get(j).value()).orElse(Double.NaN);
            }
        }
        return m;
    }

    /**
     * Returns the raw value, empty when not measurable or when the row or column does not exist.
     *
     * @param processId a row
     * @param indicatorId a column
     * @return the raw value, empty when not measurable or when the row or column does not exist
     */
    public OptionalDouble value(String processId, String indicatorId) {
        return report(processId)
                .flatMap(r -> r.indicator(indicatorId))
                .map(IndicatorResult::value)
                .orElse(OptionalDouble.empty());
    }

    /**
     * Returns its report, or empty.
     *
     * @param processId a process id
     * @return its report, or empty
     */
    public Optional<EvaluationReport> report(String processId) {
        return reports.stream().filter(r -> r.processId().equals(processId)).findFirst();
    }

    /**
     * Returns one row per process and indicator, in row then column order.
     *
     * @return one row per process and indicator, in row then column order
     */
    public List<TidyRow> tidy() {
        List<TidyRow> rows = new ArrayList<>();
        for (EvaluationReport r : reports) {
            for (IndicatorResult x : r.indicators()) {
                rows.add(new TidyRow(r.processId(), x.id(), x.value(), x.score(), x.coverage(), x.reason()));
            }
        }
        return rows;
    }

    /**
     * Returns a compact text table of group scores per process, one column per group (keys cut to 12 characters).
     *
     * @return a compact text table of group scores per process, one column per group (keys cut to 12 characters)
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("EvaluationTable " + frameworkId + ": " + reports.size() + " processes x "
                + indicators.size() + " indicators, group scores:\n");
        int w = Math.max(
                        7,
                        reports.stream()
                                .mapToInt(r -> r.processId().length())
                                .max()
                                .orElse(7))
                + 2;
        List<String> heads = groups.stream()
                .map(g -> g.length() > 12 ? g.substring(0, 12) : g)
                .toList();
        sb.append(Format.pad("process", w));
        heads.forEach(h -> sb.append(Format.pad(h, Math.max(h.length(), 4) + 1)));
        double[][] g = groupScores();
        for (int i = 0; i < reports.size(); i++) {
            sb.append('\n').append(Format.pad(reports.get(i).processId(), w));
            for (int j = 0; j < groups.size(); j++) {
                String cell = Double.isNaN(g[i][j]) ? "-" : Format.fixed(g[i][j]);
                sb.append(Format.pad(cell, Math.max(heads.get(j).length(), 4) + 1));
            }
        }
        return sb.toString().stripTrailing();
    }
}
