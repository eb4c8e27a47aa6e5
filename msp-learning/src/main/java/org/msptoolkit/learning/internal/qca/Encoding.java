package org.msptoolkit.learning.internal.qca;

/**
 * Packs a configuration of k conditions into a {@code long}: condition j occupies a bit field of
 * {@code width[j]} bits at {@code shift[j]}. A term is a pair (condition mask, field values).
 */
public final class Encoding {
    private final int k;
    private final int[] levels;
    private final int[] shift;
    private final long[] field;

    /**
     * An encoding.
     *
     * @param levels the number of levels of each condition
     */
    public Encoding(int[] levels) {
        this.k = levels.length;
        this.levels = levels.clone();
        this.shift = new int[k];
        this.field = new long[k];
        int s = 0;
        for (int j = 0; j < k; j++) {
            int w = 32 - Integer.numberOfLeadingZeros(levels[j] - 1);
            shift[j] = s;
            field[j] = ((1L << w) - 1) << s;
            s += w;
        }
        if (s > 62 || k > 30) {
            throw new IllegalArgumentException(
                    "too many conditions/levels to encode (" + k + " conditions, " + s + " bits)");
        }
    }

    /**
     * Returns number of conditions.
     *
     * @return number of conditions
     */
    public int k() {
        return k;
    }

    /**
     * Returns its levels.
     *
     * @param j condition
     * @return its levels
     */
    public int levels(int j) {
        return levels[j];
    }

    /**
     * Returns true when every condition has two levels.
     *
     * @return true when every condition has two levels
     */
    public boolean binary() {
        for (int l : levels) {
            if (l != 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the bits of its field.
     *
     * @param j condition
     * @return the bits of its field
     */
    public long field(int j) {
        return field[j];
    }

    /**
     * Returns the union of their fields.
     *
     * @param mask set of conditions
     * @return the union of their fields
     */
    public long fields(int mask) {
        long f = 0;
        for (int m = mask; m != 0; m &= m - 1) {
            f |= field[Integer.numberOfTrailingZeros(m)];
        }
        return f;
    }

    /**
     * Returns the packed configuration.
     *
     * @param values one value per condition
     * @return the packed configuration
     */
    public long encode(int[] values) {
        long c = 0;
        for (int j = 0; j < k; j++) {
            c |= ((long) values[j]) << shift[j];
        }
        return c;
    }

    /**
     * Returns the value of condition j.
     *
     * @param code packed configuration or term values
     * @param j condition
     * @return the value of condition j
     */
    public int value(long code, int j) {
        return (int) ((code & field[j]) >>> shift[j]);
    }

    /**
     * Returns the value placed in the field of j.
     *
     * @param j condition
     * @param value a level
     * @return the value placed in the field of j
     */
    public long place(int j, int value) {
        return ((long) value) << shift[j];
    }

    /**
     * QCA's row number.
     *
     * @param code packed configuration
     * @return 1 + mixed-radix value, first condition most significant
     */
    public long rowNumber(long code) {
        long r = 0;
        for (int j = 0; j < k; j++) {
            r = r * levels[j] + value(code, j);
        }
        return r + 1;
    }

    /**
     * Inverse of {@link #rowNumber(long)}.
     *
     * @param number a row number
     * @return the packed configuration
     */
    public long fromRowNumber(long number) {
        long r = number - 1;
        long c = 0;
        for (int j = k - 1; j >= 0; j--) {
            c |= place(j, (int) (r % levels[j]));
            r /= levels[j];
        }
        return c;
    }

    /**
     * Returns the number of configurations, saturated at Long.MAX_VALUE.
     *
     * @return the number of configurations, saturated at Long.MAX_VALUE
     */
    public long space() {
        long s = 1;
        for (int l : levels) {
            s = Math.multiplyHigh(s, l) != 0 ? Long.MAX_VALUE : s * l;
        }
        return s;
    }

    /**
     * The number of configurations a term covers.
     *
     * @param mask the term's conditions
     * @return the product of the levels of the free conditions
     */
    public long size(int mask) {
        long s = 1;
        for (int j = 0; j < k; j++) {
            if ((mask & (1 << j)) == 0) {
                s *= levels[j];
            }
        }
        return s;
    }
}
