package org.msptoolkit.core.taxonomy;

/**
 * A taxonomy value with a stable code, the string that stands for it in files and reports.
 */
public interface Coded {
    /**
     * The stable code of this value, e.g. {@code "women"}, {@code "SDG5"} or {@code "national"}.
     *
     * @return the code, never {@code null} or blank
     */
    String code();
}
