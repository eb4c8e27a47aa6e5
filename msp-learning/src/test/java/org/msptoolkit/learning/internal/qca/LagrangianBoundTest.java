package org.msptoolkit.learning.internal.qca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msptoolkit.testkit.Property;

/**
 * The Lagrangian set-cover bound: hand-computed values on small instances, and the defining property
 * (never above the exact minimum cover, found by brute force) on generated instances.
 */
class LagrangianBoundTest {
    private static final int STEPS = 100;

    private static long[] rows(int... rs) {
        long[] bits = new long[2];
        for (int r : rs) {
            bits[r >>> 6] |= 1L << r;
        }
        return bits;
    }

    @Test
    void disjointColumnsNeedOneColumnPerRow() {
        // L(u) = Σ min(u_r, 1) for singleton columns: 3 at u ≥ 1, the exact minimum.
        LagrangianBound lag = new LagrangianBound(3, new int[][] {{0}, {1}, {2}});
        assertThat(lag.bound(rows(0, 1, 2), new boolean[3], 10, STEPS, null)).isEqualTo(3);
    }

    @Test
    void triangleBoundIsTheCeilingOfTheLinearRelaxation() {
        // Rows 0,1,2; columns {0,1}, {1,2}, {0,2}: LP optimum 3/2 (x = 1/2 each), so the bound is 2 = the minimum.
        LagrangianBound lag = new LagrangianBound(3, new int[][] {{0, 1}, {1, 2}, {0, 2}});
        assertThat(lag.bound(rows(0, 1, 2), new boolean[3], 10, STEPS, null)).isEqualTo(2);
    }

    @Test
    void oneColumnCoveringEverythingBoundsAtOne() {
        // u = 1/2: L = 2 + (1 − 2) + 0 + 0 = 1, and no u gives more than the minimum 1.
        LagrangianBound lag = new LagrangianBound(4, new int[][] {{0, 1, 2, 3}, {0}, {1}});
        assertThat(lag.bound(rows(0, 1, 2, 3), new boolean[3], 10, STEPS, null)).isEqualTo(1);
    }

    @Test
    void onlyUncoveredRowsAndAllowedColumnsCount() {
        int[][] triangle = {{0, 1}, {1, 2}, {0, 2}};
        LagrangianBound lag = new LagrangianBound(3, triangle);
        // Row 2 already covered: {0,1} alone covers rows 0 and 1.
        assertThat(lag.bound(rows(0, 1), new boolean[3], 10, STEPS, null)).isEqualTo(1);
        // Without {0,1}, rows 0 and 1 each need their own column ({0,2} and {1,2}).
        assertThat(lag.bound(rows(0, 1), new boolean[] {true, false, false}, 10, STEPS, null))
                .isEqualTo(2);
        // Nothing left to cover.
        assertThat(lag.bound(rows(), new boolean[3], 10, STEPS, null)).isZero();
    }

    @Test
    void reachingTheTargetPrunes() {
        LagrangianBound lag = new LagrangianBound(3, new int[][] {{0}, {1}, {2}});
        assertThat(lag.bound(rows(0, 1, 2), new boolean[3], 2, STEPS, null)).isEqualTo(2);
    }

    @Test
    void columnsWhoseReducedCostReachesTheTargetAreFixedOut() {
        // Rows 0,1; columns {0,1}, {0}, {1}. Best multipliers (1/2, 1/2) give L = 1 and reduced costs
        // 0, 1/2, 1/2: a cover of fewer than 2 columns cannot use {0} or {1} (1 + 1/2 rounds up to 2).
        LagrangianBound lag = new LagrangianBound(2, new int[][] {{0, 1}, {0}, {1}});
        boolean[] fix = new boolean[3];
        assertThat(lag.bound(rows(0, 1), new boolean[3], 2, STEPS, fix)).isEqualTo(1);
        assertThat(fix).containsExactly(false, true, true);
    }

    @Test
    void neverAboveTheExactMinimumCoverAndFixesOnlyColumnsNoSmallerCoverUses() {
        Property.forAll(400, Instance::random, LagrangianBoundTest::checkBound);
    }

    @Test
    void rowsBeyondTheFirstWordAreBoundToo() {
        Property.forAll(60, seed -> Instance.random(seed, 64, 6), LagrangianBoundTest::checkBound);
    }

    private static void checkBound(Instance in) {
        LagrangianBound lag = new LagrangianBound(in.rows, in.cols);
        Random rnd = new Random(in.seed);
        for (int trial = 0; trial < 4; trial++) { // the same object again: multipliers are warm-started
            boolean[] forbidden = new boolean[in.cols.length];
            for (int j = 0; j < forbidden.length; j++) {
                forbidden[j] = rnd.nextInt(5) == 0;
            }
            long[] uncovered = new long[(in.rows + 63) / 64 + 1];
            for (int r = 0; r < in.rows; r++) {
                if (rnd.nextInt(4) != 0) {
                    uncovered[r >>> 6] |= 1L << r;
                }
            }
            int min = in.minimumCover(uncovered, forbidden, -1);
            if (min == Integer.MAX_VALUE) {
                continue; // no cover without the forbidden columns
            }
            int target = 1 + rnd.nextInt(min + 2);
            boolean[] fix = new boolean[in.cols.length];
            int bound = lag.bound(uncovered, forbidden, target, STEPS, fix);
            assertThat(bound)
                    .as("bound with target %d, exact minimum %d", target, min)
                    .isLessThanOrEqualTo(min);
            for (int j = 0; j < fix.length; j++) {
                if (fix[j]) {
                    assertThat(in.minimumCover(uncovered, forbidden, j))
                            .as("fixed-out column %d with target %d", j, target)
                            .isGreaterThanOrEqualTo(target);
                }
            }
        }
    }

    /** A random set-cover instance: every column covers at least one row, every row is in some column. */
    private record Instance(long seed, int rows, int[][] cols) {
        static Instance random(long seed) {
            Random rnd = new Random(seed);
            return random(seed, 1 + rnd.nextInt(9), 1 + rnd.nextInt(9));
        }

        static Instance random(long seed, int firstRow, int extraRows) {
            Random rnd = new Random(seed * 31 + 7);
            int rows = firstRow + extraRows;
            int n = 1 + rnd.nextInt(9);
            int[][] cols = new int[n + 1][];
            boolean[] seen = new boolean[rows];
            for (int j = 0; j < n; j++) {
                int[] c = rnd.ints(1 + rnd.nextInt(Math.min(rows, 4)), 0, rows)
                        .distinct()
                        .sorted()
                        .toArray();
                for (int r : c) {
                    seen[r] = true;
                }
                cols[j] = c;
            }
            int[] rest = java.util.stream.IntStream.range(0, rows)
                    .filter(r -> !seen[r])
                    .toArray();
            cols[n] = rest.length > 0 ? rest : new int[] {rnd.nextInt(rows)};
            return new Instance(seed, rows, cols);
        }

        /** Fewest allowed columns covering the uncovered rows (with column {@code must} in it, if ≥ 0); MAX_VALUE if none. */
        int minimumCover(long[] uncovered, boolean[] forbidden, int must) {
            int best = Integer.MAX_VALUE;
            for (int set = 0; set < 1 << cols.length; set++) {
                if (must >= 0 && (set & 1 << must) == 0) {
                    continue;
                }
                long[] left = Arrays.copyOf(uncovered, uncovered.length);
                boolean allowed = true;
                for (int j = 0; j < cols.length && allowed; j++) {
                    if ((set & 1 << j) != 0) {
                        allowed = !forbidden[j];
                        for (int r : cols[j]) {
                            left[r >>> 6] &= ~(1L << r);
                        }
                    }
                }
                if (allowed && Arrays.stream(left).allMatch(w -> w == 0)) {
                    best = Math.min(best, Integer.bitCount(set));
                }
            }
            return best;
        }

        @Override
        public String toString() {
            return "rows " + rows + ", columns " + Arrays.deepToString(cols);
        }
    }
}
