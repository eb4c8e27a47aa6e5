package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msptoolkit.composite.internal.Eigen;

class CompositeStatisticsTest {
    static DataSet raw(double[] a, double[] b, double[] c) {
        IndexStructure s = IndexStructure.of(
                MetaRow.indicator("a", "P", 1),
                MetaRow.indicator("b", "P", 1),
                MetaRow.indicator("c", "P", 1),
                MetaRow.index("P", 2));
        String[] units = new String[a.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = "U" + i;
        }
        return CompositeIndex.from(
                        UnitTable.builder(units)
                                .column("a", a)
                                .column("b", b)
                                .column("c", c)
                                .build(),
                        s)
                .results()
                .last();
    }

    static double var(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v / x.length;
        }
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    @Test
    void cronbachAlphaEqualsTheClassicalFormulaOnCompleteData() {
        double[] a = {1, 2, 3, 4, 6};
        double[] b = {2, 4, 5, 8, 9};
        double[] c = {1, 3, 2, 5, 4};
        double[] total = new double[5];
        for (int i = 0; i < 5; i++) {
            total[i] = a[i] + b[i] + c[i];
        }
        double expected = 1.5 * (1 - (var(a) + var(b) + var(c)) / var(total));
        assertThat(CompositeStatistics.cronbachAlpha(raw(a, b, c), List.of("a", "b", "c")))
                .isCloseTo(expected, within(1e-12));
        assertThat(CompositeStatistics.cronbachAlpha(raw(a, a, a), List.of("a", "b", "c")))
                .isCloseTo(1, within(1e-12));
        IndexStructure s = IndexStructure.of(
                MetaRow.indicator("a", "P", 1),
                MetaRow.indicator("b", "P", 1),
                MetaRow.indicator("c", "P", 1),
                MetaRow.index("P", 2));
        assertThat(CompositeStatistics.cronbachAlphaByGroup(raw(a, b, c), s)).containsOnlyKeys("P");
    }

    @Test
    void pearsonAndSpearman() {
        DataSet d = raw(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}, new double[] {8, 6, 4, 2});
        // average ranks (1, 2.5, 2.5, 4) and (1, 3, 2, 4): 4.5 / sqrt(4.5 · 5)
        assertThat(CompositeStatistics.correlation(d, "a", "b", CompositeStatistics.Correlation.SPEARMAN))
                .isCloseTo(4.5 / Math.sqrt(22.5), within(1e-12));
        assertThat(CompositeStatistics.correlation(d, "b", "c", CompositeStatistics.Correlation.SPEARMAN))
                .isCloseTo(-0.8, within(1e-12));
        DataSet lin = raw(new double[] {1, 2, 3, Double.NaN}, new double[] {2, 4, 6, 1}, new double[] {3, 2, 1, 0});
        assertThat(CompositeStatistics.correlation(lin, "a", "b", CompositeStatistics.Correlation.PEARSON))
                .isCloseTo(1, within(1e-12));
        Map<String, Map<String, Double>> m =
                CompositeStatistics.correlations(lin, List.of("a", "c"), CompositeStatistics.Correlation.PEARSON);
        assertThat(m.get("a").get("c")).isCloseTo(-1, within(1e-12));
    }

    @Test
    void jacobiFindsTheLeadingEigenvector() {
        double[] v = Eigen.leadingEigenvector(new double[][] {{2, 1}, {1, 2}});
        assertThat(Math.abs(v[0])).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(v[0] * v[1]).isPositive();
        double[] e = Eigen.leadingEigenvector(new double[][] {{4, 0, 0}, {0, 1, 0}, {0, 0, 9}});
        assertThat(Math.abs(e[2])).isCloseTo(1, within(1e-12));
        // a random symmetric matrix: A·v = λ·v
        double[][] a = {{4, 1, 2}, {1, 3, 0.5}, {2, 0.5, 5}};
        double[] w = Eigen.leadingEigenvector(a);
        double lambda = 0;
        for (int j = 0; j < 3; j++) {
            lambda += a[0][j] * w[j];
        }
        lambda /= w[0];
        for (int i = 0; i < 3; i++) {
            double av = 0;
            for (int j = 0; j < 3; j++) {
                av += a[i][j] * w[j];
            }
            assertThat(av).isCloseTo(lambda * w[i], within(1e-9));
        }
    }

    @Test
    void pcaWeightsLoadCorrelatedIndicatorsEqually() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] c = {3, 1, 4, 1, 5, 9};
        DataSet d = raw(a, new double[] {2, 4, 6, 8, 10, 12}, c);
        IndexStructure s = IndexStructure.of(
                MetaRow.indicator("a", "P", 1),
                MetaRow.indicator("b", "P", 1),
                MetaRow.indicator("c", "P", 1),
                MetaRow.index("P", 2));
        Map<String, Double> l = CompositeStatistics.pcaLoadings(d, s, 1);
        assertThat(l.get("a")).isCloseTo(l.get("b"), within(1e-9));
        assertThat(l.get("a")).isPositive();
        double norm = l.values().stream().mapToDouble(x -> x * x).sum();
        assertThat(norm).isCloseTo(1, within(1e-9));
        assertThat(CompositeStatistics.pcaWeights(d, s, 1).name()).isEqualTo("PCA");
    }

    @Test
    void summariesFlagOutliersAndLowAvailability() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 100};
        double[] sparse = new double[13];
        java.util.Arrays.fill(sparse, Double.NaN);
        sparse[0] = 1;
        sparse[1] = 2;
        List<ColumnSummary> s = CompositeStatistics.summaries(raw(x, sparse, x));
        assertThat(s.get(0).outliers()).isTrue();
        assertThat(s.get(0).median()).isEqualTo(7);
        assertThat(s.get(1).lowAvailability()).isTrue();
        assertThat(s.get(1).available()).isEqualTo(2);
    }
}
