package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * COINr's ASEM example (51 countries, 49 indicators, 4 levels) end to end, against the independent
 * {@link AsemReference}, to 1e-9 relative, for every normalisation × aggregation pair.
 */
class AsemTest {
    static Path data;
    static Path meta;
    static AsemReference ref;
    static CompositeIndex base;

    @BeforeAll
    static void load() throws IOException {
        data = resource("ASEM_iData.csv");
        meta = resource("ASEM_iMeta.csv");
        ref = new AsemReference(data, meta);
        base = CompositeIndex.fromCsv(data, meta);
    }

    /** The committed sample in {@code src/test/resources/coinr-asem/} (see its README for source and licence). */
    static Path resource(String name) {
        try {
            return Path.of(AsemTest.class.getResource("/coinr-asem/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertClose(String what, double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            if (!(Double.isNaN(expected) && Double.isNaN(actual))) {
                fail(what + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        double tol = 1e-9 * Math.max(Math.abs(expected), Math.abs(actual));
        if (Math.abs(expected - actual) > Math.max(tol, 1e-13)) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }

    static void compare(String label, Map<String, double[]> expected, Results results, List<String> units) {
        DataSet agg = results.last();
        for (Map.Entry<String, double[]> e : expected.entrySet()) {
            for (int u = 0; u < units.size(); u++) {
                assertClose(
                        label + " " + e.getKey() + " " + units.get(u),
                        e.getValue()[u],
                        agg.value(units.get(u), e.getKey()));
            }
        }
    }

    @Test
    void structureIsRead() {
        IndexStructure s = base.structure();
        assertThat(s.indicators()).hasSize(49);
        assertThat(s.levels()).isEqualTo(4);
        assertThat(s.codesAtLevel(2)).hasSize(8);
        assertThat(s.children("Index")).containsExactly("Conn", "Sust");
        assertThat(base.data().size()).isEqualTo(51);
        assertThat(s.rows().stream()
                        .filter(r -> r.direction() < 0 && r.inIndex())
                        .count())
                .isEqualTo(14);
        assertThat(WeightSet.original(s).effectiveWeights(s).get("Goods"))
                .isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void everyNormalisationAndAggregationMatchesTheFormulas() {
        Map<String, Normalisation> norms = new java.util.LinkedHashMap<>();
        norms.put("minmax0", Normalisation.minMax(0, 100));
        norms.put("minmax1", Normalisation.minMax(1, 100));
        norms.put("zscore", Normalisation.zScore(10, 2));
        norms.put("rank", Normalisation.rank());
        norms.put("borda", Normalisation.borda());
        norms.put("prank", Normalisation.percentRank());
        norms.put("fracmax", Normalisation.fractionOfMax());
        norms.put("dist2max", Normalisation.distanceToMax());
        norms.put("dist2ref", Normalisation.distanceToReference("AUT", false));
        norms.put("dist2targ", Normalisation.distanceToTarget(true));
        Map<String, Aggregation> aggs = new java.util.LinkedHashMap<>();
        aggs.put("arith", Aggregation.arithmetic());
        aggs.put("geom", Aggregation.geometric());
        aggs.put("harm", Aggregation.harmonic());
        aggs.put("gen2", Aggregation.generalisedMean(2));
        aggs.put("copeland", Aggregation.copeland());
        int checked = 0;
        for (Map.Entry<String, Normalisation> n : norms.entrySet()) {
            for (Map.Entry<String, Aggregation> a : aggs.entrySet()) {
                Results r = base.normalise(n.getValue()).aggregate(a.getValue()).results();
                Map<String, double[]> expected = ref.run(ref.columns, n.getKey(), a.getKey());
                compare(n.getKey() + "/" + a.getKey(), expected, r, ref.units);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(50);
    }

    @Test
    void minMaxArithmeticHasTheExpectedShape() {
        Results r = base.normalise(Normalisation.minMax(0, 100))
                .aggregate(Aggregation.arithmetic())
                .results();
        List<UnitScore> table = r.table();
        assertThat(table).hasSize(51);
        assertThat(table.get(0).rank()).isEqualTo(1);
        for (int i = 1; i < table.size(); i++) {
            assertThat(table.get(i).score())
                    .isLessThanOrEqualTo(table.get(i - 1).score());
        }
        // Index = mean of Conn and Sust (equal weights, no missing aggregates)
        UnitScore top = table.get(0);
        assertThat(top.score())
                .isCloseTo(
                        (top.aggregates().get("Conn") + top.aggregates().get("Sust")) / 2,
                        org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.dataSets().keySet()).containsExactly("Raw", "Normalised", "Aggregated");
    }

    /** COINr's example build: Denominate, Impute by group, Screen, Treat, Normalise, Aggregate. */
    @Test
    void fullPipelineEndToEnd() {
        CompositeIndex idx = base.denominate()
                .imputeByGroup(Imputation.MEAN, "EurAsia_group")
                .screen(0.9)
                .treat()
                .normalise(Normalisation.minMax(0, 100))
                .aggregate(Aggregation.arithmetic());
        Results r = idx.results();
        assertThat(r.dataSets().keySet())
                .containsExactly("Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated");

        int n = ref.units.size();
        Map<String, double[]> x = new HashMap<>();
        for (String i : ref.indicators) {
            double[] v = AsemReference.copy(ref.columns.get(i));
            String d = ref.denominator.get(i);
            if (d != null) {
                for (int u = 0; u < n; u++) {
                    v[u] = v[u] / ref.columns.get(d)[u];
                }
            }
            // group mean imputation
            String[] g = ref.text.get("EurAsia_group");
            double[] filled = v.clone();
            for (int u = 0; u < n; u++) {
                if (Double.isNaN(v[u])) {
                    double s = 0;
                    int k = 0;
                    for (int o = 0; o < n; o++) {
                        if (g[o].equals(g[u]) && !Double.isNaN(v[o])) {
                            s += v[o];
                            k++;
                        }
                    }
                    filled[u] = s / k;
                }
            }
            x.put(i, filled);
        }
        // no unit has missing data after imputation, so screening keeps all
        assertThat(r.screenedOut()).isEmpty();
        List<String> treated = new ArrayList<>();
        for (String i : ref.indicators) {
            double[] t = TreatReference.treat(x.get(i), 5, 2, 3.5);
            if (t != null) {
                treated.add(i);
                x.put(i, t);
            }
        }
        assertThat(r.treatments()).extracting(TreatmentRecord::indicator).containsExactlyElementsOf(treated);
        assertThat(treated).isNotEmpty();
        Map<String, double[]> expected = ref.run(x, "minmax0", "arith");
        compare("pipeline", expected, r, ref.units);
        for (String i : ref.indicators) {
            for (int u = 0; u < n; u++) {
                assertClose(
                        "treated " + i,
                        x.get(i)[u],
                        r.dataSet("Treated").orElseThrow().value(ref.units.get(u), i));
            }
        }
    }

    @Test
    void rerunWithChangedStepKeepsTheRest() {
        CompositeIndex a = base.normalise(Normalisation.minMax(1, 100)).aggregate(Aggregation.arithmetic());
        CompositeIndex b = a.rerun(
                a.analysis().with(new Step.Aggregate(List.of(Aggregation.geometric()), java.util.Optional.empty(), 0)));
        assertThat(b.analysis().steps()).hasSize(2);
        assertThat(b.analysis().step(Step.Normalise.class))
                .isEqualTo(a.analysis().step(Step.Normalise.class));
        Map<String, double[]> expected = ref.run(ref.columns, "minmax1", "geom");
        compare("rerun", expected, b.results(), ref.units);
    }

    /** As in COINr's vignette, the aggregation method is the most influential choice on ASEM. */
    @Test
    void aggregationIsTheMostInfluentialInput() {
        CompositeIndex nominal = base.normalise(Normalisation.minMax(1, 100)).aggregate(Aggregation.arithmetic());
        SensitivityResult sa = UncertaintyAnalysis.of(
                        nominal,
                        UncertainInput.normalisation(Normalisation.minMax(1, 100), Normalisation.zScore(10, 2)),
                        UncertainInput.noisyWeights(Map.of(2, 0.25, 3, 0.25), 100),
                        UncertainInput.aggregation(Aggregation.arithmetic(), Aggregation.geometric()))
                .seed(2026)
                .sensitivity(150, 200);
        List<SensitivityIndex> s = sa.indices();
        assertThat(s.get(2).input()).isEqualTo("aggregation");
        assertThat(s.get(2).total())
                .isGreaterThan(s.get(0).total())
                .isGreaterThan(s.get(1).total());
        assertThat(s.get(2).totalLow()).isGreaterThan(s.get(0).totalHigh());
        // per-level methods: geometric for pillars, arithmetic above
        Results mixed = base.normalise(Normalisation.minMax(1, 100))
                .aggregate(Aggregation.geometric(), Aggregation.arithmetic(), Aggregation.arithmetic())
                .results();
        Map<String, double[]> geo = ref.run(ref.columns, "minmax1", "geom");
        for (int u = 0; u < ref.units.size(); u++) {
            assertClose("pillar", geo.get("Physical")[u], mixed.score(ref.units.get(u), "Physical"));
            double conn = 0;
            for (String p : List.of("Physical", "ConEcFin", "Political", "Instit", "P2P")) {
                conn += geo.get(p)[u] / 5;
            }
            assertClose("Conn", conn, mixed.score(ref.units.get(u), "Conn"));
        }
    }
}
