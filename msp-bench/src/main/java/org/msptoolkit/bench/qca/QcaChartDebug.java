package org.msptoolkit.bench.qca;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.learning.internal.qca.CoverSolver;
import org.msptoolkit.learning.internal.qca.Cube;
import org.msptoolkit.learning.internal.qca.Encoding;
import org.msptoolkit.learning.internal.qca.ParsimoniousSearch;
import org.msptoolkit.learning.qca.CaseTable;

/** Times the phases of a parsimonious minimisation of a generated binary table (development aid). */
public final class QcaChartDebug {
    private QcaChartDebug() {}

    /**
     * Runs one case.
     *
     * @param args mode k N [maxModels]
     */
    public static void main(String[] args) {
        int k = Integer.parseInt(args[1]);
        CaseTable t = QcaTables.table(args[0], k, Integer.parseInt(args[2]));
        int[] levels = new int[k];
        java.util.Arrays.fill(levels, 2);
        Encoding enc = new Encoding(levels);
        double[] y = t.column("Y");
        List<Long> p = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            int[] v = new int[k];
            for (int j = 0; j < k; j++) {
                v[j] = (int) t.column(t.columns().get(j))[i];
            }
            (y[i] > 0.5 ? p : n).add(enc.encode(v));
        }
        long[] pos = p.stream().mapToLong(Long::longValue).toArray();
        long[] neg = n.stream().mapToLong(Long::longValue).toArray();
        long t0 = System.nanoTime();
        List<Cube> pis = ParsimoniousSearch.primeImplicants(enc, pos, neg, true);
        long t1 = System.nanoTime();
        int words = (pos.length + 63) >>> 6;
        long[][] cover = new long[pis.size()][words];
        for (int i = 0; i < pis.size(); i++) {
            Cube c = pis.get(i);
            long f = enc.fields(c.mask());
            for (int r = 0; r < pos.length; r++) {
                if ((pos[r] & f) == c.bits()) {
                    cover[i][r >>> 6] |= 1L << r;
                }
            }
        }
        int max = args.length > 3 ? Integer.parseInt(args[3]) : 10000;
        CoverSolver.Result res = CoverSolver.solve(pos.length, cover, false, max, true);
        long t2 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "pos %d neg %d PIs %d (%.3f s) essential %d models %d%s size %d (%.3f s)%n",
                pos.length,
                neg.length,
                pis.size(),
                (t1 - t0) / 1e9,
                res.essential().length,
                res.covers().size(),
                res.truncated() ? "+" : "",
                res.covers().isEmpty() ? -1 : res.covers().get(0).length,
                (t2 - t1) / 1e9);
    }
}
