package org.msptoolkit.indicators.evaluation;

import java.util.List;
import java.util.OptionalDouble;
import org.msptoolkit.core.internal.Checks;

/**
 * The result for one group of a framework (a principle or a dimension), summarised by the rule documented
 * in {@link Evaluation}: the mean of the normalised scores of its scored indicators.
 *
 * @param key group key, e.g. {@code "equity"}
 * @param label group label
 * @param score mean normalised score, 0 to 1; empty when no indicator of the group could be scored
 * @param scored how many indicators had a score
 * @param indicators the ids of the group's indicators
 * @param coverage mean data coverage over all the group's indicators (not measurable counts as 0)
 */
public record GroupResult(
        String key, String label, OptionalDouble score, int scored, List<String> indicators, double coverage) {
    /** Checks for nulls and copies the list. */
    public GroupResult {
        Checks.notNull(key, "key");
        Checks.notNull(label, "label");
        Checks.notNull(score, "score");
        indicators = Lists.copy(indicators, "indicators");
    }

    @Override
    public String toString() {
        return key + ": " + (score.isPresent() ? Format.fixed(score.getAsDouble()) : "no score") + " (" + scored
                + " of " + indicators.size() + " indicators scored, coverage " + Format.percent(coverage) + ")";
    }
}
