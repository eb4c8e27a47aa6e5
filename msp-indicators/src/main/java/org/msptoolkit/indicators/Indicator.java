package org.msptoolkit.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.indicators.internal.DefinedIndicator;

/**
 * A measure of one aspect of a multi-stakeholder process, such as the share of women among participants
 * or the share of documents published. An indicator has a stable {@link #id()}, names the
 * {@link Principle}s of Hemmati et al. (2002) it informs (and optionally other frameworks'
 * {@link Criterion criteria}), a unit and {@link Scale}, a {@link Direction}, a documented formula and
 * source, and {@link #measure(MspProcess, EvaluationContext) measures} a process into a
 * {@link Measurement}.
 *
 * <p>Implementations must be pure and thread-safe: the same process and context always give an equal
 * measurement, nothing is cached or printed, and the clock is never read (the assessment day comes from
 * the {@link EvaluationContext}). When the data needed is not recorded the indicator says so with
 * {@link Measurement#notMeasurable(String)} instead of guessing or throwing.
 *
 * <p>Third parties can implement this interface, or build an indicator in a few lines:
 * <pre>{@code
 * Indicator observers = Indicator.builder("acme.observer-share", "Share of observers")
 *     .principles(Principle.TRANSPARENCY)
 *     .unit("share").scale(Scale.UNIT).direction(Direction.HIGHER_IS_BETTER)
 *     .formula("observers / participants").source("ACME handbook, 2024")
 *     .measuredBy((process, context) -> process.participants().isEmpty()
 *         ? Measurement.notMeasurable("no participants recorded")
 *         : Measurement.of(process.participants().stream().filter(p -> p.role() == Role.OBSERVER).count()
 *               / (double) process.participants().size()))
 *     .build();
 * }</pre>
 * and offer it to {@link IndicatorRegistry#load()} through an
 * {@link org.msptoolkit.indicators.spi.IndicatorProvider}.
 */
public interface Indicator {
    /**
     * Returns the stable, unique id.
     *
     * @return the stable, unique id
     */
    IndicatorId id();

    /**
     * Returns a short human-readable name.
     *
     * @return a short human-readable name
     */
    String name();

    /**
     * Returns the principles of Hemmati et al. (2002) this indicator informs; never {@code null}, may be empty.
     *
     * @return the principles of Hemmati et al. (2002) this indicator informs; never {@code null}, may be empty
     */
    Set<Principle> principles();

    /**
     * Returns criteria of other frameworks (e.g. OECD 2021) this indicator informs; empty by default.
     *
     * @return criteria of other frameworks (e.g. OECD 2021) this indicator informs; empty by default
     */
    default Set<Criterion> criteria() {
        return Set.of();
    }

    /**
     * Returns the unit of the value, e.g. {@code "share"}, {@code "days"} or {@code "index"}.
     *
     * @return the unit of the value, e.g. {@code "share"}, {@code "days"} or {@code "index"}
     */
    String unit();

    /**
     * Returns the range of possible values.
     *
     * @return the range of possible values
     */
    Scale scale();

    /**
     * Returns which values are better.
     *
     * @return which values are better
     */
    Direction direction();

    /**
     * Returns the target band, present when {@link #direction()} is {@link Direction#TARGET}; empty by default.
     *
     * @return the target band, present when {@link #direction()} is {@link Direction#TARGET}; empty by default
     */
    default Optional<Scale> target() {
        return Optional.empty();
    }

    /**
     * Returns the kinds of data this indicator needs recorded. On a process that did not record one of them the
     * indicator is not measurable, and says which field to record: an evaluation never scores a kind of data
     * nobody wrote down as if it were "none". Empty by default.
     *
     * @return the kinds of data needed
     * @since 0.2.0
     */
    default Set<RecordedData> requires() {
        return Set.of();
    }

    /**
     * Returns the formula in words or symbols, e.g. {@code "HHI = Σ s_i²"}.
     *
     * @return the formula in words or symbols, e.g. {@code "HHI = Σ s_i²"}
     */
    String formula();

    /**
     * Returns where the measure or its threshold comes from (a citation, or "design choice").
     *
     * @return where the measure or its threshold comes from (a citation, or "design choice")
     */
    String source();

    /**
     * Returns a longer explanation; empty by default.
     *
     * @return a longer explanation; empty by default
     */
    default String description() {
        return "";
    }

    /**
     * Measures a process.
     *
     * @param process the process
     * @param context the assessment settings, e.g. the "as of" day
     * @return the value or the reason it could not be measured; never {@code null}
     */
    Measurement measure(MspProcess process, EvaluationContext context);

    /**
     * Measures a process as of its last recorded activity.
     *
     * @param process the process
     * @return the measurement
     */
    default Measurement measure(MspProcess process) {
        return measure(process, EvaluationContext.defaults());
    }

    /**
     * Maps a value to [0, 1], 1 being best, so that indicators can be averaged per principle.
     *
     * <p>The rule: on a bounded scale, {@code HIGHER_IS_BETTER} gives {@code (v - lower) / (upper - lower)}
     * and {@code LOWER_IS_BETTER} gives {@code (upper - v) / (upper - lower)}. {@code TARGET} gives 1 inside
     * the target band; below it {@code (v - lower) / (band.lower - lower)}; above it
     * {@code (upper - v) / (upper - band.upper)} on a bounded scale or {@code band.upper / v} on an open one.
     * An open scale without a target band cannot be normalised (empty). Results are clamped to [0, 1]. This is
     * {@link #scoreRule()}'s {@link ScoreRule#score(double)}.
     *
     * @param value a measured value
     * @return the normalised score, or empty when the scale does not allow it
     */
    default OptionalDouble normalise(double value) {
        return scoreRule().score(value);
    }

    /**
     * Returns how a value becomes a score, as data (direction, bounds, target band); reports show it.
     *
     * @return the score rule, by default the one {@link #scale()}, {@link #direction()} and {@link #target()} give
     * @since 0.2.0
     */
    default ScoreRule scoreRule() {
        return ScoreRule.of(this);
    }

    /**
     * Starts an indicator defined by metadata and a measuring function.
     *
     * @param id the stable id, e.g. {@code "acme.observer-share"}
     * @param name a short name
     * @return a builder
     */
    static Builder builder(String id, String name) {
        return new Builder(IndicatorId.of(id), Checks.notBlank(name, "indicator name"));
    }

    /**
     * Collects an indicator's metadata and measuring function. Required: at least one principle or
     * criterion, unit, scale, direction (with a target band for {@link Direction#TARGET}), formula, source
     * and the function. Not thread-safe; {@link #build()} may be called more than once.
     */
    final class Builder {
        private final IndicatorId id;
        private final String name;
        private final Set<Principle> principles = new LinkedHashSet<>();
        private final Set<Criterion> criteria = new LinkedHashSet<>();
        private final Set<RecordedData> requires = new LinkedHashSet<>();
        private @Nullable String unit;
        private @Nullable Scale scale;
        private @Nullable Direction direction;
        private @Nullable Scale target;
        private @Nullable String formula;
        private @Nullable String source;
        private String description = "";
        private @Nullable BiFunction<MspProcess, EvaluationContext, Measurement> function;

        private Builder(IndicatorId id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Returns this builder.
         *
         * @param values principles to add
         * @return this builder
         */
        public Builder principles(Principle... values) {
            principles.addAll(Checks.list(Arrays.asList(values), "principles"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param values criteria of other frameworks to add
         * @return this builder
         */
        public Builder criteria(Criterion... values) {
            criteria.addAll(Checks.list(Arrays.asList(values), "criteria"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param values kinds of data the indicator needs recorded, to add
         * @return this builder
         * @since 0.2.0
         */
        public Builder requires(RecordedData... values) {
            requires.addAll(Checks.list(Arrays.asList(values), "required data"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value e.g. {@code "share"}
         * @return this builder
         */
        public Builder unit(String value) {
            this.unit = Checks.notBlank(value, "unit");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the range of values
         * @return this builder
         */
        public Builder scale(Scale value) {
            this.scale = Checks.notNull(value, "scale");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value which values are better
         * @return this builder
         */
        public Builder direction(Direction value) {
            this.direction = Checks.notNull(value, "direction");
            return this;
        }

        /**
         * Sets direction {@link Direction#TARGET} with a band.
         *
         * @param band the target band
         * @return this builder
         */
        public Builder target(Scale band) {
            this.target = Checks.notNull(band, "target band");
            this.direction = Direction.TARGET;
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the formula
         * @return this builder
         */
        public Builder formula(String value) {
            this.formula = Checks.notBlank(value, "formula");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the source
         * @return this builder
         */
        public Builder source(String value) {
            this.source = Checks.notBlank(value, "source");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value a longer explanation
         * @return this builder
         */
        public Builder description(String value) {
            this.description = Checks.notNull(value, "description");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the measuring function; must be pure and thread-safe
         * @return this builder
         */
        public Builder measuredBy(BiFunction<MspProcess, EvaluationContext, Measurement> value) {
            this.function = Checks.notNull(value, "measuring function");
            return this;
        }

        /**
         * Returns the indicator.
         *
         * @return the indicator
         * @throws IllegalStateException listing every missing or inconsistent setting at once
         */
        public Indicator build() {
            List<String> missing = new ArrayList<>();
            if (principles.isEmpty() && criteria.isEmpty()) {
                missing.add("at least one principle or criterion");
            }
            if (unit == null) {
                missing.add("unit");
            }
            if (scale == null) {
                missing.add("scale");
            }
            if (direction == null) {
                missing.add("direction");
            } else if (direction == Direction.TARGET && target == null) {
                missing.add("target band (direction is target)");
            }
            if (formula == null) {
                missing.add("formula");
            }
            if (source == null) {
                missing.add("source");
            }
            if (function == null) {
                missing.add("measuring function (measuredBy)");
            }
            if (!missing.isEmpty()
                    || unit == null
                    || scale == null
                    || direction == null
                    || formula == null
                    || source == null
                    || function == null) { // each of these null is listed as missing
                throw new IllegalStateException("indicator " + id + " is missing: " + String.join(", ", missing));
            }
            return new DefinedIndicator(
                    id,
                    name,
                    Set.copyOf(principles),
                    Set.copyOf(criteria),
                    Set.copyOf(requires),
                    unit,
                    scale,
                    direction,
                    Optional.ofNullable(target),
                    formula,
                    source,
                    description,
                    function);
        }
    }
}
