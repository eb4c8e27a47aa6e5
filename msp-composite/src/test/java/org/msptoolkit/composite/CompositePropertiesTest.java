package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties over many seeded random tables; failures name the seed. */
class CompositePropertiesTest {
    private static final int SEEDS = 200;

    /** Random table: 3–40 units, 2–4 pillars of 1–4 indicators, some missing values, ties and constants. */
    static CompositeIndex random(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int units = 3 + rng.nextInt(38);
        int pillars = 2 + rng.nextInt(3);
        List<MetaRow> meta = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            codes.add("U" + u);
        }
        UnitTable.Builder b = UnitTable.builder(codes);
        int ind = 0;
        for (int p = 0; p < pillars; p++) {
            int k = 1 + rng.nextInt(4);
            for (int j = 0; j < k; j++) {
                String c = "i" + ind++;
                meta.add(MetaRow.indicator(c, "P" + p, rng.nextBoolean() ? 1 : -1)
                        .withWeight(0.5 + rng.nextDouble()));
                double[] x = new double[units];
                boolean constant = rng.nextInt(10) == 0;
                for (int u = 0; u < units; u++) {
                    x[u] = rng.nextInt(8) == 0 ? Double.NaN : constant ? 3 : rng.nextInt(6) * 1.5 + rng.nextInt(2);
                }
                b.column(c, x);
            }
            meta.add(MetaRow.aggregate("P" + p, 2, "I").withWeight(0.5 + rng.nextDouble()));
        }
        meta.add(MetaRow.index("I", 3));
        return CompositeIndex.from(b.build(), IndexStructure.of(meta));
    }

    @Test
    void minMaxStaysInBoundsAndPreservesOrder() {
        for (long seed = 0; seed < SEEDS; seed++) {
            CompositeIndex idx = random(seed);
            DataSet raw = idx.results().last();
            DataSet n = idx.normalise(Normalisation.minMax(1, 100)).results().last();
            for (String c : idx.structure().indicators()) {
                int dir = idx.structure().row(c).orElseThrow().direction();
                double[] x = raw.column(c).orElseThrow();
                double[] y = n.column(c).orElseThrow();
                for (int i = 0; i < x.length; i++) {
                    if (Double.isNaN(x[i])) {
                        assertThat(y[i]).as("seed %d %s", seed, c).isNaN();
                        continue;
                    }
                    if (Double.isNaN(y[i])) {
                        continue; // constant indicator
                    }
                    assertThat(y[i]).as("seed %d %s", seed, c).isBetween(1.0 - 1e-9, 100.0 + 1e-9);
                    for (int j = 0; j < x.length; j++) {
                        if (!Double.isNaN(x[j]) && dir * x[i] < dir * x[j]) {
                            assertThat(y[i]).as("seed %d %s order", seed, c).isLessThan(y[j]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void meansAreOrderedAndBetweenMinAndMaxOfChildren() {
        for (long seed = 0; seed < SEEDS; seed++) {
            CompositeIndex idx = random(seed).normalise(Normalisation.minMax(1, 100));
            DataSet h = idx.aggregate(Aggregation.harmonic()).results().last();
            DataSet g = idx.aggregate(Aggregation.geometric()).results().last();
            DataSet a = idx.aggregate(Aggregation.arithmetic()).results().last();
            DataSet q = idx.aggregate(Aggregation.generalisedMean(2)).results().last();
            for (String p : idx.structure().codesAtLevel(2)) {
                for (String u : a.units()) {
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    for (String c : idx.structure().children(p)) {
                        double v = a.value(u, c);
                        if (!Double.isNaN(v)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                    double av = a.value(u, p);
                    if (lo > hi) {
                        assertThat(av).as("seed %d %s %s", seed, u, p).isNaN();
                        continue;
                    }
                    String at = "seed " + seed + " " + u + " " + p;
                    assertThat(h.value(u, p)).as(at).isLessThanOrEqualTo(g.value(u, p) * (1 + 1e-12));
                    assertThat(g.value(u, p)).as(at).isLessThanOrEqualTo(av * (1 + 1e-12));
                    assertThat(av).as(at).isLessThanOrEqualTo(q.value(u, p) * (1 + 1e-12));
                    assertThat(h.value(u, p)).as(at).isGreaterThanOrEqualTo(lo * (1 - 1e-12));
                    assertThat(q.value(u, p)).as(at).isLessThanOrEqualTo(hi * (1 + 1e-12));
                }
            }
        }
    }

    @Test
    void rankNormalisationIgnoresMonotoneRescaling() {
        for (long seed = 0; seed < SEEDS; seed++) {
            CompositeIndex idx = random(seed);
            List<String> units = idx.data().units();
            UnitTable.Builder b = UnitTable.builder(units);
            for (String c : idx.structure().indicators()) {
                double[] x = idx.data().numeric(c).orElseThrow();
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.exp(x[i] / 3) * 7 + 2;
                }
                b.column(c, x);
            }
            CompositeIndex scaled = CompositeIndex.from(b.build(), idx.structure());
            for (Normalisation n :
                    new Normalisation[] {Normalisation.rank(), Normalisation.percentRank(), Normalisation.borda()}) {
                DataSet d1 = idx.normalise(n)
                        .aggregate(Aggregation.arithmetic())
                        .results()
                        .last();
                DataSet d2 = scaled.normalise(n)
                        .aggregate(Aggregation.arithmetic())
                        .results()
                        .last();
                for (String u : units) {
                    double v1 = d1.value(u, "I");
                    double v2 = d2.value(u, "I");
                    assertThat(Double.isNaN(v1) ? "NaN" : String.format("%.9f", v1))
                            .as("seed %d %s %s", seed, n, u)
                            .isEqualTo(Double.isNaN(v2) ? "NaN" : String.format("%.9f", v2));
                }
            }
        }
    }

    @Test
    void effectiveWeightsOfIndicatorsSumToOne() {
        for (long seed = 0; seed < SEEDS; seed++) {
            IndexStructure s = random(seed).structure();
            double sum = 0;
            for (String c : s.indicators()) {
                sum += WeightSet.original(s).effectiveWeights(s).get(c);
            }
            assertThat(sum).as("seed %d", seed).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
