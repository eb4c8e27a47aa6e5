package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact prime implicant search with remainders as don't cares, as minimal hitting sets.
 *
 * <p>A term that fixes the conditions S at the values of a positive configuration p covers a
 * negative configuration n exactly when p and n agree on every condition of S. So it is an
 * implicant when S meets the difference set D(p, n) (conditions where p and n differ) of every
 * negative n, and it is prime when no condition can be dropped from S — i.e. S is a minimal
 * transversal of the hypergraph {D(p, n)}. The prime implicants that cover at least one positive
 * configuration are therefore the union over positives p of the minimal transversals of their
 * difference hypergraphs (Berge 1989). Each hypergraph is reduced to its minimal edges and its
 * transversals are enumerated with MMCS (Murakami and Uno 2014), which needs no sub-term look-ups;
 * positives are processed in parallel and a term is reported only from the first positive it covers.
 */
public final class ParsimoniousSearch {
    private ParsimoniousSearch() {}

    /**
     * All prime implicants that cover at least one positive configuration.
     *
     * @param enc the encoding
     * @param pos positive configurations (distinct)
     * @param neg configurations a term must not cover (negatives, contradictions)
     * @param parallel whether to use all cores
     * @return the prime implicants, by complexity, then condition set, then values
     */
    public static List<Cube> primeImplicants(Encoding enc, long[] pos, long[] neg, boolean parallel) {
        List<Cube> result = new ArrayList<>();
        if (pos.length == 0) {
            return result;
        }
        if (neg.length == 0) {
            result.add(new Cube(0, 0));
            return result;
        }
        int k = enc.k();
        long[] field = new long[k];
        for (int j = 0; j < k; j++) {
            field[j] = enc.field(j);
        }
        int[][] found = new int[pos.length][];
        IntStream range = IntStream.range(0, pos.length);
        (parallel ? range.parallel() : range).forEach(i -> found[i] = forPositive(enc, field, pos, i, neg));
        int total = 0;
        for (int[] f : found) {
            total += f.length;
        }
        long[] keys = new long[total];
        int t = 0;
        for (int i = 0; i < pos.length; i++) {
            for (int s : found[i]) {
                // order: complexity, then mask; the positive index breaks ties and is re-sorted below
                keys[t++] = ((long) Integer.bitCount(s) << 58) | ((long) s << 26) | i;
            }
        }
        Arrays.sort(keys);
        int from = 0;
        while (from < keys.length) {
            int to = from;
            long group = keys[from] >>> 26;
            while (to < keys.length && keys[to] >>> 26 == group) {
                to++;
            }
            int mask = (int) ((keys[from] >>> 26) & ((1L << 32) - 1));
            long fb = enc.fields(mask);
            long[] bits = new long[to - from];
            for (int u = from; u < to; u++) {
                bits[u - from] = pos[(int) (keys[u] & ((1L << 26) - 1))] & fb;
            }
            Arrays.sort(bits);
            for (long b : bits) {
                result.add(new Cube(mask, b));
            }
            from = to;
        }
        return result;
    }

    /** The condition sets of the prime implicants through positive {@code i} that cover no earlier positive. */
    private static int[] forPositive(Encoding enc, long[] field, long[] pos, int i, long[] neg) {
        long p = pos[i];
        int k = field.length;
        int[] d = new int[neg.length];
        for (int e = 0; e < neg.length; e++) {
            long x = p ^ neg[e];
            int s = 0;
            for (int j = 0; j < k; j++) {
                if ((x & field[j]) != 0) {
                    s |= 1 << j;
                }
            }
            d[e] = s;
        }
        int[] edges = minimalEdges(d);
        if (edges.length > 0 && edges[0] == 0) {
            return new int[0]; // the positive equals a negative: no implicant covers it
        }
        Mmcs m = new Mmcs(k, edges);
        m.run();
        int[] out = new int[m.count];
        int n = 0;
        for (int t = 0; t < m.count; t++) {
            int s = m.out[t];
            long fb = enc.fields(s);
            long b = p & fb;
            boolean earlier = false;
            for (int q = 0; q < i && !earlier; q++) {
                earlier = (pos[q] & fb) == b;
            }
            if (!earlier) {
                out[n++] = s;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The inclusion-minimal distinct sets among {@code d}, smallest first. */
    static int[] minimalEdges(int[] d) {
        Integer[] sorted = Arrays.stream(d).boxed().toArray(Integer[]::new);
        Arrays.sort(
                sorted,
                Comparator.comparingInt((Integer s) -> Integer.bitCount(s)).thenComparingInt(s -> s));
        int[] kept = new int[d.length];
        int n = 0;
        for (int s : sorted) {
            boolean dominated = false;
            for (int t = 0; t < n && !dominated; t++) {
                dominated = (kept[t] & ~s) == 0;
            }
            if (!dominated) {
                kept[n++] = s;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    /** MMCS enumeration of the minimal transversals of a hypergraph on at most 30 vertices. */
    private static final class Mmcs {
        private final int k;
        private final int[] edges;
        private final int words;
        private final long[][] occ;
        private final long[][] uncov;
        private final long[][][] crit;
        private int[] out = new int[16];
        private int count;

        Mmcs(int k, int[] edges) {
            this.k = k;
            this.edges = edges;
            this.words = Math.max(1, (edges.length + 63) >>> 6);
            occ = new long[k][words];
            for (int e = 0; e < edges.length; e++) {
                for (int s = edges[e]; s != 0; s &= s - 1) {
                    int j = Integer.numberOfTrailingZeros(s);
                    occ[j][e >>> 6] |= 1L << e;
                }
            }
            uncov = new long[k + 2][words];
            crit = new long[k + 2][k][words];
            for (int e = 0; e < edges.length; e++) {
                uncov[0][e >>> 6] |= 1L << e;
            }
        }

        void run() {
            int all = k == 32 ? -1 : (1 << k) - 1;
            search(0, 0, all);
        }

        private void search(int depth, int s, int cand) {
            long[] u = uncov[depth];
            int bestEdge = -1;
            int bestCount = Integer.MAX_VALUE;
            for (int w = 0; w < words; w++) {
                for (long b = u[w]; b != 0; b &= b - 1) {
                    int e = (w << 6) + Long.numberOfTrailingZeros(b);
                    int c = Integer.bitCount(edges[e] & cand);
                    if (c < bestCount) {
                        bestCount = c;
                        bestEdge = e;
                        if (c == 0) {
                            return; // an uncovered edge can no longer be hit
                        }
                    }
                }
            }
            if (bestEdge < 0) {
                emit(s);
                return;
            }
            int c = edges[bestEdge] & cand;
            cand &= ~c;
            for (int r = c; r != 0; r &= r - 1) {
                int v = Integer.numberOfTrailingZeros(r);
                if (add(depth, s, v)) {
                    search(depth + 1, s | (1 << v), cand);
                }
                cand |= 1 << v;
            }
        }

        /** Prepares level depth + 1 for S + v; false when some element of S would lose its last critical edge. */
        private boolean add(int depth, int s, int v) {
            long[] ov = occ[v];
            long[][] from = crit[depth];
            long[][] to = crit[depth + 1];
            for (int r = s; r != 0; r &= r - 1) {
                int x = Integer.numberOfTrailingZeros(r);
                long any = 0;
                long[] f = from[x];
                long[] t = to[x];
                for (int w = 0; w < words; w++) {
                    t[w] = f[w] & ~ov[w];
                    any |= t[w];
                }
                if (any == 0) {
                    return false;
                }
            }
            long[] u = uncov[depth];
            long[] nu = uncov[depth + 1];
            long[] cv = to[v];
            for (int w = 0; w < words; w++) {
                cv[w] = u[w] & ov[w];
                nu[w] = u[w] & ~ov[w];
            }
            return true;
        }

        private void emit(int s) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = s;
        }
    }
}
