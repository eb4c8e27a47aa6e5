package org.msptoolkit.learning.internal.qca;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/** Enumerates the configurations of cubes, e.g. the remainders a model covers. */
public final class Remainders {
    /** Most configurations enumerated for one question (2^20). */
    public static final long LIMIT = 1L << 20;

    private Remainders() {}

    /**
     * The sorted distinct configurations covered by the cubes that the filter accepts.
     *
     * @param enc the encoding
     * @param cubes the cubes
     * @param accept which configurations to keep (e.g. not observed)
     * @return sorted packed configurations
     * @throws IllegalStateException when the cubes span more than {@link #LIMIT} configurations
     */
    public static long[] covered(Encoding enc, List<Cube> cubes, LongPredicate accept) {
        long total = 0;
        for (Cube c : cubes) {
            total += enc.size(c.mask());
            if (total > LIMIT) {
                throw new IllegalStateException("the terms span more than " + LIMIT + " configurations");
            }
        }
        long[] out = new long[(int) total];
        int[] n = {0};
        for (Cube c : cubes) {
            forEach(enc, c, x -> {
                if (accept.test(x)) {
                    out[n[0]++] = x;
                }
            });
        }
        long[] r = Arrays.copyOf(out, n[0]);
        Arrays.sort(r);
        return Arrays.stream(r).distinct().toArray();
    }

    /**
     * Visits every configuration of a cube.
     *
     * @param enc the encoding
     * @param c the cube
     * @param visit the visitor
     */
    public static void forEach(Encoding enc, Cube c, LongConsumer visit) {
        int k = enc.k();
        int[] free = new int[k];
        int nf = 0;
        for (int j = 0; j < k; j++) {
            if ((c.mask() & (1 << j)) == 0) {
                free[nf++] = j;
            }
        }
        int[] v = new int[nf];
        while (true) {
            long x = c.bits();
            for (int t = 0; t < nf; t++) {
                x |= enc.place(free[t], v[t]);
            }
            visit.accept(x);
            int t = 0;
            while (t < nf && ++v[t] == enc.levels(free[t])) {
                v[t] = 0;
                t++;
            }
            if (t == nf) {
                return;
            }
        }
    }
}
