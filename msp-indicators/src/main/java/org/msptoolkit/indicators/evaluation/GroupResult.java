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

    /**
     * What a reader should know before trusting the score: that it rests on one indicator, or that less than
     * half of the data its indicators need was there. Every report shows these next to the score.
     *
     * @return the caveats, in words; empty when there are none or the group has no score
     * @since 0.2.0
     */
    public List<String> caveats() {
        if (score.isEmpty()) {
            return List.of();
        }
        List<String> c = new java.util.ArrayList<>(2);
        if (scored == 1) {
            c.add(indicators.size() == 1 ? "rests on one indicator" : "rests on one scored indicator");
        }
        if (coverage < 0.5) {
            c.add("coverage under 50%");
        }
        return List.copyOf(c);
    }

    @Override
    public String toString() {
        List<String> caveats = caveats();
        return key + ": " + (score.isPresent() ? Format.fixed(score.getAsDouble()) : "no score") + " (" + scored
                + " of " + indicators.size() + " indicators scored, coverage " + Format.percent(coverage) + ")"
                + (caveats.isEmpty() ? "" : " [" + String.join("; ", caveats) + "]");
    }
}
