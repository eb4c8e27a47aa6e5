package org.msptoolkit.learning.qca;

import java.util.Objects;

/**
 * One condition at one value inside a term: {@code DEV} (present), {@code ~IND} (absent) or, for a
 * multi-value condition, {@code DEV[2]}.
 *
 * @param condition the condition
 * @param value 1 for presence, 0 for absence, or the category of a multi-value condition
 */
public record Literal(Condition condition, int value) {
    /** Checks that the value is a level of the condition. */
    public Literal {
        Objects.requireNonNull(condition, "condition");
        if (value < 0 || value >= condition.levels()) {
            throw new IllegalArgumentException("value " + value + " is not a level of " + condition);
        }
    }

    /**
     * The membership of a case in this literal.
     *
     * @param x the case's value on the condition (fuzzy membership or category)
     * @return {@code x} or {@code 1 - x} for a two-level set, 1 or 0 for a multi-value condition
     */
    public double membership(double x) {
        if (condition.multiValue()) {
            return x == value ? 1 : 0;
        }
        return value == 1 ? x : 1 - x;
    }

    /**
     * Returns {@code X}, {@code ~X} or {@code X[v]}.
     *
     * @return {@code X}, {@code ~X} or {@code X[v]}
     */
    @Override
    public String toString() {
        if (condition.multiValue()) {
            return condition.name() + "[" + value + "]";
        }
        return value == 1 ? condition.name() : "~" + condition.name();
    }
}
