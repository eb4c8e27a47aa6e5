package org.msptoolkit.governance.seats;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msptoolkit.core.internal.Checks;

/**
 * Allocates a number of seats among stakeholder groups in proportion to their constituency sizes.
 *
 * <pre>{@code
 * Map<String, Long> sizes = Map.of("ngos", 100_000L, "business", 80_000L, "unions", 30_000L, "farmers", 20_000L);
 * Apportionment.dHondt(7, sizes);              // ngos 3, business 3, unions 1, farmers 0
 * Apportionment.allocate(ApportionmentMethod.SAINTE_LAGUE, 7, sizes, SeatBounds.none().withMin("farmers", 1));
 * }</pre>
 *
 * <p>Arithmetic is exact (integer cross-multiplication), so ties are real ties. A tie for the last seat
 * goes to the group with the larger constituency, then to the group listed first; pass a
 * {@link LinkedHashMap} to control the order.
 *
 * <p>With bounds, divisor methods start every group at its minimum and give each next seat to the
 * group with the highest quotient among those below their maximum. Hamilton allocates by quota,
 * fixes groups above their maximum at the maximum (or else below their minimum at the minimum),
 * and re-apportions the remaining seats among the others until all bounds hold.
 */
public final class Apportionment {
    private Apportionment() {}

    /**
     * Returns the D'Hondt allocation.
     *
     * @param seats seats to allocate
     * @param sizes constituency size per group
     * @return the D'Hondt allocation
     */
    public static Allocation dHondt(int seats, Map<String, Long> sizes) {
        return allocate(ApportionmentMethod.D_HONDT, seats, sizes, SeatBounds.none());
    }

    /**
     * Returns the Sainte-Laguë allocation.
     *
     * @param seats seats to allocate
     * @param sizes constituency size per group
     * @return the Sainte-Laguë allocation
     */
    public static Allocation sainteLague(int seats, Map<String, Long> sizes) {
        return allocate(ApportionmentMethod.SAINTE_LAGUE, seats, sizes, SeatBounds.none());
    }

    /**
     * Returns the Hamilton allocation.
     *
     * @param seats seats to allocate
     * @param sizes constituency size per group
     * @return the Hamilton allocation
     */
    public static Allocation hamilton(int seats, Map<String, Long> sizes) {
        return allocate(ApportionmentMethod.HAMILTON, seats, sizes, SeatBounds.none());
    }

    /**
     * Allocates seats.
     *
     * @param method the method
     * @param seats the number of seats, zero or more
     * @param sizes constituency size per group (zero or more each, some above zero), in tie-break order
     * @param bounds minimum and maximum seats per group
     * @return the allocation with its disproportionality
     * @throws IllegalArgumentException listing every problem: negative sizes, bounds for unknown groups,
     *         a minimum above a maximum, minimums adding up to more than the seats, maximums to fewer
     */
    public static Allocation allocate(
            ApportionmentMethod method, int seats, Map<String, Long> sizes, SeatBounds bounds) {
        Checks.notNull(method, "method");
        Checks.notNull(sizes, "sizes");
        Checks.notNull(bounds, "bounds");
        List<String> groups = new ArrayList<>(sizes.keySet());
        validate(seats, sizes, bounds, groups);
        long[] v = groups.stream().mapToLong(sizes::get).toArray();
        int[] min = groups.stream().mapToInt(bounds::minFor).toArray();
        int[] max = groups.stream()
                .mapToInt(g -> bounds.maxFor(g).orElse(Integer.MAX_VALUE))
                .toArray();
        int[] s = method == ApportionmentMethod.HAMILTON
                ? hamilton(seats, v, min, max)
                : divisor(method, seats, v, min, max);
        Map<String, Integer> out = new LinkedHashMap<>();
        Map<String, Long> sz = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            out.put(groups.get(i), s[i]);
            sz.put(groups.get(i), v[i]);
        }
        return new Allocation(method, seats, sz, out, gallagher(v, s), loosemoreHanby(v, s));
    }

    private static void validate(int seats, Map<String, Long> sizes, SeatBounds bounds, List<String> groups) {
        List<String> problems = new ArrayList<>();
        if (seats < 0) {
            problems.add("seats must be zero or more, got " + seats);
        }
        if (groups.isEmpty()) {
            problems.add("give at least one group");
        }
        long total = 0;
        for (String g : groups) {
            Long size = sizes.get(g);
            if (size == null || size < 0) {
                problems.add("size of group " + g + " must be zero or more, got " + size);
            } else {
                total += size;
            }
        }
        if (!groups.isEmpty() && total == 0 && seats > 0) {
            problems.add("at least one group must have a size above zero");
        }
        for (String g : bounds.min().keySet()) {
            if (!sizes.containsKey(g)) {
                problems.add("minimum seats given for unknown group " + g);
            }
            if (bounds.min().get(g) < 0) {
                problems.add("minimum seats of group " + g + " must be zero or more, got "
                        + bounds.min().get(g));
            }
        }
        for (String g : bounds.max().keySet()) {
            if (!sizes.containsKey(g)) {
                problems.add("maximum seats given for unknown group " + g);
            }
            if (bounds.minFor(g) > bounds.max().get(g)) {
                problems.add("group " + g + ": minimum " + bounds.minFor(g) + " seats is above its maximum "
                        + bounds.max().get(g));
            }
        }
        long minSum = groups.stream().mapToLong(bounds::minFor).sum();
        if (minSum > seats) {
            problems.add("minimum seats add up to " + minSum + ", more than the " + seats + " seats");
        }
        if (groups.stream().allMatch(g -> bounds.maxFor(g).isPresent())) {
            long maxSum =
                    groups.stream().mapToLong(g -> bounds.maxFor(g).getAsInt()).sum();
            if (maxSum < seats) {
                problems.add("maximum seats add up to " + maxSum + ", fewer than the " + seats + " seats");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot apportion seats: " + String.join("; ", problems));
        }
    }

    private static int[] divisor(ApportionmentMethod method, int seats, long[] v, int[] min, int[] max) {
        int n = v.length;
        int[] s = min.clone();
        int given = java.util.Arrays.stream(s).sum();
        while (given < seats) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (s[i] >= max[i]) {
                    continue;
                }
                if (best < 0 || beats(v[i], divisor(method, s[i]), v[best], divisor(method, s[best]), v, i, best)) {
                    best = i;
                }
            }
            s[best]++;
            given++;
        }
        return s;
    }

    private static long divisor(ApportionmentMethod method, int seats) {
        return method == ApportionmentMethod.D_HONDT ? seats + 1L : 2L * seats + 1;
    }

    /** Whether quotient vi/di beats vj/dj; ties go to the larger size, then the earlier group. */
    private static boolean beats(long vi, long di, long vj, long dj, long[] v, int i, int j) {
        int c = BigInteger.valueOf(vi)
                .multiply(BigInteger.valueOf(dj))
                .compareTo(BigInteger.valueOf(vj).multiply(BigInteger.valueOf(di)));
        if (c != 0) {
            return c > 0;
        }
        if (v[i] != v[j]) {
            return v[i] > v[j];
        }
        return i < j;
    }

    private static int[] hamilton(int seats, long[] v, int[] min, int[] max) {
        int n = v.length;
        int[] s = new int[n];
        boolean[] fixed = new boolean[n];
        int remaining = seats;
        while (true) {
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    free.add(i);
                }
            }
            if (free.isEmpty()) {
                return s;
            }
            largestRemainder(remaining, v, free, s);
            boolean changed = false;
            for (int i : free) {
                if (s[i] > max[i]) {
                    s[i] = max[i];
                    fixed[i] = true;
                    remaining -= max[i];
                    changed = true;
                }
            }
            if (!changed) {
                for (int i : free) {
                    if (s[i] < min[i]) {
                        s[i] = min[i];
                        fixed[i] = true;
                        remaining -= min[i];
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return s;
            }
        }
    }

    private static void largestRemainder(int seats, long[] v, List<Integer> free, int[] s) {
        BigInteger total = BigInteger.ZERO;
        for (int i : free) {
            total = total.add(BigInteger.valueOf(v[i]));
        }
        if (total.signum() == 0) {
            // No size among the free groups: share the seats out evenly in listed order.
            for (int k = 0; k < free.size(); k++) {
                s[free.get(k)] = seats / free.size() + (k < seats % free.size() ? 1 : 0);
            }
            return;
        }
        BigInteger[] rem = new BigInteger[v.length];
        int given = 0;
        for (int i : free) {
            BigInteger[] qr =
                    BigInteger.valueOf(v[i]).multiply(BigInteger.valueOf(seats)).divideAndRemainder(total);
            s[i] = qr[0].intValueExact();
            rem[i] = qr[1];
            given += s[i];
        }
        List<Integer> order = new ArrayList<>(free);
        order.sort((a, b) -> {
            int c = rem[b].compareTo(rem[a]);
            if (c != 0) {
                return c;
            }
            c = Long.compare(v[b], v[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int k = 0; given < seats; k++, given++) {
            s[order.get(k % order.size())]++;
        }
    }

    private static double[] diffs(long[] v, int[] s) {
        double tv = java.util.Arrays.stream(v).sum();
        double ts = java.util.Arrays.stream(s).sum();
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double vs = tv == 0 ? 0 : 100.0 * v[i] / tv;
            double ss = ts == 0 ? 0 : 100.0 * s[i] / ts;
            d[i] = vs - ss;
        }
        return d;
    }

    /**
     * Returns the Gallagher index in percentage points.
     *
     * @param v sizes
     * @param s seats
     * @return the Gallagher index in percentage points
     */
    static double gallagher(long[] v, int[] s) {
        double sum = 0;
        for (double d : diffs(v, s)) {
            sum += d * d;
        }
        return Math.sqrt(sum / 2);
    }

    /**
     * Returns the Loosemore–Hanby index in percentage points.
     *
     * @param v sizes
     * @param s seats
     * @return the Loosemore–Hanby index in percentage points
     */
    static double loosemoreHanby(long[] v, int[] s) {
        double sum = 0;
        for (double d : diffs(v, s)) {
            sum += Math.abs(d);
        }
        return sum / 2;
    }
}
