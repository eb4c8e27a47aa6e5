package org.msptoolkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.msptoolkit.analysis.EvaluationTables.Columns;
import org.msptoolkit.composite.Aggregation;
import org.msptoolkit.composite.CompositeIndex;
import org.msptoolkit.composite.IndexStructure;
import org.msptoolkit.composite.MetaRow;
import org.msptoolkit.composite.Results;
import org.msptoolkit.composite.UnitTable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.EvaluationTable;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.QcaException;

/**
 * The bridges on a table written out by hand: two processes, two indicators, two groups, one process
 * with a missing value. Every expected number is the one put into the table.
 */
class EvaluationTablesTest {
    private static final OptionalDouble NONE = OptionalDouble.empty();

    private static IndicatorResult indicator(String id, OptionalDouble value, OptionalDouble score) {
        return new IndicatorResult(
                id,
                id,
                "share",
                "higher-is-better",
                List.of("P1"),
                value,
                score,
                value.isPresent() ? Optional.empty() : Optional.of("no data"),
                value.isPresent() ? 1 : 0,
                List.of());
    }

    private static GroupResult group(String key, OptionalDouble score) {
        return new GroupResult(key, key, score, score.isPresent() ? 1 : 0, List.of("a", "b"), 1);
    }

    private static EvaluationReport report(
            String id, IndicatorResult a, IndicatorResult b, GroupResult g1, GroupResult g2) {
        return new EvaluationReport(id, id, "f", "1", Optional.empty(), List.of(a, b), List.of(g1, g2));
    }

    /** p1: a = 2 (score 0.5), b = 10 (1.0), g1 0.5, g2 0.75; p2: a missing, b = 4 (0.25), g1 missing, g2 0.25. */
    static final EvaluationTable TABLE = new EvaluationTable(
            "f",
            List.of("a", "b"),
            List.of("g1", "g2"),
            List.of(
                    report(
                            "p1",
                            indicator("a", OptionalDouble.of(2), OptionalDouble.of(0.5)),
                            indicator("b", OptionalDouble.of(10), OptionalDouble.of(1)),
                            group("g1", OptionalDouble.of(0.5)),
                            group("g2", OptionalDouble.of(0.75))),
                    report(
                            "p2",
                            indicator("a", NONE, NONE),
                            indicator("b", OptionalDouble.of(4), OptionalDouble.of(0.25)),
                            group("g1", NONE),
                            group("g2", OptionalDouble.of(0.25)))));

    @Test
    void rawValuesBecomeUnitColumnsWithNaNWhereMissing() {
        UnitTable u = EvaluationTables.toUnitTable(TABLE, Columns.VALUES);
        assertThat(u.units()).containsExactly("p1", "p2");
        assertThat(u.numericColumns()).containsExactly("a", "b");
        assertThat(u.value("p1", "a")).isEqualTo(2.0);
        assertThat(u.value("p1", "b")).isEqualTo(10.0);
        assertThat(u.value("p2", "a")).isNaN();
        assertThat(u.value("p2", "b")).isEqualTo(4.0);
    }

    @Test
    void scoresAndGroupScoresBecomeUnitColumns() {
        UnitTable s = EvaluationTables.toUnitTable(TABLE, Columns.SCORES);
        assertThat(s.value("p1", "a")).isEqualTo(0.5);
        assertThat(s.value("p2", "b")).isEqualTo(0.25);
        UnitTable g = EvaluationTables.toUnitTable(TABLE, Columns.GROUP_SCORES);
        assertThat(g.numericColumns()).containsExactly("g1", "g2");
        assertThat(g.value("p1", "g2")).isEqualTo(0.75);
        assertThat(g.value("p2", "g1")).isNaN();
    }

    @Test
    void aUnitTableFeedsTheCompositeEngine() {
        IndexStructure s = IndexStructure.of(
                MetaRow.indicator("a", "Index", 1), MetaRow.indicator("b", "Index", 1), MetaRow.index("Index", 2));
        Results r = CompositeIndex.from(EvaluationTables.toUnitTable(TABLE, Columns.SCORES), s)
                .aggregate(Aggregation.arithmetic())
                .results();
        // p1: mean of the scores 0.5 and 1
        assertThat(r.last().value("p1", "Index")).isEqualTo(0.75);
    }

    @Test
    void completeConditionsBecomeCases() {
        CaseTable c = EvaluationTables.toCaseTable(TABLE, Columns.SCORES, List.of("b"));
        assertThat(c.caseIds()).containsExactly("p1", "p2");
        assertThat(c.columns()).containsExactly("b");
        assertThat(c.column("b")).containsExactly(1.0, 0.25);
        CaseTable g = EvaluationTables.toCaseTable(TABLE, Columns.GROUP_SCORES, List.of("g2"))
                .withColumn("OUT", new double[] {1, 0});
        assertThat(g.columns()).containsExactly("g2", "OUT");
        assertThat(g.value(0, 0)).isEqualTo(0.75);
        assertThat(g.value(1, 0)).isEqualTo(0.25);
        assertThat(g.value(1, 1)).isEqualTo(0.0);
    }

    @Test
    void aConditionNamedTwiceIsRejected() {
        assertThatThrownBy(() -> EvaluationTables.toCaseTable(TABLE, Columns.VALUES, List.of("b", "b")))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::location)
                                .containsExactly("columns[1]"));
    }

    @Test
    void everyMissingValueIsReportedWithItsCaseAndColumn() {
        assertThatThrownBy(() -> EvaluationTables.toCaseTable(TABLE, Columns.VALUES))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::location)
                                .containsExactly("case p2, column a"));
        assertThatThrownBy(() -> EvaluationTables.toCaseTable(TABLE, Columns.GROUP_SCORES))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::location)
                                .containsExactly("case p2, column g1"));
    }

    @Test
    void everyUnknownConditionIsReported() {
        assertThatThrownBy(() -> EvaluationTables.toCaseTable(TABLE, Columns.VALUES, List.of("x", "a", "y")))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::location)
                                .containsExactly("conditions[0]", "conditions[2]"));
        assertThatThrownBy(() -> EvaluationTables.toCaseTable(TABLE, Columns.GROUP_SCORES, List.of("a")))
                .isInstanceOf(QcaException.class)
                .hasMessageContaining("'a' is not a group of framework f");
    }

    @Test
    void nullArgumentsNameTheParameter() {
        assertThatThrownBy(() -> EvaluationTables.toUnitTable(null, Columns.VALUES))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("table");
        assertThatThrownBy(() -> EvaluationTables.toCaseTable(TABLE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("columns");
        assertThatThrownBy(() -> EvaluationTables.toCaseTable(TABLE, Columns.VALUES, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("conditions");
    }
}
