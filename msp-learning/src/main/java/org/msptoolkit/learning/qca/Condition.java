package org.msptoolkit.learning.qca;

import java.util.Objects;

/**
 * A causal condition (or the outcome) of a QCA: a column of the case table and how many values it
 * takes. Two levels is a crisp or fuzzy set ("consensus decisions" or not); more levels is a
 * multi-value condition (e.g. development 0 = low, 1 = middle, 2 = high).
 *
 * @param name the column name
 * @param levels 2 for crisp and fuzzy sets, more for multi-value conditions
 */
public record Condition(String name, int levels) {
    /** Checks the name and levels. */
    public Condition {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("condition name is blank");
        }
        if (levels < 2 || levels > 64) {
            throw new IllegalArgumentException("condition " + name + " must have 2..64 levels, had " + levels);
        }
    }

    /**
     * A crisp or fuzzy (two-level) condition.
     *
     * @param name the column name
     * @return the condition
     */
    public static Condition binary(String name) {
        return new Condition(name, 2);
    }

    /**
     * Returns true when the condition has more than two values.
     *
     * @return true when the condition has more than two values
     */
    public boolean multiValue() {
        return levels > 2;
    }

    /**
     * The condition of a column, its kind read from the data: integers 0..L−1 with L &gt; 2 make a
     * multi-value condition, anything else in [0, 1] a crisp or fuzzy set.
     *
     * @param table the cases
     * @param column the column
     * @return the condition
     * @throws QcaException when a value is negative, or above 1 and not an integer
     */
    public static Condition of(CaseTable table, String column) {
        double[] v = table.column(column);
        boolean integers = true;
        double max = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw QcaException.of(
                        "column " + column + ", case " + table.caseIds().get(i),
                        QcaException.BAD_VALUE,
                        "negative value " + v[i] + " is not a set membership nor a category");
            }
            integers &= v[i] == Math.rint(v[i]);
            max = Math.max(max, v[i]);
        }
        if (max > 1 && !integers) {
            throw QcaException.of(
                    "column " + column,
                    QcaException.BAD_VALUE,
                    "values above 1 that are not whole categories (max " + max + "); calibrate the column first");
        }
        return new Condition(column, max > 1 ? (int) max + 1 : 2);
    }

    /**
     * Returns the name, with the number of levels for a multi-value condition.
     *
     * @return the name, with the number of levels for a multi-value condition
     */
    @Override
    public String toString() {
        return multiValue() ? name + "{0.." + (levels - 1) + "}" : name;
    }
}
