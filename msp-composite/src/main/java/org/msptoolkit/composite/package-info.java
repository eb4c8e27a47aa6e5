/**
 * Composite scores for multi-stakeholder processes: normalisation, weighting, aggregation and
 * uncertainty/sensitivity analysis of a table of units (processes, countries, partnerships…) ×
 * indicators, following the methods of the OECD/JRC Handbook and the R package COINr.
 *
 * <p>Inputs have COINr's {@code iData}/{@code iMeta} shape ({@link UnitTable}, {@link IndexStructure},
 * readable from CSV with {@link CompositeCsv}); a pipeline of recorded steps ({@link Analysis}) is run
 * by {@link CompositeIndex}; {@link UncertaintyAnalysis} perturbs the recorded choices.
 *
 * <pre>{@code
 * CompositeIndex.fromCsv(iData, iMeta)
 *     .normalise(Normalisation.minMax(0, 100))
 *     .aggregate(Aggregation.arithmetic())
 *     .results();
 * }</pre>
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.composite;
