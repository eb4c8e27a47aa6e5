package org.msptoolkit.bench.qca;

import java.nio.file.Path;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.MinimiseOptions;
import org.msptoolkit.learning.qca.Qca;
import org.msptoolkit.learning.qca.TruthTable;
import org.msptoolkit.testkit.internal.SharedData;

/** Prints a QCA of the Lipset data (what {@code msp learn} will print): truth tables and solutions with fit. */
public final class LipsetReport {
    private LipsetReport() {}

    /**
     * Runs the analysis.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Path lc = SharedData.find("qca/LC.csv")
                .orElseThrow(() -> new IllegalStateException("../shared/data/qca/LC.csv not found"));
        Path lf = SharedData.find("qca/LF.csv")
                .orElseThrow(() -> new IllegalStateException("../shared/data/qca/LF.csv not found"));
        TruthTable crisp = TruthTable.builder(CaseTable.readCsv(lc), "SURV").build();
        System.out.println(crisp.toText());
        System.out.println(Qca.minimise(crisp, MinimiseOptions.conservative()).toText());
        System.out.println(Qca.minimise(crisp, MinimiseOptions.parsimonious()).toText());
        TruthTable fuzzy = TruthTable.builder(CaseTable.readCsv(lf), "SURV")
                .inclusionCut(0.8)
                .build();
        System.out.println(fuzzy.toText());
        System.out.println(Qca.minimise(fuzzy, MinimiseOptions.conservative()).toText());
        System.out.println(Qca.minimise(fuzzy, MinimiseOptions.parsimonious()).toText());
        System.out.println(Qca.minimise(fuzzy, MinimiseOptions.intermediate("DEV", "URB", "LIT", "IND", "STB"))
                .toText());
        System.out.println(Qca.minimise(fuzzy, MinimiseOptions.parsimonious()).toJson());
    }
}
