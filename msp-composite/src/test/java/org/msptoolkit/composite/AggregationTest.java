package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-derived values for every aggregation, with a missing child re-weighted away. */
class AggregationTest {
    private static final double NA = Double.NaN;
    private static final double[] X = {2, 8, NA};
    private static final double[] W = {1, 3, 5};

    @Test
    void arithmeticSkipsMissingAndRescalesWeights() {
        assertThat(Aggregation.arithmetic().aggregate(X, W)).isCloseTo((2 + 3 * 8) / 4.0, within(1e-12));
    }

    @Test
    void geometricMean() {
        // exp((ln 2 + 3 ln 8)/4) = 2^(10/4)
        assertThat(Aggregation.geometric().aggregate(X, W)).isCloseTo(Math.pow(2, 2.5), within(1e-12));
    }

    @Test
    void harmonicMean() {
        assertThat(Aggregation.harmonic().aggregate(X, W)).isCloseTo(4 / (1 / 2.0 + 3 / 8.0), within(1e-12));
    }

    @Test
    void generalisedMeanSkipsMissingUnlikeCoinr() {
        // sqrt((4 + 3·64)/4) = 7
        assertThat(Aggregation.generalisedMean(2).aggregate(X, W)).isCloseTo(7, within(1e-12));
        assertThat(Aggregation.generalisedMean(1).aggregate(X, W)).isCloseTo(6.5, within(1e-12));
        assertThat(Aggregation.generalisedMean(-1).aggregate(X, W))
                .isCloseTo(Aggregation.harmonic().aggregate(X, W), within(1e-12));
        assertThat(Aggregation.generalisedMean(0).aggregate(X, W)).isCloseTo(Math.pow(2, 2.5), within(1e-12));
    }

    @Test
    void zerosAndNegativesInGeometricAndHarmonicMeans() {
        assertThat(Aggregation.geometric().aggregate(new double[] {0, 8}, new double[] {1, 1}))
                .isZero();
        assertThat(Aggregation.harmonic().aggregate(new double[] {0, 8}, new double[] {1, 1}))
                .isZero();
        assertThat(Aggregation.geometric().aggregate(new double[] {-1, 8}, new double[] {1, 1}))
                .isNaN();
    }

    @Test
    void allMissingGivesMissing() {
        for (Aggregation a : new Aggregation[] {
            Aggregation.arithmetic(), Aggregation.geometric(), Aggregation.harmonic(), Aggregation.generalisedMean(3)
        }) {
            assertThat(a.aggregate(new double[] {NA, NA}, new double[] {1, 1}))
                    .as(a.toString())
                    .isNaN();
        }
    }

    @Test
    void columnWiseEqualsRowWise() {
        double[][] children = {{2, NA, 0.5, 7}, {8, 3, NA, 1}, {NA, 4, 2, 9}};
        double[] w = {1, 2, 0.5};
        for (Aggregation a : new Aggregation[] {
            Aggregation.arithmetic(), Aggregation.geometric(), Aggregation.harmonic(), Aggregation.generalisedMean(2.5)
        }) {
            double[] out = new double[4];
            a.aggregateAll(children, w, out);
            for (int u = 0; u < 4; u++) {
                double[] row = {children[0][u], children[1][u], children[2][u]};
                assertThat(out[u]).as(a + " unit " + u).isCloseTo(a.aggregate(row, w), within(1e-12));
            }
        }
    }

    @Test
    void copelandCountsPairwiseMajorities() {
        // A = (1, 5), B = (2, 5), C = (3, 1), equal weights.
        // A vs B: 0 + ½·½ = ¼ → B beats A; A vs C: ½ → tie; B vs C: ½ → tie.
        double[][] children = {{1, 2, 3}, {5, 5, 1}};
        double[] out = new double[3];
        Aggregation.copeland().aggregateAll(children, new double[] {1, 1}, out);
        assertThat(out).containsExactly(-1, 1, 0);
        // with weight 3 on the first indicator C beats both: A vs C 1/4, B vs C 1/4; A vs B 1/8
        Aggregation.copeland().aggregateAll(children, new double[] {3, 1}, out);
        assertThat(out).containsExactly(-2, 0, 2);
        assertThatThrownBy(() -> Aggregation.copeland().aggregate(new double[] {1}, new double[] {1}))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
