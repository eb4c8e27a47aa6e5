/**
 * Qualitative Comparative Analysis (QCA): calibrate raw case data into set memberships, build truth
 * tables, compute parameters of fit, and minimise truth tables into conservative, parsimonious and
 * intermediate solutions, so that the common conditions of MSP success and failure can be learnt
 * from many processes. Conventions and results follow the R package QCA (Dusa).
 *
 * <pre>{@code
 * CaseTable data = CaseTable.readCsv(Path.of("LF.csv"));
 * TruthTable tt = TruthTable.builder(data, "SURV").inclusionCut(0.8).build();
 * Solution sol = Qca.minimise(tt, MinimiseOptions.parsimonious());
 * String text = sol.toText();                // "M1: DEV*~IND + URB*STB -> SURV", ...
 * }</pre>
 *
 * <p>Names use British spelling ({@code minimise}); R QCA's own function names ({@code minimize()},
 * {@code truthTable()}) are quoted as they are. A null argument to any public method throws a
 * {@link NullPointerException} whose message is the parameter's name.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.learning.qca;
