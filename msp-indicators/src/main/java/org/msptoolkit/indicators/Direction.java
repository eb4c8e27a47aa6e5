package org.msptoolkit.indicators;

/** Which values of an indicator are better for the process. */
public enum Direction {
    /** Higher values are better (e.g. the share of documents published). */
    HIGHER_IS_BETTER,
    /** Lower values are better (e.g. the concentration of seats, HHI). */
    LOWER_IS_BETTER,
    /** Values inside a target band are best (e.g. women's share within 40–60%). */
    TARGET;

    /**
     * Returns the stable code, e.g. {@code "higher-is-better"}.
     *
     * @return the stable code, e.g. {@code "higher-is-better"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
