package org.msptoolkit.network;

/**
 * The E–I index of one stakeholder group.
 *
 * @param group the group code
 * @param external ties from the group's members to members of other groups
 * @param internal ties between members of the group
 * @param value {@code (external − internal) / (external + internal)}; NaN without ties
 * @since 0.2.0
 */
public record GroupEi(String group, long external, long internal, double value) {
    /**
     * Returns the index for these counts.
     *
     * @param group the group code
     * @param external external ties
     * @param internal internal ties
     * @return the index
     */
    public static GroupEi of(String group, long external, long internal) {
        long t = external + internal;
        return new GroupEi(group, external, internal, t == 0 ? Double.NaN : (double) (external - internal) / t);
    }
}
