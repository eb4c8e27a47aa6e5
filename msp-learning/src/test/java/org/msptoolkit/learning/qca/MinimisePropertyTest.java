package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compares the engine with a brute-force QCA written from the definitions: every term is
 * enumerated, prime implicants are implicants none of whose one-literal-shorter sub-terms is an
 * implicant, and minimal models are found by trying all sets of prime implicants by size.
 */
class MinimisePropertyTest {

    @Test
    void binaryTablesMatchBruteForce() {
        for (int seed = 1; seed <= 60; seed++) {
            check(seed, new int[] {2, 2, 2, 2, 2});
        }
    }

    @Test
    void multiValueTablesMatchBruteForce() {
        for (int seed = 100; seed <= 140; seed++) {
            check(seed, new int[] {3, 2, 2, 3});
        }
    }

    @Test
    void sparseSixConditionTablesMatchBruteForce() {
        for (int seed = 200; seed <= 260; seed++) {
            check(seed, new int[] {2, 2, 2, 2, 2, 2}, 0.15, 0.35);
        }
    }

    private static void check(int seed, int[] levels) {
        check(seed, levels, 0.3, 0.65);
    }

    private static void check(int seed, int[] levels, double positive, double observed) {
        Random rnd = new Random(seed);
        int k = levels.length;
        List<int[]> configs = all(levels);
        int[] kind = new int[configs.size()]; // 1 positive, 0 negative, -1 remainder
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        boolean anyPositive = false;
        for (int r = 0; r < configs.size(); r++) {
            double u = rnd.nextDouble();
            kind[r] = u < positive ? 1 : u < observed ? 0 : -1;
            if (kind[r] >= 0) {
                ids.add("r" + r);
                double[] v = new double[k + 1];
                for (int j = 0; j < k; j++) {
                    v[j] = configs.get(r)[j];
                }
                v[k] = kind[r];
                rows.add(v);
                anyPositive |= kind[r] == 1;
            }
        }
        if (!anyPositive) {
            return;
        }
        List<String> cols = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            cols.add("C" + j);
        }
        cols.add("Y");
        CaseTable data = CaseTable.of(ids, cols, rows.toArray(new double[0][]));
        TruthTable tt = TruthTable.builder(data, "Y").build();
        for (boolean parsimonious : new boolean[] {true, false}) {
            Solution s =
                    Qca.minimise(tt, parsimonious ? MinimiseOptions.parsimonious() : MinimiseOptions.conservative());
            List<int[]> terms = all(plusOne(levels));
            List<int[]> pis = new ArrayList<>();
            for (int[] t : terms) {
                int[] term = new int[k];
                for (int j = 0; j < k; j++) {
                    term[j] = t[j] - 1; // -1 free
                }
                if (implicant(term, configs, kind, parsimonious) && coversPositive(term, configs, kind)) {
                    boolean prime = true;
                    for (int j = 0; j < k && prime; j++) {
                        if (term[j] >= 0) {
                            int[] sub = term.clone();
                            sub[j] = -1;
                            prime = !implicant(sub, configs, kind, parsimonious);
                        }
                    }
                    if (prime) {
                        pis.add(term);
                    }
                }
            }
            Set<String> expectedPis = new HashSet<>();
            for (int[] p : pis) {
                expectedPis.add(name(p, levels));
            }
            String msg = "seed " + seed + (parsimonious ? " parsimonious" : " conservative");
            assertThat(s.primeImplicants())
                    .extracting(Term::toString)
                    .as(msg)
                    .containsExactlyInAnyOrderElementsOf(expectedPis);
            Set<Set<String>> expectedModels = minimalCovers(pis, configs, kind, levels);
            Set<Set<String>> got = new HashSet<>(MinimiseTest.models(s));
            assertThat(got).as(msg).isEqualTo(expectedModels);
        }
    }

    private static Set<Set<String>> minimalCovers(List<int[]> pis, List<int[]> configs, int[] kind, int[] levels) {
        List<Integer> positives = new ArrayList<>();
        for (int r = 0; r < configs.size(); r++) {
            if (kind[r] == 1) {
                positives.add(r);
            }
        }
        for (int size = 1; size <= pis.size(); size++) {
            Set<Set<String>> found = new HashSet<>();
            choose(pis, size, 0, new ArrayList<>(), positives, configs, levels, found);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return Set.of();
    }

    private static void choose(
            List<int[]> pis,
            int size,
            int from,
            List<int[]> chosen,
            List<Integer> positives,
            List<int[]> configs,
            int[] levels,
            Set<Set<String>> found) {
        if (chosen.size() == size) {
            for (int r : positives) {
                boolean covered = false;
                for (int[] p : chosen) {
                    covered |= covers(p, configs.get(r));
                }
                if (!covered) {
                    return;
                }
            }
            Set<String> m = new HashSet<>();
            for (int[] p : chosen) {
                m.add(name(p, levels));
            }
            found.add(m);
            return;
        }
        for (int i = from; i < pis.size(); i++) {
            chosen.add(pis.get(i));
            choose(pis, size, i + 1, chosen, positives, configs, levels, found);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static boolean implicant(int[] term, List<int[]> configs, int[] kind, boolean parsimonious) {
        for (int r = 0; r < configs.size(); r++) {
            if (covers(term, configs.get(r)) && (parsimonious ? kind[r] == 0 : kind[r] != 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean coversPositive(int[] term, List<int[]> configs, int[] kind) {
        for (int r = 0; r < configs.size(); r++) {
            if (kind[r] == 1 && covers(term, configs.get(r))) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(int[] term, int[] config) {
        for (int j = 0; j < term.length; j++) {
            if (term[j] >= 0 && term[j] != config[j]) {
                return false;
            }
        }
        return true;
    }

    private static String name(int[] term, int[] levels) {
        List<String> lits = new ArrayList<>();
        for (int j = 0; j < term.length; j++) {
            if (term[j] >= 0) {
                lits.add(levels[j] > 2 ? "C" + j + "[" + term[j] + "]" : (term[j] == 1 ? "C" + j : "~C" + j));
            }
        }
        return lits.isEmpty() ? "1" : String.join("*", lits);
    }

    private static int[] plusOne(int[] levels) {
        int[] out = levels.clone();
        for (int j = 0; j < out.length; j++) {
            out[j]++;
        }
        return out;
    }

    private static List<int[]> all(int[] levels) {
        List<int[]> out = new ArrayList<>();
        int[] v = new int[levels.length];
        while (true) {
            out.add(v.clone());
            int j = levels.length - 1;
            while (j >= 0 && ++v[j] == levels[j]) {
                v[j] = 0;
                j--;
            }
            if (j < 0) {
                return out;
            }
        }
    }
}
