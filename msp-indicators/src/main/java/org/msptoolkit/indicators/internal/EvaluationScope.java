package org.msptoolkit.indicators.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;

/**
 * The memo of one evaluation, in which indicators share facts they derive from the process (look-up maps,
 * tallies) instead of each deriving them again. It travels explicitly, inside the {@link EvaluationContext}
 * that the evaluator passes to every indicator of one evaluation ({@link #open(EvaluationContext)}); a context
 * made by a user carries none, so outside an evaluation every measurement computes afresh. Facts are kept only
 * for the process being evaluated. Not thread-safe: one evaluation, one thread.
 * <strong>Internal: any usage by external parties is not supported.</strong>
 */
public final class EvaluationScope {
    /**
     * How this package reaches the scope an {@link EvaluationContext} carries without that being API; installed
     * once by {@link EvaluationContext}'s static initialiser.
     */
    public interface Carrier {
        /**
         * Returns the scope it carries, {@code null} when none.
         *
         * @param context a context
         * @return the scope it carries, {@code null} when none
         */
        @Nullable
        EvaluationScope scope(EvaluationContext context);

        /**
         * Returns a copy of {@code context} carrying {@code scope}.
         *
         * @param context a context
         * @param scope the scope
         * @return a copy of {@code context} carrying {@code scope}
         */
        EvaluationContext with(EvaluationContext context, EvaluationScope scope);
    }

    private static @Nullable Carrier carrier;

    private @Nullable MspProcess process;
    private final Map<Class<?>, Object> facts = new HashMap<>(8);
    /** The reference day of {@link #process}, when {@link #referenceDayKnown}. */
    private Optional<LocalDate> referenceDay = Optional.empty();

    private boolean referenceDayKnown;

    private EvaluationScope() {}

    /**
     * Installs the carrier; called once, by {@link EvaluationContext}.
     *
     * @param value the carrier
     */
    public static void install(Carrier value) {
        if (carrier != null) {
            throw new IllegalStateException("the evaluation scope carrier is installed once, by EvaluationContext");
        }
        carrier = value;
    }

    private static Carrier carrier() {
        Carrier c = carrier;
        if (c == null) {
            EvaluationContext.defaults(); // initialises EvaluationContext, which installs the carrier
            c = carrier;
            if (c == null) {
                throw new IllegalStateException("EvaluationContext did not install the evaluation scope carrier");
            }
        }
        return c;
    }

    /**
     * Opens the memo of one evaluation.
     *
     * @param context the settings of the evaluation
     * @return a copy of {@code context} carrying a fresh, empty memo; pass it to every indicator of the evaluation
     */
    public static EvaluationContext open(EvaluationContext context) {
        return carrier().with(context, new EvaluationScope());
    }

    /**
     * Whether the context carries the memo of an evaluation, which has already seen the process as of its
     * assessment day.
     *
     * @param context a context
     * @return {@code true} inside an evaluation
     */
    public static boolean isOpen(EvaluationContext context) {
        return carrier().scope(context) != null;
    }

    /**
     * The facts of one kind about a process: made once per evaluation when {@code context} carries a memo, or made
     * afresh when it carries none.
     *
     * @param <T> the kind of facts
     * @param context the context the indicator was given
     * @param process the process (compared by identity: processes are immutable)
     * @param kind the kind of facts, the key they are kept under
     * @param make derives the facts from the process
     * @return the facts
     */
    public static <T> T facts(
            EvaluationContext context, MspProcess process, Class<T> kind, Function<MspProcess, T> make) {
        EvaluationScope scope = carrier().scope(context);
        if (scope == null) {
            return make.apply(process);
        }
        scope.switchTo(process);
        Object known = scope.facts.get(kind);
        if (known == null) {
            T made = make.apply(process);
            scope.facts.put(kind, made);
            return made;
        }
        return kind.cast(known);
    }

    /**
     * {@link MspProcess#referenceDay()}, derived once per evaluation (it scans every dated record).
     *
     * @param p the process
     * @return its reference day
     */
    public Optional<LocalDate> referenceDay(MspProcess p) {
        switchTo(p);
        if (!referenceDayKnown) {
            referenceDay = p.referenceDay();
            referenceDayKnown = true;
        }
        return referenceDay;
    }

    // The memo belongs to one process object: identity, not a deep comparison of the whole process.
    @SuppressWarnings("ReferenceEquality")
    private void switchTo(MspProcess p) {
        if (process != p) {
            process = p;
            facts.clear();
            referenceDayKnown = false;
        }
    }
}
