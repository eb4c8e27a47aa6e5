package org.msptoolkit.indicators.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorId;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.ScoreRule;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.FrameworkGroup;
import org.msptoolkit.indicators.internal.DefinedIndicator;
import org.msptoolkit.indicators.internal.EvaluationScope;
import org.msptoolkit.indicators.internal.Requirements;

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
    /** The codes of the directions, spelled once rather than on every result. */
    private static final Map<org.msptoolkit.indicators.Direction, String> DIRECTION_CODES =
            codes(org.msptoolkit.indicators.Direction.values(), org.msptoolkit.indicators.Direction::code);

    private final IndicatorRegistry registry;
    private final EvaluationContext context;
    /** A cache of the resolved framework last evaluated with (immutable; racing threads at worst both make it). */
    private volatile @Nullable Plan lastPlan;

    private Evaluator(IndicatorRegistry registry, EvaluationContext context) {
        this.registry = registry;
        this.context = context;
    }

    /**
     * Returns an evaluator that assesses each process as of its last activity.
     *
     * @param registry the indicators to use
     * @return an evaluator that assesses each process as of its last activity
     */
    public static Evaluator of(IndicatorRegistry registry) {
        return new Evaluator(Checks.notNull(registry, "registry"), EvaluationContext.defaults());
    }

    /**
     * Returns a copy using them.
     *
     * @param value the assessment settings
     * @return a copy using them
     */
    public Evaluator withContext(EvaluationContext value) {
        return new Evaluator(registry, Checks.notNull(value, "evaluation context"));
    }

    /**
     * Returns the registry used.
     *
     * @return the registry used
     */
    public IndicatorRegistry registry() {
        return registry;
    }

    /**
     * Returns the assessment settings used.
     *
     * @return the assessment settings used
     */
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
        // the process as known on the assessment day, made once for every indicator (and so for compliance too)
        Optional<LocalDate> day = this.context.assessmentDay(process);
        EvaluationContext dated =
                day.isPresent() && this.context.asOf().isEmpty() ? this.context.withAsOf(day.get()) : this.context;
        process = day.isPresent() ? process.asOf(day.get()) : process;
        // one memo per evaluation, passed to every indicator inside the context
        EvaluationContext context = EvaluationScope.open(dated);
        Plan plan = plan(framework);
        int n = plan.ids.length;
        IndicatorResult[] results = new IndicatorResult[n];
        for (int k = 0; k < n; k++) {
            results[k] = measure(plan, k, process, context);
        }
        GroupResult[] groups = new GroupResult[plan.groups.size()];
        for (int gi = 0; gi < groups.length; gi++) {
            FrameworkGroup g = plan.groups.get(gi);
            int[] members = plan.members[gi];
            double sum = 0;
            int scored = 0;
            double coverage = 0;
            for (int k : members) {
                IndicatorResult r = results[k];
                coverage += r.isMeasured() ? r.coverage() : 0;
                if (r.score().isPresent()) {
                    sum += r.score().getAsDouble();
                    scored++;
                }
            }
            int size = members.length;
            groups[gi] = new GroupResult(
                    g.key(),
                    g.label(),
                    scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / scored),
                    scored,
                    plan.groupIds.get(gi),
                    size == 0 ? 0 : coverage / size);
        }
        return new EvaluationReport(
                process.id().toString(),
                process.title(),
                framework.id(),
                framework.version(),
                day,
                List.of(results),
                List.of(groups));
    }

    /** The framework resolved against the registry once: indicators, their result labels, group members. */
    private static final class Plan {
        private final Framework framework;
        private final IndicatorId[] ids;
        /** {@code null} where the registry lacks the indicator. */
        private final Indicator[] indicators;

        private final String[] names;
        private final String[] units;
        private final String[] directions;
        private final ScoreRule[] rules;
        private final String[] sources;
        /** Per indicator, the keys of the framework's groups it counts towards. */
        private final List<List<String>> principles;

        private final List<FrameworkGroup> groups;
        /** Per group, the positions of its indicators in {@link #ids}. */
        private final int[][] members;

        private final List<List<String>> groupIds;

        private Plan(Framework framework, IndicatorRegistry registry) {
            this.framework = framework;
            List<IndicatorId> all = framework.indicatorIds();
            int n = all.size();
            ids = all.toArray(new IndicatorId[0]);
            indicators = new Indicator[n];
            names = new String[n];
            units = new String[n];
            directions = new String[n];
            rules = new ScoreRule[n];
            sources = new String[n];
            Map<IndicatorId, Integer> position = new HashMap<>();
            for (int k = 0; k < n; k++) {
                position.put(ids[k], k);
                Indicator i = registry.find(ids[k]).orElse(null);
                indicators[k] = i;
                if (i == null) {
                    continue;
                }
                names[k] = i.name();
                units[k] = i.unit();
                directions[k] = DIRECTION_CODES.get(i.direction());
                rules[k] = i.scoreRule();
                sources[k] = i.source();
            }
            groups = framework.groups();
            // the groups of this framework an indicator counts towards: principles for hemmati-2002, dimensions
            // for oecd-2021, a framework file's own groups otherwise
            List<List<String>> codes = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                codes.add(new ArrayList<>(2));
            }
            for (FrameworkGroup g : groups) {
                for (IndicatorId in : g.indicators()) {
                    Integer at = position.get(in);
                    if (at != null) {
                        codes.get(at).add(g.key());
                    }
                }
            }
            principles = codes.stream().map(List::copyOf).toList();
            members = new int[groups.size()][];
            List<List<String>> gids = new ArrayList<>(groups.size());
            for (int g = 0; g < groups.size(); g++) {
                List<IndicatorId> in = groups.get(g).indicators();
                members[g] = new int[in.size()];
                for (int j = 0; j < in.size(); j++) {
                    members[g][j] =
                            Objects.requireNonNull(position.get(in.get(j))); // a group lists framework indicators
                }
                gids.add(List.copyOf(in.stream().map(IndicatorId::value).toList()));
            }
            groupIds = List.copyOf(gids);
        }
    }

    /** The plan of the framework last used, kept so that repeated evaluations resolve it once. */
    // Keyed by the framework object: an equal but distinct framework only costs resolving the plan again.
    @SuppressWarnings("ReferenceEquality")
    private Plan plan(Framework framework) {
        Plan p = lastPlan;
        if (p == null || p.framework != framework) {
            p = new Plan(framework, registry);
            lastPlan = p;
        }
        return p;
    }

    private static IndicatorResult measure(Plan plan, int k, MspProcess process, EvaluationContext context) {
        IndicatorId id = plan.ids[k];
        Indicator indicator = plan.indicators[k];
        if (indicator == null) {
            return new IndicatorResult(
                    id.value(),
                    id.value(),
                    "",
                    "",
                    List.of(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    Optional.of("indicator '" + id + "' is not in the registry"),
                    0,
                    List.of());
        }
        Measurement m;
        try {
            // built-in and builder-made indicators check what they need themselves
            Measurement unmet = indicator instanceof DefinedIndicator ? null : Requirements.unmet(indicator, process);
            m = unmet != null ? unmet : indicator.measure(process, context);
            if (m == null) {
                m = Measurement.notMeasurable("indicator failed: it returned null");
            }
        } catch (RuntimeException e) {
            m = Measurement.notMeasurable("indicator failed: " + e);
        }
        OptionalDouble score =
                m.value().isPresent() ? indicator.normalise(m.value().getAsDouble()) : OptionalDouble.empty();
        return new IndicatorResult(
                id.value(),
                plan.names[k],
                plan.units[k],
                plan.directions[k],
                plan.principles.get(k),
                m.value(),
                score,
                m.reason(),
                m.coverage(),
                m.evidence(),
                Optional.ofNullable(plan.rules[k]),
                Objects.requireNonNullElse(plan.sources[k], ""));
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
                .map(p -> evaluate(p, framework))
                .toList();
        return new EvaluationTable(
                framework.id(),
                framework.indicatorIds().stream().map(IndicatorId::value).toList(),
                framework.groups().stream().map(FrameworkGroup::key).toList(),
                reports);
    }

    @Override
    public String toString() {
        return "Evaluator[" + registry.size() + " indicators, " + context + "]";
    }
}
