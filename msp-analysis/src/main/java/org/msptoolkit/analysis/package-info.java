/**
 * From evaluation tables to analysis inputs: {@link EvaluationTables#toUnitTable} for composite scores,
 * {@link EvaluationTables#toCaseTable} for Qualitative Comparative Analysis.
 *
 * @since 0.2.0
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.analysis;
