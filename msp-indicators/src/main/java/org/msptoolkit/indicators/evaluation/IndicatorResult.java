package org.msptoolkit.indicators.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.ScoreRule;

/**
 * One indicator's result in an {@link EvaluationReport}: its raw value (or the reason it is missing), its
 * score normalised to [0, 1] (1 best), data coverage and evidence trail. A plain, serialisable value.
 *
 * @param id indicator id
 * @param name indicator name
 * @param unit unit of the value
 * @param direction direction code, e.g. {@code "higher-is-better"}
 * @param principles keys of the framework's groups it counts towards (the Hemmati principles for
 *     {@code hemmati-2002}, the OECD dimensions for {@code oecd-2021})
 * @param value the raw value, empty when not measurable
 * @param score the normalised score, empty when not measurable or not normalisable
 * @param reason why it is not measurable; empty when measured
 * @param coverage share of relevant records that held the data, 0 to 1
 * @param evidence what the measurement used
 * @param scoreRule how the value becomes the score (direction, bounds, target band); empty for an indicator the
 *     registry lacks
 * @param source where the measure or its threshold comes from, as a citation; empty when unknown
 */
public record IndicatorResult(
        String id,
        String name,
        String unit,
        String direction,
        List<String> principles,
        OptionalDouble value,
        OptionalDouble score,
        Optional<String> reason,
        double coverage,
        List<Evidence> evidence,
        Optional<ScoreRule> scoreRule,
        String source) {

    /** Checks for nulls and copies the lists. */
    public IndicatorResult {
        Checks.notNull(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(unit, "unit");
        Checks.notNull(direction, "direction");
        principles = Lists.copy(principles, "principles");
        Checks.notNull(value, "value");
        Checks.notNull(score, "score");
        Checks.notNull(reason, "reason");
        evidence = Lists.copy(evidence, "evidence");
        Checks.notNull(scoreRule, "scoreRule");
        Checks.notNull(source, "source");
    }

    /**
     * A result without score rule and source (the form before they existed).
     *
     * @param id indicator id
     * @param name indicator name
     * @param unit unit of the value
     * @param direction direction code, e.g. {@code "higher-is-better"}
     * @param principles codes of the groups it counts towards
     * @param value the raw value, empty when not measurable
     * @param score the normalised score, empty when not measurable or not normalisable
     * @param reason why it is not measurable; empty when measured
     * @param coverage share of relevant records that held the data, 0 to 1
     * @param evidence what the measurement used
     * @since 0.2.0
     */
    public IndicatorResult(
            String id,
            String name,
            String unit,
            String direction,
            List<String> principles,
            OptionalDouble value,
            OptionalDouble score,
            Optional<String> reason,
            double coverage,
            List<Evidence> evidence) {
        this(id, name, unit, direction, principles, value, score, reason, coverage, evidence, Optional.empty(), "");
    }

    /**
     * Returns whether a value was measured.
     *
     * @return whether a value was measured
     */
    public boolean isMeasured() {
        return value.isPresent();
    }

    @Override
    public String toString() {
        if (value.isEmpty()) {
            return id + ": not measurable: " + reason.orElse("");
        }
        return id + ": " + Format.number(value.getAsDouble()) + " " + unit
                + (score.isPresent() ? ", score " + Format.fixed(score.getAsDouble()) : "")
                + ", coverage " + Format.percent(coverage);
    }
}
