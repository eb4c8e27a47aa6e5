package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-derived values for denomination, imputation, screening and outlier treatment. */
class PipelineStepsTest {
    private static final double NA = Double.NaN;

    static CompositeIndex small() {
        IndexStructure s = IndexStructure.of(
                MetaRow.indicator("x", "P", 1).withDenominator("pop"),
                MetaRow.indicator("y", "P", 1),
                MetaRow.indicator("z", "Q", -1),
                MetaRow.aggregate("P", 2, "I"),
                MetaRow.aggregate("Q", 2, "I"),
                MetaRow.index("I", 3),
                MetaRow.column("pop", NodeType.DENOMINATOR),
                MetaRow.column("g", NodeType.GROUP));
        UnitTable t = UnitTable.builder("A", "B", "C", "D")
                .column("x", 10, 20, 30, 40)
                .column("pop", 2, 4, 5, 8)
                .column("y", 1, NA, 2, 9)
                .column("z", 5, NA, NA, 1)
                .group("g", "e", "e", "w", "w")
                .name("A", "Alpha")
                .build();
        return CompositeIndex.from(t, s);
    }

    @Test
    void denominationDividesByTheMetadataDenominator() {
        DataSet d = small().denominate().results().last();
        assertThat(d.column("x").orElseThrow()).containsExactly(5, 5, 6, 5);
        assertThat(d.value("D", "y")).isEqualTo(9);
        DataSet explicit =
                small().with(new Step.Denominate(Map.of("y", "pop"))).results().last();
        assertThat(explicit.value("D", "y")).isEqualTo(9 / 8.0);
        assertThat(explicit.value("D", "x")).isEqualTo(40);
    }

    @Test
    void imputationByMeanMedianAndGroup() {
        assertThat(small().impute(Imputation.MEAN).results().last().value("B", "y"))
                .isEqualTo(4);
        assertThat(small().impute(Imputation.MEDIAN).results().last().value("B", "y"))
                .isEqualTo(2);
        DataSet g = small().imputeByGroup(Imputation.MEAN, "g").results().last();
        assertThat(g.value("B", "y")).isEqualTo(1);
        assertThat(g.value("B", "z")).isEqualTo(5);
        assertThat(g.value("C", "z")).isEqualTo(1);
        // known values never change
        assertThat(g.value("D", "y")).isEqualTo(9);
    }

    @Test
    void screeningRemovesUnitsWithTooLittleData() {
        Results r = small().screen(2.0 / 3).results();
        // B has 1 of 3 indicators, C has 2 of 3
        assertThat(r.screenedOut()).containsExactly("B");
        assertThat(r.last().units()).containsExactly("A", "C", "D");
        assertThat(small().screen(0.9).results().screenedOut()).containsExactly("B", "C");
        assertThat(small().with(new Step.Screen(0, 1)).results().screenedOut()).isEmpty();
    }

    @Test
    void aggregationThresholdMakesSparseUnitsMissing() {
        CompositeIndex idx = small().normalise(Normalisation.minMax(0, 100))
                .with(new Step.Aggregate(java.util.List.of(Aggregation.arithmetic()), Optional.empty(), 0.6));
        DataSet d = idx.results().last();
        // B has 1 of 2 children of P: 0.5 < 0.6 → missing; without the threshold it is x alone
        assertThat(d.value("B", "P")).isNaN();
        assertThat(small().normalise(Normalisation.minMax(0, 100))
                        .aggregate(Aggregation.arithmetic())
                        .results()
                        .last()
                        .value("B", "P"))
                .isCloseTo(100.0 / 3, within(1e-12));
        // Q: z is missing for B and C → Index is P alone for C
        DataSet full = small().normalise(Normalisation.minMax(0, 100))
                .aggregate(Aggregation.arithmetic())
                .results()
                .last();
        assertThat(full.value("C", "I")).isEqualTo(full.value("C", "P"));
    }

    @Test
    void winsorisationReplacesTheOutlierByTheNextValue() {
        double[] x = new double[13];
        for (int i = 0; i < 12; i++) {
            x[i] = i + 1;
        }
        x[12] = 100;
        Results r = single(x).treat().results();
        TreatmentRecord t = r.treatments().get(0);
        assertThat(t.winsorised()).isEqualTo(1);
        assertThat(t.logTransformed()).isFalse();
        assertThat(t.skewBefore()).isCloseTo(3.4948, within(1e-4));
        assertThat(r.last().value("U12", "v")).isEqualTo(12);
        assertThat(r.last().value("U11", "v")).isEqualTo(12);
    }

    @Test
    void logTransformWhenWinsorisationIsNotAllowedOrNotEnough() {
        // COINr's documented example: rep(1, 10), 2, 3, 5, 50, 500, 5000 → log_CT, still skew 2.91, kurt 8.43
        double[] x = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5, 50, 500, 5000};
        Results r = single(x).with(new Step.Treat(0, 2, 3.5, Set.of())).results();
        TreatmentRecord t = r.treatments().get(0);
        assertThat(t.logTransformed()).isTrue();
        assertThat(t.skewBefore()).isCloseTo(3.936, within(1e-3));
        assertThat(t.skewAfter()).isCloseTo(2.91, within(0.005));
        assertThat(t.kurtosisAfter()).isCloseTo(8.43, within(0.005));
        assertThat(r.last().value("U0", "v")).isCloseTo(Math.log(0.01 * 4999), within(1e-12));
        assertThat(single(x)
                        .with(new Step.Treat(5, 2, 3.5, Set.of("v")))
                        .results()
                        .treatments())
                .isEmpty();
    }

    static CompositeIndex single(double[] x) {
        String[] units = new String[x.length];
        for (int i = 0; i < x.length; i++) {
            units[i] = "U" + i;
        }
        IndexStructure s = IndexStructure.of(MetaRow.indicator("v", "I", 1), MetaRow.index("I", 2));
        return CompositeIndex.from(UnitTable.builder(units).column("v", x).build(), s);
    }

    @Test
    void resultsTableRanksWithTiesSharingTheBestRank() {
        IndexStructure s = IndexStructure.of(MetaRow.indicator("v", "I", 1), MetaRow.index("I", 2));
        UnitTable t =
                UnitTable.builder("a", "b", "c", "d").column("v", 3, 5, 5, NA).build();
        Results r = CompositeIndex.from(t, s)
                .normalise(Normalisation.minMax())
                .aggregate(Aggregation.arithmetic())
                .results();
        assertThat(r.ranks("I")).containsExactly(Map.entry("a", 3), Map.entry("b", 1), Map.entry("c", 1));
        assertThat(r.table()).extracting(UnitScore::unit).containsExactly("b", "c", "a", "d");
        assertThat(r.table().get(3).rank()).isZero();
        assertThat(r.toString()).contains("rank").contains("b");
    }
}
