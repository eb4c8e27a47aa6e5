package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msptoolkit.composite.internal.Eigen;
import org.msptoolkit.composite.internal.Stats;

/**
 * Statistical checks of a composite index (COINr's {@code get_corr}, {@code get_cronbach},
 * {@code get_stats}, {@code get_PCA}): are the indicators of a group measuring the same thing, is any
 * indicator skewed or sparse, which weights would principal components suggest.
 *
 * @since 0.1.0
 */
public final class CompositeStatistics {
    private CompositeStatistics() {}

    /** Correlation coefficients. */
    public enum Correlation {
        /** Pearson's product-moment correlation. */
        PEARSON,
        /** Spearman's rank correlation (average ranks for ties). */
        SPEARMAN
    }

    /**
     * Correlation of two columns over the units where both are known (pairwise complete), without
     * COINr's silent p-value filter.
     *
     * @param data a data set
     * @param a a code
     * @param b another code
     * @param type Pearson or Spearman
     * @return the coefficient, {@code NaN} with fewer than two complete pairs or a constant column
     */
    public static double correlation(DataSet data, String a, String b, Correlation type) {
        double[] x = data.column(a).orElseThrow(() -> new IllegalArgumentException("no column '" + a + "'"));
        double[] y = data.column(b).orElseThrow(() -> new IllegalArgumentException("no column '" + b + "'"));
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        double[] px = new double[pairs.size()];
        double[] py = new double[pairs.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = pairs.get(i)[0];
            py[i] = pairs.get(i)[1];
        }
        if (type == Correlation.SPEARMAN) {
            px = averageRanks(px);
            py = averageRanks(py);
        }
        return pearson(px, py);
    }

    /**
     * Correlation matrix of several codes.
     *
     * @param data a data set
     * @param codes the codes, e.g. the indicators of one pillar
     * @param type Pearson or Spearman
     * @return row code → (column code → coefficient)
     */
    public static Map<String, Map<String, Double>> correlations(DataSet data, List<String> codes, Correlation type) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String a : codes) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (String b : codes) {
                row.put(b, a.equals(b) ? 1.0 : correlation(data, a, b, type));
            }
            out.put(a, row);
        }
        return out;
    }

    /**
     * Cronbach's alpha of a set of columns (COINr's {@code get_cronbach}): α = k²·c̄ / Σᵢⱼ Cᵢⱼ, C the
     * covariance matrix from pairwise-complete observations and c̄ its mean off-diagonal element; equal to
     * (k/(k − 1))·(1 − Σσᵢ²/σ_T²) for complete data. Values near 1 mean the indicators measure one thing.
     *
     * @param data a data set
     * @param codes at least two codes
     * @return alpha
     */
    public static double cronbachAlpha(DataSet data, List<String> codes) {
        int k = codes.size();
        if (k < 2) {
            throw new IllegalArgumentException("Cronbach's alpha needs at least two columns, got " + codes);
        }
        double total = 0;
        double off = 0;
        for (String a : codes) {
            for (String b : codes) {
                double c = covariance(data, a, b);
                total += c;
                if (!a.equals(b)) {
                    off += c;
                }
            }
        }
        double mean = off / (k * (k - 1.0));
        return k * k * mean / total;
    }

    /**
     * Cronbach's alpha of every aggregation group: the children of each aggregate.
     *
     * @param data a data set holding the children (the aggregated data set for higher levels)
     * @param structure the index structure
     * @return aggregate code → alpha, for groups with at least two children present in the data
     */
    public static Map<String, Double> cronbachAlphaByGroup(DataSet data, IndexStructure structure) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int l = 2; l <= structure.levels(); l++) {
            for (String agg : structure.codesAtLevel(l)) {
                List<String> ch = structure.children(agg);
                if (ch.size() >= 2 && data.codes().containsAll(ch)) {
                    out.put(agg, cronbachAlpha(data, ch));
                }
            }
        }
        return out;
    }

    /**
     * Summary statistics of every column (COINr's {@code get_stats}).
     *
     * @param data a data set
     * @return one summary per code, in data-set order
     */
    public static List<ColumnSummary> summaries(DataSet data) {
        List<ColumnSummary> out = new ArrayList<>();
        for (String c : data.codes()) {
            double[] x = data.column(c).orElseThrow();
            int known = Stats.count(x);
            int nonZero = 0;
            for (double v : x) {
                if (!Double.isNaN(v) && v != 0) {
                    nonZero++;
                }
            }
            out.add(new ColumnSummary(
                    c,
                    Stats.min(x),
                    Stats.max(x),
                    Stats.mean(x),
                    Stats.median(x),
                    Stats.sd(x),
                    Stats.skew(x),
                    Stats.kurtosis(x),
                    known,
                    nonZero,
                    x.length));
        }
        return out;
    }

    /**
     * Weights from principal component analysis (COINr's {@code get_PCA}): per aggregation group at a
     * level, the loadings of the first principal component of the standardised children (units with a
     * missing child left out). The sign of a component is arbitrary; it is chosen so the loadings sum to
     * a positive number. Loadings can still be negative and favour correlated indicators: read them as
     * a diagnostic, not as importance.
     *
     * @param data a data set holding the children of the level's groups
     * @param structure the index structure
     * @param level the level whose nodes get weights (1 = indicators)
     * @return a weight set named {@code "PCA"} (negative loadings are set to 0 so the set is usable)
     */
    public static WeightSet pcaWeights(DataSet data, IndexStructure structure, int level) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : pcaLoadings(data, structure, level).entrySet()) {
            w.put(e.getKey(), Math.max(0, e.getValue()));
        }
        return new WeightSet("PCA", w);
    }

    /**
     * The first-principal-component loadings behind {@link #pcaWeights}, negative values kept.
     *
     * @param data a data set
     * @param structure the index structure
     * @param level the level whose nodes are loaded
     * @return code → loading
     */
    public static Map<String, Double> pcaLoadings(DataSet data, IndexStructure structure, int level) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String agg : structure.codesAtLevel(level + 1)) {
            List<String> ch = structure.children(agg);
            if (ch.size() == 1) {
                out.put(ch.get(0), 1.0);
                continue;
            }
            double[][] cols = new double[ch.size()][];
            for (int j = 0; j < ch.size(); j++) {
                String c = ch.get(j);
                cols[j] = data.column(c)
                        .orElseThrow(() -> new IllegalArgumentException("no column '" + c + "' in " + data.name()));
            }
            int n = cols[0].length;
            List<Integer> complete = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                boolean ok = true;
                for (double[] c : cols) {
                    ok &= !Double.isNaN(c[u]);
                }
                if (ok) {
                    complete.add(u);
                }
            }
            int k = ch.size();
            double[][] z = new double[k][complete.size()];
            for (int j = 0; j < k; j++) {
                for (int r = 0; r < complete.size(); r++) {
                    z[j][r] = cols[j][complete.get(r)];
                }
            }
            double[][] corr = new double[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    corr[a][b] = a == b ? 1 : pearson(z[a], z[b]);
                }
            }
            double[] v = Eigen.leadingEigenvector(corr);
            double sum = Arrays.stream(v).sum();
            for (int j = 0; j < k; j++) {
                out.put(ch.get(j), sum < 0 ? -v[j] : v[j]);
            }
        }
        return out;
    }

    private static double covariance(DataSet data, String a, String b) {
        double[] x = data.column(a).orElseThrow(() -> new IllegalArgumentException("no column '" + a + "'"));
        double[] y = data.column(b).orElseThrow(() -> new IllegalArgumentException("no column '" + b + "'"));
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                s += (x[i] - mx) * (y[i] - my);
            }
        }
        return s / (n - 1);
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).average().orElse(Double.NaN);
        double my = Arrays.stream(y).average().orElse(Double.NaN);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double[] averageRanks(double[] x) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (p, q) -> Double.compare(x[p], x[q]));
        double[] r = new double[x.length];
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && x[idx[j + 1]] == x[idx[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[idx[t]] = avg;
            }
            i = j + 1;
        }
        return r;
    }
}
