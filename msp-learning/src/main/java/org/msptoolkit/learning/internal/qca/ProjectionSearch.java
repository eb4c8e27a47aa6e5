package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Level-wise prime implicant search with remainders as don't cares, after the CCubes idea (Dusa 2018),
 * kept as an independent cross-check of {@link ParsimoniousSearch}:
 * candidate terms are the projections of the positive configurations on sets S of conditions,
 * explored by increasing complexity. A projection is an implicant when no negative configuration
 * has the same projection. It is prime when, in addition, each of its one-literal-shorter
 * sub-terms meets a negative configuration — which is looked up in the (sorted) sets of
 * non-implicant projections kept from the previous level, so no sub-term enumeration is needed.
 * A condition set whose sub-sets have no non-implicant projection left is skipped with all its
 * supersets, and the search ends at the first level where no non-implicant projection remains.
 * Condition sets of one level are processed in parallel.
 */
public final class ProjectionSearch {
    private static final long[] EMPTY = new long[0];

    private ProjectionSearch() {}

    /**
     * All prime implicants that cover at least one positive configuration.
     *
     * @param enc the encoding
     * @param pos positive configurations (distinct)
     * @param neg configurations a term must not cover (negatives, contradictions)
     * @param parallel whether to use all cores
     * @return the prime implicants, by complexity then condition set
     */
    public static List<Cube> primeImplicants(Encoding enc, long[] pos, long[] neg, boolean parallel) {
        int k = enc.k();
        List<Cube> result = new ArrayList<>();
        if (pos.length == 0) {
            return result;
        }
        if (neg.length == 0) {
            result.add(new Cube(0, 0));
            return result;
        }
        long[][] invalid = new long[1 << k][];
        long[][] pis = new long[1 << k][];
        invalid[0] = new long[] {0L};
        long[] field = new long[k];
        for (int j = 0; j < k; j++) {
            field[j] = enc.field(j);
        }
        int[] previous = {0};
        for (int c = 1; c <= k; c++) {
            int[] masks = masksOfSize(k, c);
            IntStream range = IntStream.range(0, masks.length);
            if (parallel && masks.length > 64) {
                int chunk = Math.max(16, masks.length / (Runtime.getRuntime().availableProcessors() * 8));
                int chunks = (masks.length + chunk - 1) / chunk;
                IntStream.range(0, chunks).parallel().forEach(ch -> {
                    Worker w = new Worker(pos.length, neg.length);
                    int end = Math.min(masks.length, (ch + 1) * chunk);
                    for (int t = ch * chunk; t < end; t++) {
                        w.process(enc, masks[t], pos, neg, field, invalid, pis);
                    }
                });
            } else {
                Worker w = new Worker(pos.length, neg.length);
                range.forEach(t -> w.process(enc, masks[t], pos, neg, field, invalid, pis));
            }
            boolean anyInvalid = false;
            for (int m : masks) {
                if (pis[m] != null) {
                    for (long b : pis[m]) {
                        result.add(new Cube(m, b));
                    }
                    pis[m] = null;
                }
                anyInvalid |= invalid[m].length > 0;
            }
            for (int m : previous) {
                invalid[m] = null; // no longer needed
            }
            previous = masks;
            if (!anyInvalid) {
                break;
            }
        }
        return result;
    }

    /** Per-thread buffers: a reusable hash set of projections and scratch arrays. */
    private static final class Worker {
        private final LongSet posSet;
        private final LongSet negSet;
        private final long[][] drops;
        private final long[] dropField;
        private final long[] inv;
        private final long[] pi;
        private final int[] dropVar;

        Worker(int p, int n) {
            posSet = new LongSet(p);
            negSet = new LongSet(n);
            drops = new long[32][];
            dropField = new long[32];
            dropVar = new int[32];
            inv = new long[Math.max(p, 1)];
            pi = new long[Math.max(p, 1)];
        }

        void process(Encoding enc, int s, long[] pos, long[] neg, long[] field, long[][] invalid, long[][] pis) {
            int c = 0;
            int smallest = 0;
            for (int m = s; m != 0; m &= m - 1) {
                int j = Integer.numberOfTrailingZeros(m);
                long[] d = invalid[s & ~(1 << j)];
                if (d.length == 0) {
                    invalid[s] = EMPTY; // every projection on this set is an implicant, none prime
                    return;
                }
                drops[c] = d;
                dropField[c] = field[j];
                dropVar[c] = j;
                if (d.length < drops[smallest].length) {
                    smallest = c;
                }
                c++;
            }
            long fb = enc.fields(s);
            // candidates: extend each non-implicant of the most selective sub-set by a value of the dropped condition
            int jStar = dropVar[smallest];
            long[] base = drops[smallest];
            int levels = enc.levels(jStar);
            boolean posBuilt = false;
            boolean negBuilt = false;
            int ni = 0;
            int np = 0;
            for (long u : base) {
                for (int v = 0; v < levels; v++) {
                    long key = u | enc.place(jStar, v);
                    if (!posBuilt) {
                        posSet.clear();
                        for (long p : pos) {
                            posSet.add(p & fb);
                        }
                        posBuilt = true;
                    }
                    if (!posSet.contains(key)) {
                        continue; // covers no positive configuration
                    }
                    boolean ok = true;
                    for (int t = 0; t < c && ok; t++) {
                        if (t != smallest) {
                            ok = Arrays.binarySearch(drops[t], key & ~dropField[t]) >= 0;
                        }
                    }
                    if (!ok) {
                        continue;
                    }
                    if (!negBuilt) {
                        negSet.clear();
                        for (long n : neg) {
                            negSet.add(n & fb);
                        }
                        negBuilt = true;
                    }
                    if (negSet.contains(key)) {
                        inv[ni++] = key;
                    } else {
                        pi[np++] = key;
                    }
                }
            }
            if (ni == 0) {
                invalid[s] = EMPTY;
            } else {
                long[] out = Arrays.copyOf(inv, ni);
                Arrays.sort(out);
                invalid[s] = out;
            }
            if (np > 0) {
                long[] out = Arrays.copyOf(pi, np);
                Arrays.sort(out);
                pis[s] = out;
            }
        }
    }

    /** Open-addressing set of longs, cleared in O(1) by a generation stamp. */
    private static final class LongSet {
        private final long[] keys;
        private final int[] stamp;
        private final int mask;
        private int generation = 1;

        LongSet(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) << 1;
            keys = new long[cap];
            stamp = new int[cap];
            mask = cap - 1;
        }

        void clear() {
            generation++;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        void add(long key) {
            int i = slot(key);
            while (stamp[i] == generation) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            stamp[i] = generation;
            keys[i] = key;
        }

        boolean contains(long key) {
            int i = slot(key);
            while (stamp[i] == generation) {
                if (keys[i] == key) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }
    }

    /**
     * All k-bit masks with c bits set, in increasing order (Gosper's hack).
     *
     * @param k number of bits
     * @param c bits set
     * @return the masks
     */
    static int[] masksOfSize(int k, int c) {
        long count = binomial(k, c);
        int[] out = new int[(int) count];
        int m = (1 << c) - 1;
        for (int i = 0; i < out.length; i++) {
            out[i] = m;
            int u = m & -m;
            int v = m + u;
            m = v + (((v ^ m) / u) >> 2);
        }
        return out;
    }

    private static long binomial(int n, int r) {
        long b = 1;
        for (int i = 1; i <= r; i++) {
            b = b * (n - r + i) / i;
        }
        return b;
    }
}
