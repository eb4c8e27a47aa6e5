package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact prime implicant search with remainders as don't cares, after the CCubes idea (Dusa 2018):
 * candidate terms are the projections of the positive configurations on sets S of conditions,
 * explored by increasing complexity. A projection is an implicant when no negative configuration
 * has the same projection. It is prime when, in addition, each of its one-literal-shorter
 * sub-terms meets a negative configuration — which is looked up in the (sorted) sets of
 * non-implicant projections kept from the previous level, so no sub-term enumeration is needed.
 * A condition set whose sub-sets have no non-implicant projection left is skipped with all its
 * supersets, and the search ends at the first level where no non-implicant projection remains.
 * Condition sets of one level are processed in parallel.
 */
public final class ParsimoniousSearch {
    private static final long[] EMPTY = new long[0];

    private ParsimoniousSearch() {
    }

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

    /** Per-thread buffers. */
    private static final class Worker {
        private final long[] cand;
        private final long[] negKeys;

        Worker(int p, int n) {
            cand = new long[p];
            negKeys = new long[n];
        }

        void process(Encoding enc, int s, long[] pos, long[] neg, long[] field, long[][] invalid, long[][] pis) {
            int c = Integer.bitCount(s);
            long[][] drops = new long[c][];
            long[] dropField = new long[c];
            int d = 0;
            for (int m = s; m != 0; m &= m - 1) {
                int j = Integer.numberOfTrailingZeros(m);
                long[] inv = invalid[s & ~(1 << j)];
                if (inv.length == 0) {
                    invalid[s] = EMPTY; // every projection on this set is an implicant, none prime
                    return;
                }
                drops[d] = inv;
                dropField[d++] = field[j];
            }
            // check the most selective sub-set first
            for (int a = 1; a < c; a++) {
                for (int b = a; b > 0 && drops[b].length < drops[b - 1].length; b--) {
                    long[] t = drops[b];
                    drops[b] = drops[b - 1];
                    drops[b - 1] = t;
                    long f = dropField[b];
                    dropField[b] = dropField[b - 1];
                    dropField[b - 1] = f;
                }
            }
            long fb = enc.fields(s);
            int m = 0;
            outer:
            for (long p : pos) {
                long key = p & fb;
                for (int t = 0; t < c; t++) {
                    if (Arrays.binarySearch(drops[t], key & ~dropField[t]) < 0) {
                        continue outer; // a shorter sub-term is an implicant: key is not prime, and is an implicant
                    }
                }
                cand[m++] = key;
            }
            if (m == 0) {
                invalid[s] = EMPTY;
                return;
            }
            Arrays.sort(cand, 0, m);
            for (int i = 0; i < neg.length; i++) {
                negKeys[i] = neg[i] & fb;
            }
            Arrays.sort(negKeys, 0, neg.length);
            long[] inv = new long[m];
            long[] pi = new long[m];
            int ni = 0;
            int np = 0;
            long last = 0;
            for (int i = 0; i < m; i++) {
                long key = cand[i];
                if (i > 0 && key == last) {
                    continue;
                }
                last = key;
                if (Arrays.binarySearch(negKeys, 0, neg.length, key) >= 0) {
                    inv[ni++] = key;
                } else {
                    pi[np++] = key;
                }
            }
            invalid[s] = ni == 0 ? EMPTY : Arrays.copyOf(inv, ni);
            if (np > 0) {
                pis[s] = Arrays.copyOf(pi, np);
            }
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
