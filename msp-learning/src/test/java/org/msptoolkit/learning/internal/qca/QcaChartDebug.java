package org.msptoolkit.learning.internal.qca;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.learning.qca.CaseTable;

/**
 * Times the two phases of a parsimonious minimisation of a crisp (0/1) case table, prime implicants
 * and then the cover, on the internals (development aid, not a test; it was msp-bench's
 * {@code QcaChartDebug}). From the repository root, after a build (the benchmarks jar serves as the class
 * path of msp-learning and its dependencies):
 *
 * <pre>
 * java -cp msp-learning/target/test-classes:msp-bench/target/benchmarks.jar \
 *     org.msptoolkit.learning.internal.qca.QcaChartDebug ../shared/data/qca/benchmark/rule_k14_N200_seed1014.csv Y
 * </pre>
 */
public final class QcaChartDebug {
    private QcaChartDebug() {}

    /**
     * Runs one table.
     *
     * @param args FILE.csv OUTCOME [maxModels]: every other column is a 0/1 condition
     */
    public static void main(String[] args) {
        CaseTable t = CaseTable.readCsv(Path.of(args[0]));
        String outcome = args[1];
        List<String> conditions =
                t.columns().stream().filter(c -> !c.equals(outcome)).toList();
        int k = conditions.size();
        int[] levels = new int[k];
        Arrays.fill(levels, 2);
        Encoding enc = new Encoding(levels);
        double[] y = t.column(outcome);
        List<Long> p = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            int[] v = new int[k];
            for (int j = 0; j < k; j++) {
                v[j] = (int) t.column(conditions.get(j))[i];
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
        int max = args.length > 2 ? Integer.parseInt(args[2]) : 10000;
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
