package org.msptoolkit.learning.qca;

/** The output value of a truth table row, with QCA's codes. */
public enum RowOutcome {
    /** {@code 1}: the configuration is consistently sufficient for the outcome. */
    POSITIVE("1"),
    /** {@code 0}: the configuration is not sufficient for the outcome. */
    NEGATIVE("0"),
    /** {@code C}: contradiction, consistency between the two inclusion cuts. */
    CONTRADICTION("C"),
    /** {@code ?}: logical remainder, fewer cases than the frequency cut (usually none). */
    REMAINDER("?");

    private final String code;

    RowOutcome(String code) {
        this.code = code;
    }

    /**
     * Returns QCA's code: {@code 1}, {@code 0}, {@code C} or {@code ?}.
     *
     * @return QCA's code: {@code 1}, {@code 0}, {@code C} or {@code ?}
     */
    public String code() {
        return code;
    }
}
