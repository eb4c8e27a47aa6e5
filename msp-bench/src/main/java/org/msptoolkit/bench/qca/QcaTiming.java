package org.msptoolkit.bench.qca;

import java.util.Locale;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.MinimiseOptions;
import org.msptoolkit.learning.qca.Qca;
import org.msptoolkit.learning.qca.Solution;
import org.msptoolkit.learning.qca.TruthTable;

/** Quick wall-clock check of the benchmark cases (not a benchmark: use QcaBenchmark for figures). */
public final class QcaTiming {
    private QcaTiming() {}

    /**
     * Runs each case once after a warm-up.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String[][] cases = {
            {"rule", "10", "50"},
            {"random", "10", "200"},
            {"rule", "18", "200"},
            {"random", "18", "50"},
            {"rule", "18", "1000"},
            {"random", "18", "200"},
            {"rule", "22", "1000"},
            {"random", "22", "200"}
        };
        for (String[] c : cases) {
            CaseTable t = QcaTables.table(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]));
            for (String type : new String[] {"conservative", "parsimonious"}) {
                long t0 = System.nanoTime();
                TruthTable tt = TruthTable.builder(t, "Y").build();
                Solution s = Qca.minimise(
                        tt,
                        type.equals("conservative") ? MinimiseOptions.conservative() : MinimiseOptions.parsimonious());
                long t1 = System.nanoTime();
                System.out.printf(
                        Locale.ROOT,
                        "%-6s k=%s N=%-5s %-13s %8.3f s  PIs %5d  models %5d%s  first: %s%n",
                        c[0],
                        c[1],
                        c[2],
                        type,
                        (t1 - t0) / 1e9,
                        s.primeImplicants().size(),
                        s.models().size(),
                        s.truncated() ? "+" : "",
                        abbreviate(s.models().get(0).toString()));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }
}
