package org.msptoolkit.indicators.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.msptoolkit.core.model.MspProcess;

/**
 * The span of one evaluation on the current thread, during which indicators share facts they derive from the
 * process (look-up maps, tallies) instead of each deriving them again. Facts are kept only while the scope is open
 * and only for the process being evaluated; outside a scope nothing is kept, so every measurement computes afresh.
 * Thread-confined. <strong>Internal: any usage by external parties is not supported.</strong>
 */
public final class EvaluationScope {
    private static final ThreadLocal<EvaluationScope> CURRENT = new ThreadLocal<>();

    private MspProcess process;
    private final Map<Class<?>, Object> facts = new HashMap<>(8);
    private Optional<LocalDate> referenceDay;

    private EvaluationScope() {
    }

    /**
     * Runs an evaluation with a scope open on this thread (the enclosing scope, if any, is restored afterwards).
     *
     * @param <T> the result type
     * @param evaluation the evaluation
     * @return its result
     */
    public static <T> T run(Supplier<T> evaluation) {
        EvaluationScope outer = CURRENT.get();
        CURRENT.set(new EvaluationScope());
        try {
            return evaluation.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * The facts of one kind about a process: made once per open scope, or made afresh when no scope is open.
     *
     * @param <T> the kind of facts
     * @param process the process (compared by identity: processes are immutable)
     * @param kind the kind of facts, the key they are kept under
     * @param make derives the facts from the process
     * @return the facts
     */
    public static <T> T facts(MspProcess process, Class<T> kind, Function<MspProcess, T> make) {
        EvaluationScope scope = CURRENT.get();
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
     * {@link MspProcess#referenceDay()}, derived once per open scope (it scans every dated record).
     *
     * @param process the process
     * @return its reference day
     */
    public static Optional<LocalDate> referenceDay(MspProcess process) {
        EvaluationScope scope = CURRENT.get();
        if (scope == null) {
            return process.referenceDay();
        }
        scope.switchTo(process);
        Optional<LocalDate> day = scope.referenceDay;
        if (day == null) {
            day = process.referenceDay();
            scope.referenceDay = day;
        }
        return day;
    }

    private void switchTo(MspProcess p) {
        if (process != p) {
            process = p;
            facts.clear();
            referenceDay = null;
        }
    }
}
