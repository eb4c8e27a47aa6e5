package org.msptoolkit.indicators.framework;

import java.util.List;
import java.util.regex.Pattern;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.indicators.IndicatorId;

/**
 * One heading of a {@link Framework}: a principle (e.g. {@code "equity"}) or a dimension (e.g.
 * {@code "pathways-to-impact"}) with the indicators that inform it. An indicator may sit in several groups.
 *
 * @param key stable lower-case kebab-case key, e.g. a {@link org.msptoolkit.indicators.Principle#code()}
 * @param label readable name
 * @param indicators the ids of the indicators in this group, in order, without repeats
 */
public record FrameworkGroup(String key, String label, List<IndicatorId> indicators) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks the key, label and ids. */
    public FrameworkGroup {
        Checks.notNull(key, "group key");
        Checks.argument(KEY.matcher(key).matches(), "group key", "be lower-case kebab-case", key);
        Checks.notBlank(label, "group label");
        indicators = Checks.list(indicators, "group " + key + " indicators");
        Checks.argument(
                indicators.stream().distinct().count() == indicators.size(),
                "group " + key + " indicators",
                "not repeat an id",
                indicators);
    }

    /**
     * Returns the group.
     *
     * @param key the key
     * @param label the label
     * @param indicatorIds the indicator ids
     * @return the group
     */
    public static FrameworkGroup of(String key, String label, String... indicatorIds) {
        Checks.notNull(indicatorIds, "indicator ids");
        return new FrameworkGroup(
                key,
                label,
                java.util.Arrays.stream(indicatorIds).map(IndicatorId::of).toList());
    }

    @Override
    public String toString() {
        return key + " (" + indicators.size() + "): " + indicators;
    }
}
