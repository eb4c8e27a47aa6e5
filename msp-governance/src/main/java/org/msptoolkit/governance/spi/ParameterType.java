package org.msptoolkit.governance.spi;

/** The type of a rule parameter, checked when a charter is validated. */
public enum ParameterType {
    /** A whole number, zero or more (a count of seats, days, weeks, …). */
    COUNT,
    /** A number between 0 and 1 inclusive, e.g. {@code 0.4} for a 40% share. */
    SHARE,
    /** Any finite number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A piece of text, e.g. a code. */
    TEXT,
    /** A list of texts, e.g. group codes or country codes. */
    TEXT_LIST,
    /** An exact share between 0 and 1, as text {@code "2/3"} or as a number such as {@code 0.5}. */
    FRACTION;

    /**
     * Returns how the type is described in messages, e.g. "a share between 0 and 1".
     *
     * @return how the type is described in messages, e.g. "a share between 0 and 1"
     */
    public String describe() {
        return switch (this) {
            case COUNT -> "a whole number, zero or more";
            case SHARE -> "a share between 0 and 1 (e.g. 0.4 for 40%)";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case TEXT_LIST -> "a list of texts";
            case FRACTION -> "a fraction between 0 and 1, e.g. \"2/3\" or 0.5";
        };
    }
}
