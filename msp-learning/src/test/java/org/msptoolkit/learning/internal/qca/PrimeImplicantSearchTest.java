package org.msptoolkit.learning.internal.qca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the two independent exact prime implicant searches with remainders (minimal
 * transversals by MMCS, and level-wise projections) on random sparse tables with up to 14
 * conditions, binary and multi-value, where the brute force would be too slow.
 */
class PrimeImplicantSearchTest {

    @Test
    void transversalAndProjectionSearchesAgreeOnBinaryTables() {
        for (int seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            int k = 6 + rnd.nextInt(9);
            int[] levels = new int[k];
            Arrays.fill(levels, 2);
            compare(seed, levels, rnd);
        }
    }

    @Test
    void transversalAndProjectionSearchesAgreeOnMultiValueTables() {
        for (int seed = 100; seed <= 130; seed++) {
            Random rnd = new Random(seed);
            int k = 4 + rnd.nextInt(6);
            int[] levels = new int[k];
            for (int j = 0; j < k; j++) {
                levels[j] = 2 + rnd.nextInt(3);
            }
            compare(seed, levels, rnd);
        }
    }

    @Test
    void minimalEdgesKeepsOnlyInclusionMinimalSets() {
        assertThat(ParsimoniousSearch.minimalEdges(new int[] {0b111, 0b011, 0b110, 0b011, 0b100}))
                .containsExactly(0b100, 0b011);
    }

    private static void compare(int seed, int[] levels, Random rnd) {
        Encoding enc = new Encoding(levels);
        int n = 10 + rnd.nextInt(120);
        Set<Long> seen = new HashSet<>();
        long[] pos = new long[n];
        long[] neg = new long[n];
        int np = 0;
        int nn = 0;
        double share = 0.2 + 0.6 * rnd.nextDouble();
        for (int c = 0; c < n; c++) {
            int[] v = new int[levels.length];
            for (int j = 0; j < v.length; j++) {
                v[j] = rnd.nextInt(levels[j]);
            }
            long code = enc.encode(v);
            if (seen.add(code)) {
                if (rnd.nextDouble() < share) {
                    pos[np++] = code;
                } else {
                    neg[nn++] = code;
                }
            }
        }
        if (np == 0) {
            return;
        }
        long[] p = Arrays.copyOf(pos, np);
        long[] q = Arrays.copyOf(neg, nn);
        for (boolean parallel : new boolean[] {false, true}) {
            List<Cube> a = ParsimoniousSearch.primeImplicants(enc, p, q, parallel);
            List<Cube> b = ProjectionSearch.primeImplicants(enc, p, q, parallel);
            assertThat(a)
                    .as("seed " + seed + " levels " + Arrays.toString(levels))
                    .isNotEmpty()
                    .isEqualTo(b);
        }
    }
}
