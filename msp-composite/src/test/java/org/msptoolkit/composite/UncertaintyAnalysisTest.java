package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {
    /** A seeded synthetic index: units × 12 indicators → 4 pillars → 2 sub-indices → index. */
    static CompositeIndex synthetic(int units, long seed) {
        List<MetaRow> meta = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            meta.add(MetaRow.indicator("i" + i, "P" + (i / 3), i % 5 == 0 ? -1 : 1));
        }
        for (int p = 0; p < 4; p++) {
            meta.add(MetaRow.aggregate("P" + p, 2, "S" + (p / 2)));
        }
        meta.add(MetaRow.aggregate("S0", 3, "Index"));
        meta.add(MetaRow.aggregate("S1", 3, "Index"));
        meta.add(MetaRow.index("Index", 4));
        List<String> codes = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            codes.add("U" + u);
        }
        UnitTable.Builder b = UnitTable.builder(codes);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            double[] x = new double[units];
            for (int u = 0; u < units; u++) {
                x[u] = rng.nextDouble() < 0.03 ? Double.NaN : rng.nextDouble() * 10 + u * 0.05;
            }
            b.column("i" + i, x);
        }
        return CompositeIndex.from(b.build(), IndexStructure.of(meta))
                .normalise(Normalisation.minMax(1, 100))
                .aggregate(Aggregation.arithmetic());
    }

    static UncertaintyAnalysis vignetteLike(CompositeIndex idx) {
        return UncertaintyAnalysis.of(
                idx,
                UncertainInput.normalisation(Normalisation.minMax(1, 100), Normalisation.zScore(10, 2)),
                UncertainInput.noisyWeights(Map.of(2, 0.25, 3, 0.25), 50),
                UncertainInput.aggregation(Aggregation.arithmetic(), Aggregation.geometric()),
                UncertainInput.dropIndicator("i1", "i7"));
    }

    @Test
    void resultsDependOnlyOnTheSeedNotOnThreads() {
        CompositeIndex idx = synthetic(200, 3);
        for (long seed : new long[] {1, 2, 99}) {
            UncertaintyResult one = vignetteLike(idx).seed(seed).parallelism(1).uncertainty(40);
            UncertaintyResult four = vignetteLike(idx).seed(seed).parallelism(4).uncertainty(40);
            for (int r = 0; r < 40; r++) {
                assertThat(four.scores(r)).as("seed %d replication %d", seed, r).containsExactly(one.scores(r));
                assertThat(four.choices(r)).isEqualTo(one.choices(r));
            }
            SensitivityResult s1 = vignetteLike(idx).seed(seed).parallelism(1).sensitivity(20, 50);
            SensitivityResult s4 = vignetteLike(idx).seed(seed).parallelism(3).sensitivity(20, 50);
            assertThat(s4.outputs()).as("seed %d", seed).containsExactly(s1.outputs());
            assertThat(s4.indices()).isEqualTo(s1.indices());
        }
    }

    @Test
    void nominalOnlyAlternativesReproduceTheNominalRanking() {
        CompositeIndex idx = synthetic(100, 5);
        UncertaintyResult r = UncertaintyAnalysis.of(idx, UncertainInput.normalisation(Normalisation.minMax(1, 100)))
                .seed(4)
                .uncertainty(5);
        Map<String, Integer> nominal = idx.results().ranks("Index");
        for (RankStatistics s : r.rankStatistics()) {
            assertThat(s.nominal()).isEqualTo(nominal.get(s.unit()));
            assertThat(s.q5()).isEqualTo(s.nominal());
            assertThat(s.q95()).isEqualTo(s.nominal());
            assertThat(s.median()).isEqualTo(s.nominal());
        }
    }

    @Test
    void replicationsEqualDirectRegenerationWithTheSampledChoices() {
        CompositeIndex idx = synthetic(60, 8);
        UncertaintyResult r = UncertaintyAnalysis.of(
                        idx,
                        UncertainInput.normalisation(Normalisation.minMax(1, 100), Normalisation.zScore(10, 2)),
                        UncertainInput.aggregation(Aggregation.arithmetic(), Aggregation.geometric()),
                        UncertainInput.dropIndicator("i4"))
                .seed(11)
                .uncertainty(12);
        for (int k = 0; k < 12; k++) {
            List<String> c = r.choices(k);
            CompositeIndex variant = idx;
            if (c.get(0).contains("zScore")) {
                variant = variant.normalise(Normalisation.zScore(10, 2));
            }
            if (c.get(1).contains("geometric")) {
                variant = variant.aggregate(Aggregation.geometric());
            }
            if (c.get(2).contains("without")) {
                IndexStructure s = idx.structure().without(java.util.Set.of("i4"));
                variant = CompositeIndex.from(idx.data(), s).rerun(variant.analysis());
            }
            DataSet d = variant.results().last();
            double[] scores = r.scores(k);
            for (int u = 0; u < 60; u++) {
                assertThat(scores[u])
                        .as("replication %d (%s) unit %d", k, c, u)
                        .isCloseTo(d.value("U" + u, "Index"), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void uncertaintyWidensRankIntervals() {
        CompositeIndex idx = synthetic(150, 9);
        UncertaintyResult r = vignetteLike(idx).seed(5).uncertainty(60);
        assertThat(r.replications()).isEqualTo(60);
        assertThat(r.rankStatistics())
                .anySatisfy(s -> assertThat(s.q95() - s.q5()).isPositive());
        for (RankStatistics s : r.rankStatistics()) {
            assertThat(s.q5()).isLessThanOrEqualTo(s.median());
            assertThat(s.median()).isLessThanOrEqualTo(s.q95());
        }
        SensitivityResult sa = vignetteLike(idx).seed(5).sensitivity(30, 100);
        assertThat(sa.outputs()).hasSize(30 * 6);
        assertThat(sa.indices())
                .extracting(SensitivityIndex::input)
                .containsExactly("normalisation", "weights", "aggregation", "exclusion");
    }

    @Test
    void nominalMustNormaliseAndAggregate() {
        CompositeIndex idx = synthetic(10, 1);
        CompositeIndex raw = idx.rerun(Analysis.empty());
        assertThatThrownBy(() -> UncertaintyAnalysis.of(raw, UncertainInput.aggregation(Aggregation.geometric())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must normalise and aggregate");
        assertThatThrownBy(() -> UncertaintyAnalysis.of(idx, UncertainInput.dropIndicator("P1")))
                .hasMessageContaining("'P1': not an indicator");
    }
}
