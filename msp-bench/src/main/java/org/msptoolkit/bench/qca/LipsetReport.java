package org.msptoolkit.bench.qca;

import java.nio.file.Path;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.MinimiseOptions;
import org.msptoolkit.learning.qca.Qca;
import org.msptoolkit.learning.qca.TruthTable;

/**
 * Prints a QCA of the Lipset data (what {@code msp learn} prints): truth tables and solutions with fit.
 * Reads the copies of the crisp and fuzzy Lipset tables committed with msp-learning's tests (the same
 * files as {@code ../shared/data/qca/}), from the repository root, or the two files given.
 *
 * <pre>java -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.qca.LipsetReport [LC.csv LF.csv]</pre>
 */
public final class LipsetReport {
    private LipsetReport() {}

    /**
     * Runs the analysis.
     *
     * @param args the crisp and the fuzzy table; default msp-learning's test copies
     */
    public static void main(String[] args) {
        Path lc = Path.of(args.length > 1 ? args[0] : "msp-learning/src/test/resources/qca/LC.csv");
        Path lf = Path.of(args.length > 1 ? args[1] : "msp-learning/src/test/resources/qca/LF.csv");
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
