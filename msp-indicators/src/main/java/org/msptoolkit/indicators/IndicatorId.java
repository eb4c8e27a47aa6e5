package org.msptoolkit.indicators;

import java.util.regex.Pattern;
import org.msptoolkit.core.internal.Checks;

/**
 * The stable id of an indicator, used in frameworks, reports and files, e.g. {@code "women-share"}.
 * Ids are lower-case kebab-case, optionally with dots to name a namespace
 * (e.g. {@code "acme.volunteer-hours"}); third-party indicators should use such a namespace.
 *
 * @param value the id text
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([-.][a-z0-9]+)*");

    /** Checks that the id is lower-case kebab-case (dots allowed as namespace separators). */
    public IndicatorId {
        Checks.notNull(value, "indicator id");
        Checks.argument(
                ID.matcher(value).matches(),
                "indicator id",
                "be lower-case letters and digits separated by single hyphens or dots (e.g. \"women-share\")",
                value);
    }

    /**
     * Returns the id.
     *
     * @param value e.g. {@code "women-share"}
     * @return the id
     * @throws IllegalArgumentException when the text is not a valid id
     */
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    @Override
    public int compareTo(IndicatorId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
