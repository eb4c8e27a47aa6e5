/**
 * Indicators for evaluating multi-stakeholder processes (MSPs): the "shared sets of indicators and
 * standardised tools for evaluation" Hemmati et al. (2002) call for.
 *
 * <h2>Contents</h2>
 * <ul>
 *   <li>{@link org.msptoolkit.indicators.Indicator}: a measure with id, principles, unit, scale, direction,
 *       formula and source; {@link org.msptoolkit.indicators.Measurement}: its value or the reason it is
 *       missing, coverage and {@link org.msptoolkit.indicators.Evidence}.</li>
 *   <li>{@link org.msptoolkit.indicators.Principle}: Hemmati's fifteen principles;
 *       {@link org.msptoolkit.indicators.Criterion} and {@link org.msptoolkit.indicators.OecdCriteria}:
 *       other frameworks' criteria.</li>
 *   <li>{@link org.msptoolkit.indicators.IndicatorRegistry}: indicators loaded from
 *       {@link org.msptoolkit.indicators.spi.IndicatorProvider}s;
 *       {@link org.msptoolkit.indicators.BuiltinIndicators}: the built-in ids.</li>
 *   <li>{@link org.msptoolkit.indicators.EvaluationContext}: the explicit "as of" day of an assessment.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators;
