package org.msptoolkit.learning.internal.qca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compares the chart solver with brute force (every subset of implicants, by size) on random
 * charts whose minimum covers need 3 to 7 implicants, so the bounds and reductions of every
 * search depth are exercised.
 */
class CoverSolverTest {

    @Test
    void allMinimumCoversMatchBruteForce() {
        int largest = 0;
        for (int seed = 1; seed <= 150; seed++) {
            Random rnd = new Random(seed);
            int rows = 8 + rnd.nextInt(14);
            int cols = 8 + rnd.nextInt(12);
            double density = 0.1 + 0.25 * rnd.nextDouble();
            long[][] cover = new long[cols][1];
            for (int j = 0; j < cols; j++) {
                for (int r = 0; r < rows; r++) {
                    if (rnd.nextDouble() < density) {
                        cover[j][0] |= 1L << r;
                    }
                }
            }
            for (int r = 0; r < rows; r++) { // every row coverable
                cover[rnd.nextInt(cols)][0] |= 1L << r;
            }
            for (boolean parallel : new boolean[] {false, true}) {
                CoverSolver.Result res = CoverSolver.solve(rows, cover, false, 1_000_000, parallel);
                Set<List<Integer>> got = new HashSet<>();
                for (int[] c : res.covers()) {
                    got.add(Arrays.stream(c).boxed().toList());
                }
                assertThat(got).as("seed " + seed + " parallel " + parallel).isEqualTo(bruteForce(rows, cover));
                assertThat(res.truncated()).isFalse();
                largest = Math.max(largest, res.covers().get(0).length);
            }
        }
        assertThat(largest)
                .as("the generated charts include large minimum covers")
                .isGreaterThanOrEqualTo(5);
    }

    private static Set<List<Integer>> bruteForce(int rows, long[][] cover) {
        long all = (1L << rows) - 1;
        int n = cover.length;
        int bestSize = Integer.MAX_VALUE;
        List<Integer> masks = new ArrayList<>();
        for (int m = 1; m < (1 << n); m++) {
            int size = Integer.bitCount(m);
            if (size > bestSize) {
                continue;
            }
            long u = 0;
            for (int j = 0; j < n; j++) {
                if ((m & (1 << j)) != 0) {
                    u |= cover[j][0];
                }
            }
            if (u == all) {
                if (size < bestSize) {
                    bestSize = size;
                    masks.clear();
                }
                masks.add(m);
            }
        }
        Set<List<Integer>> out = new HashSet<>();
        for (int m : masks) {
            List<Integer> c = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if ((m & (1 << j)) != 0) {
                    c.add(j);
                }
            }
            out.add(c);
        }
        return out;
    }
}
