package org.msptoolkit.indicators.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.indicators.Criterion;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorId;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/**
 * An indicator made of metadata and a measuring function; built by {@link Indicator#builder}.
 * Equal when ids are equal. <strong>Internal: any usage by external parties is not supported.</strong>
 */
public final class DefinedIndicator implements Indicator {
    private final IndicatorId id;
    private final String name;
    private final Set<Principle> principles;
    private final Set<Criterion> criteria;
    private final Set<RecordedData> requires;
    private final String unit;
    private final Scale scale;
    private final Direction direction;
    private final Optional<Scale> target;
    private final String formula;
    private final String source;
    private final String description;
    private final BiFunction<MspProcess, EvaluationContext, Measurement> function;

    /**
     * Creates an indicator from the settings its builder checked.
     *
     * @param id id
     * @param name name
     * @param principles principles
     * @param criteria criteria
     * @param requires kinds of data needed recorded
     * @param unit unit
     * @param scale scale
     * @param direction direction
     * @param target target band
     * @param formula formula
     * @param source source
     * @param description description
     * @param function measuring function
     */
    public DefinedIndicator(
            IndicatorId id,
            String name,
            Set<Principle> principles,
            Set<Criterion> criteria,
            Set<RecordedData> requires,
            String unit,
            Scale scale,
            Direction direction,
            Optional<Scale> target,
            String formula,
            String source,
            String description,
            BiFunction<MspProcess, EvaluationContext, Measurement> function) {
        this.id = id;
        this.name = name;
        this.principles =
                principles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(principles));
        this.criteria = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(criteria));
        this.requires = requires.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(requires));
        this.unit = unit;
        this.scale = scale;
        this.direction = direction;
        this.target = target;
        this.formula = formula;
        this.source = source;
        this.description = description;
        this.function = function;
    }

    @Override
    public IndicatorId id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Principle> principles() {
        return principles;
    }

    @Override
    public Set<Criterion> criteria() {
        return criteria;
    }

    @Override
    public Set<RecordedData> requires() {
        return requires;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public Scale scale() {
        return scale;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public Optional<Scale> target() {
        return target;
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Measurement measure(MspProcess process, EvaluationContext context) {
        Checks.notNull(process, "process");
        Checks.notNull(context, "evaluation context");
        // outside an evaluation (which has done both once for all its indicators): see the process as of the
        // assessment day, and check the data needed was recorded
        MspProcess seen = process;
        if (!EvaluationScope.isOpen(context)) {
            seen = context.assessmentDay(process).map(process::asOf).orElse(process);
        }
        Measurement unmet = Requirements.unmet(this, seen);
        if (unmet != null) {
            return unmet;
        }
        Measurement m = function.apply(seen, context);
        if (m == null) {
            throw new IllegalStateException("indicator " + id + " returned null for process " + process.id());
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DefinedIndicator d && d.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + " \"" + name + "\" (" + unit + " " + scale + ", " + direction.code()
                + target.map(t -> " " + t).orElse("") + "; principles " + principles + ")";
    }
}
