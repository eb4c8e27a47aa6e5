package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.msptoolkit.composite.internal.Seeds;
import org.msptoolkit.composite.internal.Stats;

/**
 * Variance-based sensitivity analysis as COINr does it ({@code SA_sample}, {@code SA_estimate}):
 * a Saltelli design of N·(d + 2) points (matrices A, B and, for each input i, A with column i from B),
 * first-order indices Si = mean(y_B·(y_ABi − y_A))/V (Saltelli 2010) and total indices
 * STi = Σ(y_A − y_ABi)²/(2N·V) (Jansen), V = var(y_A ∪ y_B), with bootstrap intervals. Usable on any
 * model, not only composite indices.
 *
 * @since 0.1.0
 */
public final class SensitivityEstimators {
    private SensitivityEstimators() {}

    /**
     * The Saltelli design in the unit hypercube: rows {@code 0…N−1} are A, {@code N…2N−1} are B and
     * rows {@code (2 + i)·N …} are AB_i.
     *
     * @param n N, the base sample size
     * @param d the number of inputs
     * @param seed reproducibility seed
     * @return N·(d + 2) points, each with d coordinates in [0, 1)
     */
    public static double[][] saltelliDesign(int n, int d, long seed) {
        if (n < 2 || d < 1) {
            throw new IllegalArgumentException("need N ≥ 2 and d ≥ 1, not N = " + n + ", d = " + d);
        }
        SplittableRandom rng = Seeds.random(seed, 7, 0);
        double[][] x = new double[n * (d + 2)][d];
        for (int r = 0; r < 2 * n; r++) {
            for (int j = 0; j < d; j++) {
                x[r][j] = rng.nextDouble();
            }
        }
        for (int i = 0; i < d; i++) {
            for (int r = 0; r < n; r++) {
                double[] row = x[r].clone();
                row[i] = x[n + r][i];
                x[(2 + i) * n + r] = row;
            }
        }
        return x;
    }

    /**
     * Estimates first-order and total indices from model outputs on a {@link #saltelliDesign}.
     *
     * @param y outputs, in the order of the design rows
     * @param n N
     * @param names the inputs' names (d of them)
     * @param bootstrap number of bootstrap resamples for the intervals (0 = none, intervals NaN)
     * @param seed bootstrap seed
     * @return one index per input
     */
    public static List<SensitivityIndex> estimate(double[] y, int n, List<String> names, int bootstrap, long seed) {
        int d = names.size();
        if (y.length != n * (d + 2)) {
            throw new IllegalArgumentException("expected N·(d + 2) = " + n * (d + 2) + " outputs, got " + y.length);
        }
        int[] all = new int[n];
        for (int r = 0; r < n; r++) {
            all[r] = r;
        }
        double[][] point = indices(y, n, d, all);
        double[][] boot = new double[2 * d][bootstrap];
        for (int b = 0; b < bootstrap; b++) {
            SplittableRandom rng = Seeds.random(seed, 11, b);
            int[] idx = new int[n];
            for (int r = 0; r < n; r++) {
                idx[r] = rng.nextInt(n);
            }
            double[][] e = indices(y, n, d, idx);
            for (int i = 0; i < d; i++) {
                boot[i][b] = e[0][i];
                boot[d + i][b] = e[1][i];
            }
        }
        List<SensitivityIndex> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            double[] si = boot[i];
            double[] sti = boot[d + i];
            out.add(new SensitivityIndex(
                    names.get(i),
                    point[0][i],
                    point[1][i],
                    bootstrap == 0 ? Double.NaN : Stats.quantile(si, 0.05),
                    bootstrap == 0 ? Double.NaN : Stats.quantile(si, 0.95),
                    bootstrap == 0 ? Double.NaN : Stats.quantile(sti, 0.05),
                    bootstrap == 0 ? Double.NaN : Stats.quantile(sti, 0.95)));
        }
        return out;
    }

    /**
     * Returns {Si[], STi[]} using design rows idx.
     *
     * @return {Si[], STi[]} using design rows idx
     */
    private static double[][] indices(double[] y, int n, int d, int[] idx) {
        int m = idx.length;
        double[] ab = new double[2 * m];
        for (int r = 0; r < m; r++) {
            ab[r] = y[idx[r]];
            ab[m + r] = y[n + idx[r]];
        }
        double v = Stats.sd(ab);
        v = v * v;
        double[] si = new double[d];
        double[] sti = new double[d];
        for (int i = 0; i < d; i++) {
            double s1 = 0;
            double s2 = 0;
            for (int r = 0; r < m; r++) {
                double ya = y[idx[r]];
                double yb = y[n + idx[r]];
                double yabi = y[(2 + i) * n + idx[r]];
                s1 += yb * (yabi - ya);
                s2 += (ya - yabi) * (ya - yabi);
            }
            si[i] = s1 / m / v;
            sti[i] = s2 / (2.0 * m * v);
        }
        return new double[][] {si, sti};
    }
}
