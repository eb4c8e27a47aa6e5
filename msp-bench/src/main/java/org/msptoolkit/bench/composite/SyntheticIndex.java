package org.msptoolkit.bench.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.msptoolkit.composite.Aggregation;
import org.msptoolkit.composite.CompositeIndex;
import org.msptoolkit.composite.IndexStructure;
import org.msptoolkit.composite.MetaRow;
import org.msptoolkit.composite.Normalisation;
import org.msptoolkit.composite.UnitTable;

/**
 * The synthetic workload: units × 50 indicators → 10 pillars → 2 sub-indices → index (three
 * aggregation levels), correlated bounded values, every fourth indicator "lower is better", 2 % missing.
 */
public final class SyntheticIndex {
    private SyntheticIndex() {}

    /**
     * Returns the nominal index: min-max [1, 100], arithmetic mean.
     *
     * @param units number of units, e.g. 10 000
     * @param seed data seed
     * @return the nominal index: min-max [1, 100], arithmetic mean
     */
    public static CompositeIndex build(int units, long seed) {
        int indicators = 50;
        List<MetaRow> meta = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            meta.add(MetaRow.indicator("ind" + i, "pil" + (i / 5), i % 4 == 3 ? -1 : 1));
        }
        for (int p = 0; p < 10; p++) {
            meta.add(MetaRow.aggregate("pil" + p, 2, "sub" + (p / 5)));
        }
        meta.add(MetaRow.aggregate("sub0", 3, "Index"));
        meta.add(MetaRow.aggregate("sub1", 3, "Index"));
        meta.add(MetaRow.index("Index", 4));
        List<String> codes = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            codes.add(String.format("U%05d", u));
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] latent = new double[units];
        for (int u = 0; u < units; u++) {
            latent[u] = rng.nextDouble();
        }
        UnitTable.Builder b = UnitTable.builder(codes);
        for (int i = 0; i < indicators; i++) {
            double scale = 1 + rng.nextDouble() * 999;
            double[] x = new double[units];
            for (int u = 0; u < units; u++) {
                x[u] = rng.nextDouble() < 0.02 ? Double.NaN : scale * (0.6 * latent[u] + 0.4 * rng.nextDouble());
            }
            b.column("ind" + i, x);
        }
        return CompositeIndex.from(b.build(), IndexStructure.of(meta))
                .normalise(Normalisation.minMax(1, 100))
                .aggregate(Aggregation.arithmetic());
    }
}
