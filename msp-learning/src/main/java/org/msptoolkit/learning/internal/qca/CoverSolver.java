package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Solves a prime implicant chart exactly: finds the essential prime implicants and then every
 * cover of minimum size (fewest prime implicants) by branch and bound over classes of
 * interchangeable implicants — branching on the uncovered configuration with the fewest candidate
 * implicants, forbidding earlier siblings so each cover is found once, and pruning with three lower
 * bounds (a greedy dual solution of the covering LP, the largest implicant, and a Lagrangian bound
 * whose reduced costs also exclude implicants that cannot be part of a small enough cover). The
 * last two picks are made directly. The first level of branches runs in parallel.
 */
public final class CoverSolver {
    /**
     * Result of solving the chart: working arrays handed to the caller, not a value (no equality by
     * content), hence a class rather than a record.
     */
    public static final class Result {
        private final int[] kept;
        private final int[] essential;
        private final List<int[]> covers;
        private final boolean truncated;

        Result(int[] kept, int[] essential, List<int[]> covers, boolean truncated) {
            this.kept = kept;
            this.essential = essential;
            this.covers = covers;
            this.truncated = truncated;
        }

        /**
         * Returns the indices of the implicants left after dominance.
         *
         * @return the indices of the implicants left after dominance
         */
        public int[] kept() {
            return kept;
        }

        /**
         * Returns the indices of the essential prime implicants.
         *
         * @return the indices of the essential prime implicants
         */
        public int[] essential() {
            return essential;
        }

        /**
         * Returns every minimum cover found, each as implicant indices.
         *
         * @return every minimum cover found, each as implicant indices
         */
        public List<int[]> covers() {
            return covers;
        }

        /**
         * Returns whether the search stopped at the cover limit.
         *
         * @return whether the search stopped at the cover limit
         */
        public boolean truncated() {
            return truncated;
        }

        @Override
        public String toString() {
            return "CoverSolver.Result[kept=" + kept.length + ", essential=" + essential.length + ", covers="
                    + covers.size() + (truncated ? ", truncated" : "") + "]";
        }
    }

    /** A bitset usable as a hash key. */
    @SuppressWarnings("ArrayRecordComponent") // equals, hashCode and toString below work on the bits' content
    private record Key(long[] bits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Arrays.equals(bits, other.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            return Arrays.toString(bits);
        }
    }

    /** Largest number of implicant classes for which dominance is recomputed at every node. */
    private static final int DOMINANCE_LIMIT = 3000;

    /** Subgradient steps of the Lagrangian bound at each node. */
    private static final int LAGRANGIAN_STEPS = 30;

    private final int rows;
    private final int words;
    private final long[][] cover;
    private final int maxCovers;
    private final AtomicInteger best = new AtomicInteger(Integer.MAX_VALUE);
    private final List<int[]> found = new ArrayList<>();
    private volatile boolean truncated;
    private volatile boolean enumerate;
    private int[][] rowPis = new int[0][];
    private int[] order = new int[0];

    private CoverSolver(int rows, long[][] cover, int maxCovers) {
        this.rows = rows;
        this.words = (rows + 63) >>> 6;
        this.cover = cover;
        this.maxCovers = maxCovers;
    }

    /**
     * Solves the chart.
     *
     * @param rows number of positive configurations
     * @param cover for each prime implicant, the bitset of rows it covers
     * @param rowDominance drop implicants whose rows are a subset of another implicant's rows
     * @param maxCovers stop collecting after this many minimum covers
     * @param parallel whether to use all cores
     * @return kept implicants, essential implicants, and each minimum cover (sorted implicant indices)
     */
    public static Result solve(int rows, long[][] cover, boolean rowDominance, int maxCovers, boolean parallel) {
        CoverSolver s = new CoverSolver(rows, cover, maxCovers);
        return s.run(rowDominance, parallel);
    }

    private Result run(boolean rowDominance, boolean parallel) {
        int n = cover.length;
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        if (rowDominance) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n && keep[i]; j++) {
                    if (i != j
                            && keep[j]
                            && subset(cover[i], cover[j])
                            && (!Arrays.equals(cover[i], cover[j]) || j < i)) {
                        keep[i] = false;
                    }
                }
            }
        }
        int[] kept = IntStream.range(0, n).filter(i -> keep[i]).toArray();
        int[] rowCount = new int[rows];
        for (int i : kept) {
            for (int w = 0; w < words; w++) {
                for (long b = cover[i][w]; b != 0; b &= b - 1) {
                    rowCount[(w << 6) + Long.numberOfTrailingZeros(b)]++;
                }
            }
        }
        rowPis = new int[rows][];
        for (int r = 0; r < rows; r++) {
            rowPis[r] = new int[rowCount[r]];
        }
        int[] fill = new int[rows];
        for (int i : kept) {
            for (int w = 0; w < words; w++) {
                for (long b = cover[i][w]; b != 0; b &= b - 1) {
                    int r = (w << 6) + Long.numberOfTrailingZeros(b);
                    rowPis[r][fill[r]++] = i;
                }
            }
        }
        boolean[] essential = new boolean[n];
        for (int r = 0; r < rows; r++) {
            if (rowPis[r].length == 0) {
                throw new IllegalStateException("positive configuration " + r + " is covered by no prime implicant");
            }
            if (rowPis[r].length == 1) {
                essential[rowPis[r][0]] = true;
            }
        }
        int[] ess = IntStream.range(0, n).filter(i -> essential[i]).toArray();
        long[] uncovered = new long[words];
        for (int r = 0; r < rows; r++) {
            uncovered[r >>> 6] |= 1L << r;
        }
        for (int e : ess) {
            andNot(uncovered, cover[e]);
        }
        boolean[] forbidden = new boolean[n];
        for (int e : ess) {
            forbidden[e] = true;
        }
        for (int i = 0; i < n; i++) {
            forbidden[i] |= !keep[i];
        }
        if (isEmpty(uncovered)) {
            found.add(ess.clone());
            return new Result(kept, ess, found, false);
        }
        reduceRows(uncovered, forbidden);
        // implicants with the same rows left to cover are interchangeable: solve over classes, expand after
        Map<Key, List<Integer>> classes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!forbidden[i]) {
                long[] bits = new long[words];
                boolean any = false;
                for (int w = 0; w < words; w++) {
                    bits[w] = cover[i][w] & uncovered[w];
                    any |= bits[w] != 0;
                }
                if (any) {
                    classes.computeIfAbsent(new Key(bits), x -> new ArrayList<>())
                            .add(i);
                }
            }
        }
        List<List<Integer>> members = new ArrayList<>(classes.values());
        long[][] classCover = new long[members.size()][];
        int ci = 0;
        for (Key key : classes.keySet()) {
            classCover[ci++] = key.bits;
        }
        CoverSolver inner = new CoverSolver(rows, classCover, maxCovers);
        int[] classRowCount = new int[rows];
        for (long[] cc : classCover) {
            for (int w = 0; w < words; w++) {
                for (long b = cc[w]; b != 0; b &= b - 1) {
                    classRowCount[(w << 6) + Long.numberOfTrailingZeros(b)]++;
                }
            }
        }
        inner.rowPis = new int[rows][];
        for (int r = 0; r < rows; r++) {
            inner.rowPis[r] = new int[classRowCount[r]];
        }
        int[] classFill = new int[rows];
        for (int c = 0; c < classCover.length; c++) {
            for (int w = 0; w < words; w++) {
                for (long b = classCover[c][w]; b != 0; b &= b - 1) {
                    int r = (w << 6) + Long.numberOfTrailingZeros(b);
                    inner.rowPis[r][classFill[r]++] = c;
                }
            }
        }
        boolean[] none = new boolean[classCover.length];
        inner.reduceRows(uncovered, none);
        // phase 1: the minimum size, by branch and bound from the greedy bound
        inner.best.set(inner.greedy(uncovered.clone(), none));
        inner.enumerate = false;
        inner.searchAll(uncovered, none, parallel);
        // phase 2: every cover of that size
        inner.enumerate = true;
        inner.searchAll(uncovered, none, parallel);
        List<int[]> models = new ArrayList<>();
        boolean cut = inner.truncated;
        List<int[]> classCovers = new ArrayList<>(inner.found);
        classCovers.sort(CoverSolver::compare);
        for (int[] cc : classCovers) {
            int[] pick = new int[cc.length];
            while (true) {
                if (models.size() >= maxCovers) {
                    cut = true;
                    break;
                }
                int[] m = new int[ess.length + cc.length];
                System.arraycopy(ess, 0, m, 0, ess.length);
                for (int t = 0; t < cc.length; t++) {
                    m[ess.length + t] = members.get(cc[t]).get(pick[t]);
                }
                Arrays.sort(m);
                models.add(m);
                int t = cc.length - 1;
                while (t >= 0 && ++pick[t] == members.get(cc[t]).size()) {
                    pick[t] = 0;
                    t--;
                }
                if (t < 0) {
                    break;
                }
            }
        }
        models.sort(CoverSolver::compare);
        return new Result(kept, ess, models, cut);
    }

    /** Drops uncovered rows whose candidate implicants include all those of another row: covering that row covers them. */
    private void reduceRows(long[] uncovered, boolean[] forbidden) {
        List<Integer> live = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if ((uncovered[r >>> 6] & (1L << r)) != 0) {
                live.add(r);
            }
        }
        int[][] sets = new int[rows][];
        for (int r : live) {
            sets[r] =
                    Arrays.stream(rowPis[r]).filter(p -> !forbidden[p]).sorted().toArray();
        }
        boolean[] dropped = new boolean[rows];
        for (int a : live) {
            for (int b : live) {
                if (a != b
                        && !dropped[a]
                        && !dropped[b]
                        && sortedSubset(sets[a], sets[b])
                        && (!Arrays.equals(sets[a], sets[b]) || a < b)) {
                    dropped[b] = true; // any implicant covering a also covers b
                }
            }
        }
        for (int r : live) {
            if (dropped[r]) {
                uncovered[r >>> 6] &= ~(1L << r);
            }
        }
        order = live.stream()
                .filter(r -> !dropped[r])
                .sorted(Comparator.comparingInt(r -> rowPis[r].length))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * Forbids implicants whose uncovered rows are a subset of another's: safe when only the minimum
     * size is sought (an optimum cover keeps its size when such an implicant is swapped for its dominator).
     */
    private boolean[] dominated(long[] uncovered, boolean[] forbidden) {
        boolean[] out = forbidden.clone();
        int n = cover.length;
        long[][] live = new long[n][];
        for (int i = 0; i < n; i++) {
            if (!out[i]) {
                live[i] = new long[words];
                for (int w = 0; w < words; w++) {
                    live[i][w] = cover[i][w] & uncovered[w];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i]) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j != i && !out[j] && subset(live[i], live[j]) && (!Arrays.equals(live[i], live[j]) || j < i)) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    private void searchAll(long[] uncovered, boolean[] forbidden, boolean parallel) {
        int r0 = pickRow(uncovered, forbidden);
        int[] cands = candidates(r0, forbidden);
        int[][] colRows = new int[cover.length][];
        for (int j = 0; j < cover.length; j++) {
            int[] rs = new int[count(cover[j])];
            int t = 0;
            for (int w = 0; w < words; w++) {
                for (long bits = cover[j][w]; bits != 0; bits &= bits - 1) {
                    rs[t++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                }
            }
            colRows[j] = rs;
        }
        IntStream branches = IntStream.range(0, cands.length);
        (parallel ? branches.parallel() : branches).forEach(b -> {
            boolean[] fb = forbidden.clone();
            for (int a = 0; a < b; a++) {
                fb[cands[a]] = true;
            }
            int[] chosen = new int[Math.max(1, rows)];
            chosen[0] = cands[b];
            long[] u = uncovered.clone();
            andNot(u, cover[cands[b]]);
            search(
                    u,
                    1,
                    chosen,
                    fb,
                    new int[cover.length],
                    new double[cover.length],
                    new int[] {0},
                    new LagrangianBound(rows, colRows));
        });
    }

    private void search(
            long[] uncovered,
            int depth,
            int[] chosen,
            boolean[] forbidden,
            int[] stamp,
            double[] load,
            int[] clock,
            LagrangianBound lag) {
        if (isEmpty(uncovered)) {
            record(Arrays.copyOf(chosen, depth));
            return;
        }
        if (enumerate && truncated) {
            return;
        }
        int allowed = best.get() - depth - (enumerate ? 0 : 1); // implicants that may still be added
        if (allowed <= 0) {
            return;
        }
        if (allowed == 1) {
            lastPick(uncovered, depth, chosen, forbidden);
            return;
        }
        if (allowed == 2) {
            // two implicants left: branch on the row with fewest candidates, then finish directly
            int r = pickRow(uncovered, forbidden);
            if (r < 0) {
                return;
            }
            long[] u = new long[words];
            List<Integer> marked = new ArrayList<>();
            for (int c : rowPis[r]) {
                if (forbidden[c]) {
                    continue;
                }
                chosen[depth] = c;
                boolean empty = true;
                for (int w = 0; w < words; w++) {
                    u[w] = uncovered[w] & ~cover[c][w];
                    empty &= u[w] == 0;
                }
                if (empty) {
                    record(Arrays.copyOf(chosen, depth + 1));
                } else {
                    lastPick(u, depth + 1, chosen, forbidden);
                }
                forbidden[c] = true;
                marked.add(c);
            }
            for (int c : marked) {
                forbidden[c] = false;
            }
            return;
        }
        if (!enumerate && cover.length <= DOMINANCE_LIMIT) {
            forbidden = dominated(uncovered, forbidden); // safe when only the minimum size is sought
        }
        int lb = lowerBound(uncovered, forbidden, stamp, load, clock);
        int b = best.get();
        if (enumerate ? depth + lb > b : depth + lb >= b) {
            return;
        }
        int remaining = count(uncovered);
        int maxCover = 0;
        for (int i = 0; i < cover.length; i++) {
            if (!forbidden[i]) {
                maxCover = Math.max(maxCover, intersectCount(cover[i], uncovered));
            }
        }
        if (maxCover == 0) {
            return;
        }
        lb = Math.max(lb, (remaining + maxCover - 1) / maxCover);
        if (enumerate ? depth + lb > b : depth + lb >= b) {
            return;
        }
        // Lagrangian bound; columns that cannot be in a small enough cover are left out below this node
        boolean[] fix = new boolean[cover.length];
        if (lag.bound(uncovered, forbidden, allowed + 1, LAGRANGIAN_STEPS, fix) > allowed) {
            return;
        }
        List<Integer> fixed = new ArrayList<>();
        for (int j = 0; j < fix.length; j++) {
            if (fix[j] && !forbidden[j]) {
                forbidden[j] = true;
                fixed.add(j);
            }
        }
        int r = pickRow(uncovered, forbidden);
        if (r < 0) {
            for (int c : fixed) {
                forbidden[c] = false;
            }
            return;
        }
        int[] cands = candidates(r, forbidden);
        List<Integer> marked = new ArrayList<>(fixed);
        for (int c : cands) {
            chosen[depth] = c;
            long[] u = uncovered.clone();
            andNot(u, cover[c]);
            search(u, depth + 1, chosen, forbidden, stamp, load, clock, lag);
            forbidden[c] = true;
            marked.add(c);
        }
        for (int c : marked) {
            forbidden[c] = false;
        }
    }

    /**
     * Lower bound on the implicants still needed: a feasible solution of the dual of the covering
     * LP (row weights y, the rows of each implicant weigh at most 1 in total), built greedily.
     */
    private int lowerBound(long[] uncovered, boolean[] forbidden, int[] stamp, double[] load, int[] clock) {
        int stampValue = ++clock[0];
        double sum = 0;
        for (int r : order) {
            if ((uncovered[r >>> 6] & (1L << r)) == 0) {
                continue;
            }
            double slack = 1;
            for (int p : rowPis[r]) {
                if (!forbidden[p] && stamp[p] == stampValue) {
                    slack = Math.min(slack, 1 - load[p]);
                }
            }
            if (slack > 1e-9) {
                sum += slack;
                for (int p : rowPis[r]) {
                    if (!forbidden[p]) {
                        if (stamp[p] != stampValue) {
                            stamp[p] = stampValue;
                            load[p] = 0;
                        }
                        load[p] += slack;
                    }
                }
            }
        }
        return (int) Math.ceil(sum - 1e-6);
    }

    private synchronized void record(int[] c) {
        Arrays.sort(c);
        if (!enumerate) {
            if (c.length < best.get()) {
                best.set(c.length);
            }
            return;
        }
        if (c.length != best.get()) {
            return;
        }
        if (found.size() >= maxCovers) {
            truncated = true;
            return;
        }
        found.add(c);
    }

    private int greedy(long[] uncovered, boolean[] forbidden) {
        int size = 0;
        while (!isEmpty(uncovered)) {
            int bi = -1;
            int bc = 0;
            for (int i = 0; i < cover.length; i++) {
                if (!forbidden[i]) {
                    int c = intersectCount(cover[i], uncovered);
                    if (c > bc) {
                        bc = c;
                        bi = i;
                    }
                }
            }
            if (bi < 0) {
                return Integer.MAX_VALUE;
            }
            andNot(uncovered, cover[bi]);
            size++;
        }
        return size;
    }

    /** One implicant left: it must cover every uncovered row, so it is among the candidates of any one of them. */
    private void lastPick(long[] uncovered, int depth, int[] chosen, boolean[] forbidden) {
        int r0 = firstRow(uncovered);
        for (int p : rowPis[r0]) {
            if (!forbidden[p] && subset(uncovered, cover[p])) {
                chosen[depth] = p;
                record(Arrays.copyOf(chosen, depth + 1));
            }
        }
    }

    private int firstRow(long[] uncovered) {
        for (int w = 0; w < words; w++) {
            if (uncovered[w] != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(uncovered[w]);
            }
        }
        return -1;
    }

    private int pickRow(long[] uncovered, boolean[] forbidden) {
        int bestRow = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int w = 0; w < words; w++) {
            for (long bits = uncovered[w]; bits != 0; bits &= bits - 1) {
                int r = (w << 6) + Long.numberOfTrailingZeros(bits);
                int c = 0;
                for (int p : rowPis[r]) {
                    if (!forbidden[p]) {
                        c++;
                    }
                }
                if (c < bestCount) {
                    bestCount = c;
                    bestRow = r;
                    if (c <= 1) {
                        return r;
                    }
                }
            }
        }
        return bestRow;
    }

    private int[] candidates(int r, boolean[] forbidden) {
        return Arrays.stream(rowPis[r])
                .filter(p -> !forbidden[p])
                .boxed()
                .sorted(Comparator.comparingInt((Integer p) -> -count(cover[p])))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static boolean sortedSubset(int[] a, int[] b) {
        if (a.length > b.length) {
            return false;
        }
        int j = 0;
        for (int x : a) {
            while (j < b.length && b[j] < x) {
                j++;
            }
            if (j == b.length || b[j] != x) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static boolean subset(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & ~b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static void andNot(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            a[w] &= ~b[w];
        }
    }

    private static boolean isEmpty(long[] a) {
        for (long x : a) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static int count(long[] a) {
        int c = 0;
        for (long x : a) {
            c += Long.bitCount(x);
        }
        return c;
    }

    private static int intersectCount(long[] a, long[] b) {
        int c = 0;
        for (int w = 0; w < a.length; w++) {
            c += Long.bitCount(a[w] & b[w]);
        }
        return c;
    }
}
