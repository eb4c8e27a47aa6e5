package org.msptoolkit.indicators;

import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.core.internal.Checks;

/**
 * How an indicator's value becomes a score from 0 to 1 (1 best), as data: the direction, the bounds of the value
 * and, for {@link Direction#TARGET}, the target band. Every report shows it, so that a reader can redo any score
 * by hand (women-share 0.333 with band 0.4–0.6 on [0, 1]: below the band, 0.333 / 0.4 = 0.83).
 *
 * <p>The rule: on a bounded scale, {@code HIGHER_IS_BETTER} gives {@code (v - lower) / (upper - lower)} and
 * {@code LOWER_IS_BETTER} gives {@code (upper - v) / (upper - lower)}. {@code TARGET} gives 1 inside the band;
 * below it {@code (v - lower) / (band.lower - lower)}; above it {@code (upper - v) / (upper - band.upper)} on a
 * bounded scale or {@code band.upper / v} on an open one. An open scale without a band gives no score. Scores
 * are clamped to [0, 1].
 *
 * @param direction which values are better
 * @param scale the bounds of the value
 * @param target the target band, for {@link Direction#TARGET}
 * @since 0.2.0
 */
public record ScoreRule(Direction direction, Scale scale, Optional<Scale> target) {
    /** Checks that no component is {@code null}. */
    public ScoreRule {
        Checks.notNull(direction, "direction");
        Checks.notNull(scale, "scale");
        Checks.optional(target, "target band");
    }

    /**
     * The rule an indicator declares through its scale, direction and target band.
     *
     * @param indicator the indicator
     * @return its rule
     */
    public static ScoreRule of(Indicator indicator) {
        return new ScoreRule(indicator.direction(), indicator.scale(), indicator.target());
    }

    /**
     * Maps a value to [0, 1], 1 being best, by the rule above.
     *
     * @param value a measured value
     * @return the score, or empty when the rule gives none (an open scale without a band)
     */
    public OptionalDouble score(double value) {
        Scale s = scale;
        double score;
        if (direction == Direction.TARGET) {
            if (target.isEmpty()) {
                return OptionalDouble.empty();
            }
            Scale b = target.get();
            if (b.contains(value)) {
                score = 1;
            } else if (value < b.lower()) {
                if (!Double.isFinite(s.lower()) || b.lower() <= s.lower()) {
                    return OptionalDouble.empty();
                }
                score = (value - s.lower()) / (b.lower() - s.lower());
            } else if (Double.isFinite(s.upper()) && s.upper() > b.upper()) {
                score = (s.upper() - value) / (s.upper() - b.upper());
            } else if (b.upper() > 0) {
                score = b.upper() / value;
            } else {
                return OptionalDouble.empty();
            }
        } else {
            if (!s.isBounded() || s.upper() == s.lower()) {
                return OptionalDouble.empty();
            }
            double up = (value - s.lower()) / (s.upper() - s.lower());
            score = direction == Direction.HIGHER_IS_BETTER ? up : 1 - up;
        }
        return OptionalDouble.of(Math.max(0, Math.min(1, score)));
    }

    /**
     * The rule in words, e.g. {@code "lower is better on [0, 1]: score = (1 - value) / 1"}.
     *
     * @return the rule in words
     */
    public String describe() {
        String lo = num(scale.lower());
        String hi = num(scale.upper());
        if (direction == Direction.TARGET) {
            if (target.isEmpty()) {
                return "target band not given: no score";
            }
            Scale b = target.get();
            String bl = num(b.lower());
            String bu = num(b.upper());
            StringBuilder t = new StringBuilder("target ");
            t.append(Double.isInfinite(b.upper()) ? "at least " + bl : bl + " to " + bu)
                    .append(" on ")
                    .append(scale)
                    .append(": score 1 inside the band");
            if (Double.isFinite(scale.lower()) && b.lower() > scale.lower()) {
                t.append("; below it (value - ")
                        .append(lo)
                        .append(") / (")
                        .append(bl)
                        .append(" - ")
                        .append(lo)
                        .append(")");
            }
            if (Double.isFinite(b.upper())) {
                if (Double.isFinite(scale.upper()) && scale.upper() > b.upper()) {
                    t.append("; above it (")
                            .append(hi)
                            .append(" - value) / (")
                            .append(hi)
                            .append(" - ")
                            .append(bu)
                            .append(")");
                } else if (b.upper() > 0) {
                    t.append("; above it ").append(bu).append(" / value");
                }
            }
            return t.toString();
        }
        if (!scale.isBounded() || scale.upper() == scale.lower()) {
            return direction.code().replace('-', ' ') + " on " + scale + ": no score (open scale)";
        }
        String range = "(" + hi + " - " + lo + ")";
        return direction == Direction.HIGHER_IS_BETTER
                ? "higher is better on " + scale + ": score = (value - " + lo + ") / " + range
                : "lower is better on " + scale + ": score = (" + hi + " - value) / " + range;
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    @Override
    public String toString() {
        return describe();
    }
}
