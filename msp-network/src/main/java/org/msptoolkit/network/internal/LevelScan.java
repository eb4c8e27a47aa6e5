package org.msptoolkit.network.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.msptoolkit.core.taxonomy.Level;

/**
 * One pass over the processes that finds, for each, the processes one level above and one level below in the
 * same sector and place, how many of them it is tied to, and the untied pairs (missing links), keeping the best
 * {@code k} by the ranking rule. Processes match on place when they share a country, or when one of them has no
 * country recorded and works at the regional or international level (it covers every country).
 *
 * <p>Work: the counting visits, for each process, the buckets (sector × country × level) it looks into, with
 * constant work per visited process (ties are marked once per process from its links and stakeholders); the
 * ranking scores (counts bridges, shared sectors and countries of) only the pairs whose upper bound could still
 * beat the worst of the best {@code k} kept, so a large bucket of alike processes scores about {@code k} pairs,
 * not all of them. Memory: the number of processes plus {@code k}.
 */
// Level.ordinal() is the order local < subnational < national < regional < international, on purpose
// the result records carry int arrays, per process, read by index only; never compared or hashed
@SuppressWarnings({"EnumOrdinal", "ArrayRecordComponent"})
public final class LevelScan {
    private static final int GLOBAL_LEVELS = (1 << Level.REGIONAL.ordinal()) | (1 << Level.INTERNATIONAL.ordinal());
    private static final int LEVELS = Level.values().length;

    /**
     * A pair of processes at adjacent levels, untied, with what ranks it.
     *
     * @param lower the process with the lower level
     * @param upper the process with the level one above
     * @param bridges stakeholders of one whose group is present in the other
     * @param sharedSectors sectors both address
     * @param sharedCountries countries both cover
     */
    public record Pair(int lower, int upper, int bridges, int sharedSectors, int sharedCountries) {}

    /**
     * What the scan found.
     *
     * @param above per process, processes one level above in its sector and place
     * @param connectedAbove per process, how many of those it is tied to
     * @param below per process, processes one level below in its sector and place
     * @param connectedBelow per process, how many of those it is tied to
     * @param untiedPairs how many pairs of processes at adjacent levels share a sector and place but no tie
     * @param best the best pairs by the ranking rule, best first
     * @param scoredPairs how many untied pairs had their bridges counted: only those whose upper bound (every
     *     stakeholder of both a bridge, every sector and country of the smaller shared) could still enter the
     *     best {@code k}
     */
    public record Result(
            int[] above,
            int[] connectedAbove,
            int[] below,
            int[] connectedBelow,
            long untiedPairs,
            List<Pair> best,
            long scoredPairs) {}

    /** The ranking rule: more bridges, then more shared sectors, then more shared countries, then corpus order. */
    public static final Comparator<Pair> RANKING = Comparator.comparingInt(Pair::bridges)
            .reversed()
            .thenComparing(Comparator.comparingInt(Pair::sharedSectors).reversed())
            .thenComparing(Comparator.comparingInt(Pair::sharedCountries).reversed())
            .thenComparingInt(Pair::lower)
            .thenComparingInt(Pair::upper);

    private final NetworkIndex ix;
    private final int n;
    private final Map<Long, Ints.Buffer> placed = new HashMap<>();
    private final Map<Long, Ints.Buffer> global = new HashMap<>();
    private final Map<Long, Ints.Buffer> all = new HashMap<>();
    private final Map<Long, int[]> placedArr = new HashMap<>();
    private final Map<Long, int[]> globalArr = new HashMap<>();
    private final Map<Long, int[]> allArr = new HashMap<>();
    private final int[][] groupSets;
    private long scored;

    private LevelScan(NetworkIndex ix) {
        this.ix = ix;
        this.n = ix.processes().size();
        this.groupSets = groupSets(ix);
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < LEVELS; l++) {
                if ((ix.levelMasks()[i] & (1 << l)) == 0) {
                    continue;
                }
                for (int s : ix.sectors()[i]) {
                    all.computeIfAbsent(key(s, 0, l), k -> new Ints.Buffer()).add(i);
                    if (isGlobal(i)) {
                        global.computeIfAbsent(key(s, 0, l), k -> new Ints.Buffer())
                                .add(i);
                    }
                    for (int c : ix.countries()[i]) {
                        placed.computeIfAbsent(key(s, c + 1, l), k -> new Ints.Buffer())
                                .add(i);
                    }
                }
            }
        }
        freeze(placed, placedArr);
        freeze(global, globalArr);
        freeze(all, allArr);
    }

    private static void freeze(Map<Long, Ints.Buffer> from, Map<Long, int[]> to) {
        from.forEach((k, v) -> to.put(k, v.toArray()));
        from.clear();
    }

    private static long key(int sector, int country, int level) {
        return ((long) sector << 40) | ((long) country << 8) | level;
    }

    private boolean isGlobal(int i) {
        return ix.countries()[i].length == 0 && (ix.levelMasks()[i] & GLOBAL_LEVELS) != 0;
    }

    /**
     * Scans the network.
     *
     * @param ix the network
     * @param k how many of the best untied pairs to keep
     * @return what was found
     */
    public static Result scan(NetworkIndex ix, int k) {
        return new LevelScan(ix).run(k);
    }

    /**
     * Returns how many stakeholders of one process have a group present among the other's stakeholders.
     *
     * @param ix the network
     * @param groupSets per process, the sorted groups of its stakeholders
     * @param i a process
     * @param q another process
     * @return the number of possible bridges
     */
    static int bridges(NetworkIndex ix, int[][] groupSets, int i, int q) {
        int b = 0;
        for (int j : ix.processStakeholders()[i]) {
            if (Arrays.binarySearch(groupSets[q], ix.stakeholderGroups()[j]) >= 0) {
                b++;
            }
        }
        for (int j : ix.processStakeholders()[q]) {
            if (Arrays.binarySearch(groupSets[i], ix.stakeholderGroups()[j]) >= 0) {
                b++;
            }
        }
        return b;
    }

    private Result run(int k) {
        int[] above = new int[n];
        int[] connAbove = new int[n];
        int[] below = new int[n];
        int[] connBelow = new int[n];
        int[] seenUp = new int[n];
        int[] seenDown = new int[n];
        Arrays.fill(seenUp, -1);
        Arrays.fill(seenDown, -1);
        int[] tiedTo = new int[n];
        Arrays.fill(tiedTo, -1);
        PriorityQueue<Pair> heap = new PriorityQueue<>(Math.max(1, k), RANKING.reversed());
        long untied = 0;
        scored = 0;
        for (int i = 0; i < n; i++) {
            int mask = ix.levelMasks()[i];
            markTies(i, tiedTo);
            for (int l = 0; l < LEVELS; l++) {
                if ((mask & (1 << l)) == 0) {
                    continue;
                }
                if (l + 1 < LEVELS) {
                    for (int[] bucket : buckets(i, l + 1)) {
                        for (int q : bucket) {
                            if (q == i || seenUp[q] == i) {
                                continue;
                            }
                            seenUp[q] = i;
                            above[i]++;
                            if (tiedTo[q] == i) {
                                connAbove[i]++;
                                continue;
                            }
                            boolean mutual = ((ix.levelMasks()[q] << 1) & mask) != 0;
                            if (mutual && q < i) {
                                continue;
                            }
                            untied++;
                            if (k > 0) {
                                offer(heap, k, i, q);
                            }
                        }
                    }
                }
                if (l > 0) {
                    for (int[] bucket : buckets(i, l - 1)) {
                        for (int q : bucket) {
                            if (q == i || seenDown[q] == i) {
                                continue;
                            }
                            seenDown[q] = i;
                            below[i]++;
                            if (tiedTo[q] == i) {
                                connBelow[i]++;
                            }
                        }
                    }
                }
            }
        }
        List<Pair> best = new ArrayList<>(heap);
        best.sort(RANKING);
        return new Result(above, connAbove, below, connBelow, untied, List.copyOf(best), scored);
    }

    /** Marks, with {@code i}, every process that shares a declared link or a stakeholder with process {@code i}. */
    private void markTies(int i, int[] tiedTo) {
        for (int q : ix.links()[i]) {
            tiedTo[q] = i;
        }
        for (int j : ix.processStakeholders()[i]) {
            for (int q : ix.stakeholderProcesses()[j]) {
                tiedTo[q] = i;
            }
        }
    }

    /**
     * Offers a pair to the heap of the best {@code k}, allocating only when it beats the worst kept: most pairs
     * of a large corpus lose on the first key.
     */
    private void offer(PriorityQueue<Pair> heap, int k, int i, int q) {
        Pair worst = heap.size() < k ? null : heap.peek();
        if (worst != null && cannotBeat(i, q, worst)) {
            return;
        }
        scored++;
        int br = bridges(ix, groupSets, i, q);
        if (worst != null && br < worst.bridges()) {
            return;
        }
        int sec = Ints.intersection(ix.sectors()[i], ix.sectors()[q]);
        if (worst != null && br == worst.bridges() && sec < worst.sharedSectors()) {
            return;
        }
        Pair p = new Pair(i, q, br, sec, Ints.intersection(ix.countries()[i], ix.countries()[q]));
        if (worst == null) {
            heap.add(p);
        } else if (RANKING.compare(p, worst) < 0) {
            heap.poll();
            heap.add(p);
        }
    }

    /**
     * Returns whether the pair (i, q), even with every stakeholder of both a bridge and every sector and country
     * of the smaller shared, ranks after {@code worst}: then it cannot enter the best {@code k}.
     */
    private boolean cannotBeat(int i, int q, Pair worst) {
        int br = ix.processStakeholders()[i].length + ix.processStakeholders()[q].length;
        if (br != worst.bridges()) {
            return br < worst.bridges();
        }
        int sec = Math.min(ix.sectors()[i].length, ix.sectors()[q].length);
        if (sec != worst.sharedSectors()) {
            return sec < worst.sharedSectors();
        }
        int cou = Math.min(ix.countries()[i].length, ix.countries()[q].length);
        if (cou != worst.sharedCountries()) {
            return cou < worst.sharedCountries();
        }
        if (i != worst.lower()) {
            return i > worst.lower();
        }
        return q > worst.upper();
    }

    private List<int[]> buckets(int i, int level) {
        List<int[]> out = new ArrayList<>();
        for (int s : ix.sectors()[i]) {
            if (isGlobal(i)) {
                add(out, allArr.get(key(s, 0, level)));
                continue;
            }
            for (int c : ix.countries()[i]) {
                add(out, placedArr.get(key(s, c + 1, level)));
            }
            add(out, globalArr.get(key(s, 0, level)));
        }
        return out;
    }

    private static void add(List<int[]> out, int @org.jspecify.annotations.Nullable [] bucket) {
        if (bucket != null) {
            out.add(bucket);
        }
    }

    /**
     * Returns the sorted groups of each process's stakeholders.
     *
     * @param ix the network
     * @return per process, its stakeholders' groups, sorted, without repeats
     */
    public static int[][] groupSets(NetworkIndex ix) {
        int n = ix.processes().size();
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] st = ix.processStakeholders()[i];
            int[] g = new int[st.length];
            for (int k = 0; k < st.length; k++) {
                g[k] = ix.stakeholderGroups()[st[k]];
            }
            out[i] = Ints.sortedUnique(g, g.length);
        }
        return out;
    }
}
