package org.msptoolkit.indicators.evaluation;

import java.util.List;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.framework.Framework;

/**
 * Short entry points for evaluating processes, for JShell and scripts:
 * <pre>{@code
 * EvaluationReport r = Evaluation.of(process, Frameworks.hemmati2002());
 * String text = r.toString();               // per-principle scores, then every indicator
 * EvaluationTable t = Evaluation.table(List.of(p1, p2), Frameworks.oecd2021());
 * }</pre>
 * These load the registry with {@link IndicatorRegistry#load()} on every call; use an {@link Evaluator} to
 * reuse a registry or fix the assessment day.
 *
 * <h2>Scoring rule</h2>
 * Each measured value is normalised to [0, 1], 1 best, by {@link org.msptoolkit.indicators.Indicator#normalise}
 * (linear on the indicator's scale for higher/lower-is-better; 1 inside a target band, falling linearly
 * towards the scale bounds outside it). A group's (principle's or dimension's) score is the unweighted mean of
 * the scores of its indicators that could be scored; indicators that are not measurable are left out of the
 * mean and lower the group's coverage, which is the mean data coverage of all its indicators (not measurable
 * counting as 0). A group with no scored indicator has no score. No overall score is computed here:
 * weighting and aggregation across groups belong to composite indicators.
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * Evaluates a process as of its last recorded activity, with every indicator on the path.
     *
     * @param process the process
     * @param framework the framework
     * @return the report
     */
    public static EvaluationReport of(MspProcess process, Framework framework) {
        return Evaluator.of(IndicatorRegistry.load()).evaluate(process, framework);
    }

    /**
     * Evaluates a process with explicit settings, e.g. {@code EvaluationContext.asOf("2024-12-31")}.
     *
     * @param process the process
     * @param framework the framework
     * @param context the assessment settings
     * @return the report
     */
    public static EvaluationReport of(MspProcess process, Framework framework, EvaluationContext context) {
        return Evaluator.of(IndicatorRegistry.load()).withContext(context).evaluate(process, framework);
    }

    /**
     * Evaluates many processes into a table, one row per process.
     *
     * @param processes the processes
     * @param framework the framework
     * @return the table
     */
    public static EvaluationTable table(List<MspProcess> processes, Framework framework) {
        return Evaluator.of(IndicatorRegistry.load()).evaluateAll(processes, framework);
    }
}
