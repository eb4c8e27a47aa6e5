package org.msptoolkit.bench.qca;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.msptoolkit.learning.qca.CaseTable;

/**
 * The QCA benchmark truth tables, generated with the generator of {@code ../shared/data/qca/benchmark/}'s
 * README (MINSTD, seed = 1000 + k). The tables are the same, case for case and value for value, as the 13
 * files there (compared on 2026-12-04), so the benchmarks need no copy of them; the generator also makes
 * the k = 22 case.
 */
public final class QcaTables {
    private QcaTables() {}

    /**
     * The table for (mode, k, N).
     *
     * @param mode {@code rule} or {@code random}
     * @param k number of conditions
     * @param n number of cases
     * @return the cases
     */
    public static CaseTable table(String mode, int k, int n) {
        return generate(mode, k, n, 1000 + k);
    }

    /**
     * The README's generator.
     *
     * @param mode {@code rule} or {@code random}
     * @param k number of conditions
     * @param n number of distinct configurations
     * @param seed MINSTD seed
     * @return the cases, columns C01..Ck, Y
     */
    public static CaseTable generate(String mode, int k, int n, long seed) {
        final long m = 2147483647L;
        final long a = 16807L;
        final long half = 1073741824L;
        long s = seed;
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        while (rows.size() < n) {
            int[] x = new int[k];
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < k; j++) {
                s = (a * s) % m;
                x[j] = s >= half ? 1 : 0;
                key.append(x[j]);
            }
            s = (a * s) % m;
            int r = s >= half ? 1 : 0;
            if (!seen.add(key.toString())) {
                continue;
            }
            int y;
            if (mode.equals("rule")) {
                y = (x[0] & x[1] & (1 - x[2])) | (x[3] & (1 - x[4]) & x[5]) | ((1 - x[6]) & x[7] & x[8]);
            } else {
                y = r;
            }
            double[] v = new double[k + 1];
            for (int j = 0; j < k; j++) {
                v[j] = x[j];
            }
            v[k] = y;
            rows.add(v);
            ids.add("r" + rows.size());
        }
        List<String> cols = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            cols.add(String.format("C%02d", j));
        }
        cols.add("Y");
        return CaseTable.of(ids, cols, rows.toArray(new double[0][]));
    }
}
