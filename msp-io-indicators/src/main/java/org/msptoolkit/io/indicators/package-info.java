/**
 * Indicator framework files and evaluation output: msp-indicators frameworks read from and written to
 * YAML or JSON ({@link org.msptoolkit.io.indicators.FrameworkFormat},
 * {@link org.msptoolkit.io.indicators.FrameworkFiles}), and evaluation reports and tables written as
 * JSON or tidy CSV ({@link org.msptoolkit.io.indicators.EvaluationWriter}), and a corpus evaluated in
 * parallel, in input order ({@link org.msptoolkit.io.indicators.CorpusEvaluator}).
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.io.indicators;
