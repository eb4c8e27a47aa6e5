package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A composite-index pipeline as data: the ordered steps with all their parameters. Change a step
 * ({@link #with(Step)}) and re-run it with {@link CompositeIndex#rerun(Analysis)}; uncertainty
 * analysis does exactly that with sampled alternatives.
 *
 * @param steps the steps, in order; at most one of each kind; aggregation, if present, is last
 *
 * @since 0.1.0
 */
public record Analysis(List<Step> steps) {
    /** Checks the order of steps. */
    public Analysis {
        steps = List.copyOf(steps);
        List<Class<?>> seen = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (seen.contains(s.getClass())) {
                throw new IllegalArgumentException(
                        "the analysis has two steps of kind " + s.getClass().getSimpleName() + ": " + steps);
            }
            seen.add(s.getClass());
            if (s instanceof Step.Aggregate && i != steps.size() - 1) {
                throw new IllegalArgumentException("aggregation must be the last step: " + steps);
            }
        }
    }

    /**
     * Returns an analysis with no steps (raw data only).
     *
     * @return an analysis with no steps (raw data only)
     */
    public static Analysis empty() {
        return new Analysis(List.of());
    }

    /**
     * This analysis with a step replaced (same kind) or added (before the aggregation, or at the end).
     *
     * @param step the new step
     * @return the changed analysis
     */
    public Analysis with(Step step) {
        List<Step> out = new ArrayList<>(steps);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).getClass() == step.getClass()) {
                out.set(i, step);
                return new Analysis(out);
            }
        }
        int at = out.size();
        if (!(step instanceof Step.Aggregate) && !out.isEmpty() && out.get(at - 1) instanceof Step.Aggregate) {
            at--;
        }
        out.add(at, step);
        return new Analysis(out);
    }

    /**
     * This analysis without steps of a kind.
     *
     * @param kind e.g. {@code Step.Treat.class}
     * @return the changed analysis
     */
    public Analysis without(Class<? extends Step> kind) {
        return new Analysis(steps.stream().filter(s -> !kind.isInstance(s)).collect(Collectors.toList()));
    }

    /**
     * Returns the step of that kind, if present.
     *
     * @param kind e.g. {@code Step.Normalise.class}
     * @param <S> the step type
     * @return the step of that kind, if present
     */
    public <S extends Step> Optional<S> step(Class<S> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    @Override
    public String toString() {
        return steps.isEmpty() ? "Analysis[raw]" : "Analysis" + steps;
    }
}
