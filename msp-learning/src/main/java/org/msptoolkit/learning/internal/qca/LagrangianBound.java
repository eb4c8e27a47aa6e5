package org.msptoolkit.learning.internal.qca;

import java.util.Arrays;

/**
 * Lagrangian lower bound for a set-cover node (Beasley 1990): for any row multipliers u ≥ 0,
 * L(u) = Σ u_r + Σ_j min(0, 1 − Σ_{r ∈ j} u_r) is at most the size of every cover, and a column
 * whose reduced cost 1 − Σ_{r ∈ j} u_r is positive adds that cost to any cover using it. The
 * multipliers are improved by subgradient steps and kept between calls (warm start). One instance
 * per thread.
 */
final class LagrangianBound {
    private static final double EPS = 1e-6;

    private final int[][] colRows;
    private final double[] u;
    private final double[] bestU;
    private final double[] g;
    private final double[] rc;
    private final int[] live;

    LagrangianBound(int rows, int[][] colRows) {
        this.colRows = colRows;
        this.u = new double[rows];
        this.bestU = new double[rows];
        this.g = new double[rows];
        this.rc = new double[colRows.length];
        this.live = new int[rows];
        Arrays.fill(u, 0.5);
    }

    /**
     * Bounds a node.
     *
     * @param uncovered rows still to cover
     * @param forbidden columns that may not be used
     * @param target prune when the bound reaches this many further columns
     * @param iterations subgradient steps
     * @param fixOut receives columns that cannot be part of a cover smaller than target (may be null)
     * @return the bound (rounded up), or target when the node can be pruned
     */
    int bound(long[] uncovered, boolean[] forbidden, int target, int iterations, boolean[] fixOut) {
        int nl = 0;
        for (int w = 0; w < uncovered.length; w++) {
            for (long b = uncovered[w]; b != 0; b &= b - 1) {
                live[nl++] = (w << 6) + Long.numberOfTrailingZeros(b);
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        double lambda = 1.0;
        int stale = 0;
        for (int it = 0; it < iterations; it++) {
            double l = 0;
            for (int t = 0; t < nl; t++) {
                l += u[live[t]];
                g[live[t]] = 1;
            }
            for (int j = 0; j < colRows.length; j++) {
                if (forbidden[j]) {
                    continue;
                }
                double s = 0;
                boolean any = false;
                for (int r : colRows[j]) {
                    if ((uncovered[r >>> 6] & (1L << r)) != 0) {
                        s += u[r];
                        any = true;
                    }
                }
                if (!any) {
                    rc[j] = Double.POSITIVE_INFINITY;
                    continue;
                }
                rc[j] = 1 - s;
                if (rc[j] < 0) {
                    l += rc[j];
                    for (int r : colRows[j]) {
                        if ((uncovered[r >>> 6] & (1L << r)) != 0) {
                            g[r] -= 1;
                        }
                    }
                }
            }
            if (l > best + EPS) {
                best = l;
                stale = 0;
                for (int t = 0; t < nl; t++) {
                    bestU[live[t]] = u[live[t]];
                }
                if (Math.ceil(best - EPS) >= target) {
                    return target;
                }
            } else if (++stale >= 5) {
                lambda /= 2;
                stale = 0;
            }
            double norm = 0;
            for (int t = 0; t < nl; t++) {
                norm += g[live[t]] * g[live[t]];
            }
            if (norm == 0) {
                break; // optimal multipliers
            }
            double step = lambda * Math.max(0.1, target - l) / norm;
            for (int t = 0; t < nl; t++) {
                int r = live[t];
                u[r] = Math.max(0, u[r] + step * g[r]);
            }
        }
        for (int t = 0; t < nl; t++) {
            u[live[t]] = bestU[live[t]];
        }
        if (fixOut != null) {
            for (int j = 0; j < colRows.length; j++) {
                if (forbidden[j]) {
                    continue;
                }
                double s = 0;
                for (int r : colRows[j]) {
                    if ((uncovered[r >>> 6] & (1L << r)) != 0) {
                        s += u[r];
                    }
                }
                double c = 1 - s;
                if (c > 0 && Math.ceil(best + c - EPS) >= target) {
                    fixOut[j] = true;
                }
            }
        }
        return (int) Math.ceil(best - EPS);
    }
}
