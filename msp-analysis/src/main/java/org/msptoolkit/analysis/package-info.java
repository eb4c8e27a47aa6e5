/**
 * From evaluation tables to analysis inputs: {@link EvaluationTables#toUnitTable} for composite scores,
 * {@link EvaluationTables#toCaseTable} for Qualitative Comparative Analysis.
 *
 * @since 0.2.0
 */
package org.msptoolkit.analysis;
