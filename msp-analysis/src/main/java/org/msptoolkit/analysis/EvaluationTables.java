package org.msptoolkit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.msptoolkit.composite.CompositeIndex;
import org.msptoolkit.composite.IndexStructure;
import org.msptoolkit.composite.UnitTable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.evaluation.EvaluationTable;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.QcaException;

/**
 * Turns an {@link EvaluationTable} (one row per process, one column per indicator and per group) into
 * the input of an analysis engine: a composite-indicator {@link UnitTable} or a QCA {@link CaseTable}.
 * In both, each process is one unit or case, named by its process id, in table order.
 *
 * <pre>{@code
 * EvaluationTable t = evaluator.evaluateAll(processes, framework);
 * UnitTable units = EvaluationTables.toUnitTable(t, EvaluationTables.Columns.VALUES);
 * CaseTable cases = EvaluationTables.toCaseTable(t, EvaluationTables.Columns.GROUP_SCORES)
 *         .withColumn("DELIVERED", outcome);   // the outcome comes from elsewhere
 * }</pre>
 *
 * @since 0.2.0
 */
public final class EvaluationTables {
    private EvaluationTables() {}

    /**
     * Which numbers of an evaluation table become columns.
     *
     * @since 0.2.0
     */
    public enum Columns {
        /** The raw indicator values ({@link EvaluationTable#values()}), one column per indicator id. */
        VALUES,
        /** The indicator scores in [0, 1] ({@link EvaluationTable#scores()}), one column per indicator id. */
        SCORES,
        /** The group (principle or dimension) scores in [0, 1], one column per group key. */
        GROUP_SCORES
    }

    /**
     * The table as composite-indicator input: one unit per process (its id as unit code), one numeric
     * column per indicator id (or group key), {@code NaN} where not measurable. Pair it with an
     * {@link IndexStructure} whose indicator codes are those column names to build a {@link CompositeIndex}.
     *
     * @param table the evaluation table
     * @param columns which numbers become columns
     * @return the unit table
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when two rows have the same process id
     */
    public static UnitTable toUnitTable(EvaluationTable table, Columns columns) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(columns, "columns");
        UnitTable.Builder b = UnitTable.builder(table.processIds());
        double[][] m = matrix(table, columns);
        List<String> names = names(table, columns);
        for (int j = 0; j < names.size(); j++) {
            b.column(names.get(j), column(m, j));
        }
        return b.build();
    }

    /**
     * The table as QCA cases with every indicator (or group) as a condition: one case per process (its id
     * as case id), one column per indicator id (or group key). Add the outcome with
     * {@link CaseTable#withColumn(String, double[])}; calibrate raw values before a crisp or fuzzy-set
     * analysis (scores and group scores are already in [0, 1]).
     *
     * @param table the evaluation table
     * @param columns which numbers become conditions
     * @return the case table
     * @throws NullPointerException when an argument is null
     * @throws QcaException listing every missing value (QCA needs complete cases: choose the columns with
     *         {@link #toCaseTable(EvaluationTable, Columns, List)}) and every duplicate process id
     */
    public static CaseTable toCaseTable(EvaluationTable table, Columns columns) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(columns, "columns");
        return toCaseTable(table, columns, names(table, columns));
    }

    /**
     * The table as QCA cases with chosen conditions, in the order given.
     *
     * @param table the evaluation table
     * @param columns which numbers the conditions are taken from
     * @param conditions the indicator ids (or group keys, for {@link Columns#GROUP_SCORES}) to keep
     * @return the case table
     * @throws NullPointerException when an argument is null
     * @throws QcaException listing every condition that is not a column of the table ({@code
     *         qca-unknown-name}); otherwise every missing value of the chosen conditions and every duplicate
     *         process id or condition
     */
    public static CaseTable toCaseTable(EvaluationTable table, Columns columns, List<String> conditions) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(conditions, "conditions");
        List<String> names = names(table, columns);
        List<Problem> unknown = new ArrayList<>();
        for (int j = 0; j < conditions.size(); j++) {
            String c = Objects.requireNonNull(conditions.get(j), "conditions");
            if (!names.contains(c)) {
                unknown.add(Problem.of(
                        "conditions[" + j + "]",
                        QcaException.UNKNOWN_NAME,
                        "'" + c + "' is not "
                                + (columns == Columns.GROUP_SCORES ? "a group" : "an indicator") + " of framework "
                                + table.frameworkId()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new QcaException("Case table rejected", unknown);
        }
        double[][] m = matrix(table, columns);
        double[][] values = new double[m.length][conditions.size()];
        for (int j = 0; j < conditions.size(); j++) {
            int from = names.indexOf(conditions.get(j));
            for (int i = 0; i < m.length; i++) {
                values[i][j] = m[i][from];
            }
        }
        return CaseTable.of(table.processIds(), new ArrayList<>(conditions), values);
    }

    private static List<String> names(EvaluationTable table, Columns columns) {
        return columns == Columns.GROUP_SCORES ? table.groups() : table.indicators();
    }

    private static double[][] matrix(EvaluationTable table, Columns columns) {
        return switch (columns) {
            case VALUES -> table.values();
            case SCORES -> table.scores();
            case GROUP_SCORES -> table.groupScores();
        };
    }

    private static double[] column(double[][] m, int j) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][j];
        }
        return c;
    }
}
