package org.msptoolkit.indicators.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorId;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.FrameworkGroup;
import org.msptoolkit.indicators.internal.EvaluationScope;
import org.msptoolkit.core.internal.Checks;

/**
 * Evaluates processes with a framework, using one registry and one {@link EvaluationContext}. Immutable and
 * thread-safe; see {@link Evaluation} for the scoring rule.
 *
 * <pre>{@code
 * Evaluator e = Evaluator.of(IndicatorRegistry.load()).withContext(EvaluationContext.asOf("2024-12-31"));
 * EvaluationReport r = e.evaluate(process, Frameworks.hemmati2002());
 * }</pre>
 */
public final class Evaluator {
    /** The codes of the principles and directions, spelled once rather than on every result. */
    private static final Map<Principle, String> PRINCIPLE_CODES = codes(Principle.values(), Principle::code);
    private static final Map<org.msptoolkit.indicators.Direction, String> DIRECTION_CODES =
            codes(org.msptoolkit.indicators.Direction.values(), org.msptoolkit.indicators.Direction::code);

    private final IndicatorRegistry registry;
    private final EvaluationContext context;

    private Evaluator(IndicatorRegistry registry, EvaluationContext context) {
        this.registry = registry;
        this.context = context;
    }

    /**
     * @param registry the indicators to use
     * @return an evaluator that assesses each process as of its last activity
     */
    public static Evaluator of(IndicatorRegistry registry) {
        return new Evaluator(Checks.notNull(registry, "registry"), EvaluationContext.defaults());
    }

    /**
     * @param value the assessment settings
     * @return a copy using them
     */
    public Evaluator withContext(EvaluationContext value) {
        return new Evaluator(registry, Checks.notNull(value, "evaluation context"));
    }

    /** @return the registry used */
    public IndicatorRegistry registry() {
        return registry;
    }

    /** @return the assessment settings used */
    public EvaluationContext context() {
        return context;
    }

    /**
     * Evaluates one process. Indicators the registry lacks, and indicators that throw, are reported as not
     * measurable with the reason; nothing is dropped.
     *
     * @param process the process
     * @param framework the framework
     * @return the report
     */
    public EvaluationReport evaluate(MspProcess process, Framework framework) {
        Checks.notNull(process, "process");
        Checks.notNull(framework, "framework");
        return EvaluationScope.run(() -> evaluateInScope(process, framework));
    }

    private EvaluationReport evaluateInScope(MspProcess process, Framework framework) {
        Map<IndicatorId, IndicatorResult> results = new HashMap<>();
        List<IndicatorResult> ordered = new ArrayList<>();
        for (IndicatorId id : framework.indicatorIds()) {
            IndicatorResult r = measure(id, process);
            results.put(id, r);
            ordered.add(r);
        }
        List<GroupResult> groups = new ArrayList<>();
        for (FrameworkGroup g : framework.groups()) {
            double sum = 0;
            int scored = 0;
            double coverage = 0;
            for (IndicatorId id : g.indicators()) {
                IndicatorResult r = results.get(id);
                coverage += r.isMeasured() ? r.coverage() : 0;
                if (r.score().isPresent()) {
                    sum += r.score().getAsDouble();
                    scored++;
                }
            }
            int n = g.indicators().size();
            groups.add(new GroupResult(g.key(), g.label(),
                    scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / scored), scored,
                    g.indicators().stream().map(IndicatorId::value).toList(), n == 0 ? 0 : coverage / n));
        }
        Optional<LocalDate> day = context.assessmentDay(process);
        return new EvaluationReport(process.id().toString(), process.title(), framework.id(), framework.version(),
                day, ordered, groups);
    }

    private IndicatorResult measure(IndicatorId id, MspProcess process) {
        Optional<Indicator> found = registry.find(id);
        if (found.isEmpty()) {
            return new IndicatorResult(id.value(), id.value(), "", "", List.of(), OptionalDouble.empty(),
                    OptionalDouble.empty(), Optional.of("indicator '" + id + "' is not in the registry"), 0,
                    List.of());
        }
        Indicator indicator = found.get();
        Measurement m;
        try {
            m = indicator.measure(process, context);
            if (m == null) {
                m = Measurement.notMeasurable("indicator failed: it returned null");
            }
        } catch (RuntimeException e) {
            m = Measurement.notMeasurable("indicator failed: " + e);
        }
        OptionalDouble score = m.value().isPresent() ? indicator.normalise(m.value().getAsDouble())
                : OptionalDouble.empty();
        List<String> principles = new ArrayList<>(indicator.principles().size());
        for (Principle p : indicator.principles()) {
            principles.add(PRINCIPLE_CODES.get(p));
        }
        return new IndicatorResult(id.value(), indicator.name(), indicator.unit(),
                DIRECTION_CODES.get(indicator.direction()), principles, m.value(), score, m.reason(), m.coverage(),
                m.evidence());
    }

    private static <E extends Enum<E>> Map<E, String> codes(E[] values, java.util.function.Function<E, String> code) {
        Map<E, String> codes = new java.util.EnumMap<>(values[0].getDeclaringClass());
        for (E e : values) {
            codes.put(e, code.apply(e));
        }
        return codes;
    }

    /**
     * Evaluates many processes into a table, one row per process, in the order given.
     *
     * @param processes the processes
     * @param framework the framework
     * @return the table
     */
    public EvaluationTable evaluateAll(List<MspProcess> processes, Framework framework) {
        Checks.notNull(framework, "framework");
        List<EvaluationReport> reports = Checks.list(processes, "processes").stream()
                .map(p -> evaluate(p, framework)).toList();
        return new EvaluationTable(framework.id(), framework.indicatorIds().stream().map(IndicatorId::value).toList(),
                framework.groups().stream().map(FrameworkGroup::key).toList(), reports);
    }

    @Override
    public String toString() {
        return "Evaluator[" + registry.size() + " indicators, " + context + "]";
    }
}
