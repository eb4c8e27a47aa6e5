package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prime implicants when only the given configurations may be covered (conservative solution:
 * positives only; intermediate solution: positives and easy counterfactuals). The allowed set is
 * small (observed rows plus chosen remainders), so terms are grown by merging cubes whose sibling
 * cubes for every value of one condition are all present.
 */
public final class ConservativeSearch {
    private ConservativeSearch() {}

    /**
     * Prime implicants inside the allowed set that cover at least one positive configuration.
     *
     * @param enc the encoding
     * @param pos positive configurations
     * @param dontCare further configurations that may be covered
     * @return the prime implicants, by complexity then value
     */
    public static List<Cube> primeImplicants(Encoding enc, long[] pos, long[] dontCare) {
        int k = enc.k();
        int full = k == 32 ? -1 : (1 << k) - 1;
        Set<Cube> current = new HashSet<>();
        for (long p : pos) {
            current.add(new Cube(full, p));
        }
        for (long p : dontCare) {
            current.add(new Cube(full, p));
        }
        List<Cube> primes = new ArrayList<>();
        while (!current.isEmpty()) {
            Set<Cube> next = new HashSet<>();
            Set<Cube> merged = new HashSet<>();
            for (Cube cube : current) {
                for (int m = cube.mask(); m != 0; m &= m - 1) {
                    int j = Integer.numberOfTrailingZeros(m);
                    if (enc.value(cube.bits(), j) != 0) {
                        continue; // each sibling group is handled once, from its value-0 member
                    }
                    long base = cube.bits() & ~enc.field(j);
                    boolean all = true;
                    for (int v = 1; v < enc.levels(j) && all; v++) {
                        all = current.contains(new Cube(cube.mask(), base | enc.place(j, v)));
                    }
                    if (all) {
                        next.add(new Cube(cube.mask() & ~(1 << j), base));
                        for (int v = 0; v < enc.levels(j); v++) {
                            merged.add(new Cube(cube.mask(), base | enc.place(j, v)));
                        }
                    }
                }
            }
            for (Cube cube : current) {
                if (!merged.contains(cube) && coversAny(enc, cube, pos)) {
                    primes.add(cube);
                }
            }
            current = next;
        }
        primes.sort(Comparator.comparingInt(Cube::complexity)
                .thenComparingInt(c -> -c.mask())
                .thenComparingLong(Cube::bits));
        return primes;
    }

    private static boolean coversAny(Encoding enc, Cube cube, long[] pos) {
        long f = enc.fields(cube.mask());
        for (long p : pos) {
            if ((p & f) == cube.bits()) {
                return true;
            }
        }
        return false;
    }
}
