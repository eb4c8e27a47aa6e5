/**
 * Evaluating processes with a framework: reports, before/after differences and tables of many processes.
 *
 * <h2>Contents</h2>
 * <ul>
 *   <li>{@link org.msptoolkit.indicators.evaluation.Evaluation}: static entry points and the scoring rule;
 *       {@link org.msptoolkit.indicators.evaluation.Evaluator}: a reusable evaluator.</li>
 *   <li>{@link org.msptoolkit.indicators.evaluation.EvaluationReport} with
 *       {@link org.msptoolkit.indicators.evaluation.IndicatorResult} and
 *       {@link org.msptoolkit.indicators.evaluation.GroupResult}.</li>
 *   <li>{@link org.msptoolkit.indicators.evaluation.EvaluationDiff}: before/after.</li>
 *   <li>{@link org.msptoolkit.indicators.evaluation.EvaluationTable} and
 *       {@link org.msptoolkit.indicators.evaluation.TidyRow}: many processes, for composite scoring.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators.evaluation;
