/**
 * CSV export of tidy tables (one row per fact) for researchers: participants, attendance,
 * decisions, votes, commitments and documents. Start with {@link org.msptoolkit.io.csv.CsvExport}.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.io.csv;
