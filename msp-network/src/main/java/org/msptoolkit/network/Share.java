package org.msptoolkit.network;

/**
 * A share of ties that cross, for one part of the network (a sector, a pair of levels).
 *
 * @param key what part: a sector code, or two level codes joined by {@code "|"} (lower first)
 * @param judged ties of that part whose two ends both record the attribute
 * @param crossing how many of those cross (their ends share no value)
 * @param share {@code crossing / judged}; NaN when nothing was judged
 * @since 0.2.0
 */
public record Share(String key, long judged, long crossing, double share) {
    /**
     * Returns the share of {@code crossing} among {@code judged}.
     *
     * @param key what part
     * @param judged ties judged
     * @param crossing ties crossing
     * @return the share
     */
    public static Share of(String key, long judged, long crossing) {
        return new Share(key, judged, crossing, judged == 0 ? Double.NaN : (double) crossing / judged);
    }
}
