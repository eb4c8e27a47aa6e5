package org.msptoolkit.bench.qca;

import java.util.Locale;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.MinimiseOptions;
import org.msptoolkit.learning.qca.Qca;
import org.msptoolkit.learning.qca.Solution;
import org.msptoolkit.learning.qca.TruthTable;

/** Wall-clock check of chosen cases, e.g. {@code rule:18:200:parsimonious} (not a benchmark). */
@SuppressWarnings("StringSplitter") // arguments have no empty parts
public final class QcaProfile {
    private QcaProfile() {}

    /**
     * Runs each named case a few times.
     *
     * @param args cases mode:k:N:type, optionally followed by repetitions
     */
    public static void main(String[] args) {
        for (String a : args) {
            String[] p = a.split(":");
            CaseTable t = QcaTables.table(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            int reps = p.length > 4 ? Integer.parseInt(p[4]) : 3;
            for (int i = 0; i < reps; i++) {
                long t0 = System.nanoTime();
                TruthTable tt = TruthTable.builder(t, "Y").build();
                long t1 = System.nanoTime();
                Solution s = Qca.minimise(
                        tt,
                        p[3].equals("conservative") ? MinimiseOptions.conservative() : MinimiseOptions.parsimonious());
                long t2 = System.nanoTime();
                int n = 0;
                for (var m : s.models()) {
                    n += m.terms().size();
                }
                System.out.printf(
                        Locale.ROOT,
                        "%s tt %.3f s, minimize %.3f s, PIs %d, models %d%s (%d terms)%n",
                        a,
                        (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9,
                        s.primeImplicants().size(),
                        s.models().size(),
                        s.truncated() ? "+" : "",
                        n);
            }
        }
    }
}
