package org.msptoolkit.learning.qca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.internal.qca.ConservativeSearch;
import org.msptoolkit.learning.internal.qca.CoverSolver;
import org.msptoolkit.learning.internal.qca.Cube;
import org.msptoolkit.learning.internal.qca.Encoding;
import org.msptoolkit.learning.internal.qca.ParsimoniousSearch;
import org.msptoolkit.learning.internal.qca.Remainders;

/**
 * Entry point of the QCA engine: Boolean minimisation of truth tables and parameters of fit.
 *
 * <pre>{@code
 * TruthTable tt = TruthTable.builder(CaseTable.readCsv(path), "SURV").inclusionCut(0.8).build();
 * Solution ps = Qca.minimise(tt, MinimiseOptions.parsimonious());
 * Solution is = Qca.minimise(tt, MinimiseOptions.intermediate("DEV", "URB", "LIT", "IND", "STB"));
 * SufficiencyFit f = Qca.sufficiency("DEV*~IND + URB*STB", data, "SURV");
 * }</pre>
 */
public final class Qca {
    /** Most conditions for parsimonious and intermediate solutions (the search indexes every set of conditions). */
    public static final int MAX_CONDITIONS_WITH_REMAINDERS = 26;

    private Qca() {}

    /**
     * Minimises a truth table: finds the prime implicants, the essential ones, and every minimal
     * model (fewest prime implicants), exactly.
     *
     * @param table the truth table
     * @param options the solution type and options
     * @return the solution with the fit of each model and term
     * @throws QcaException when there is no positive row, or a directional expectation names an unknown condition
     */
    public static Solution minimise(TruthTable table, MinimiseOptions options) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        Encoding enc = table.encoding();
        long[] pos = table.positiveCodes();
        if (pos.length == 0) {
            throw QcaException.of(
                    "truth table",
                    QcaException.SHAPE,
                    "no positive row to explain (lower the inclusion cut or check the outcome " + table.outcome()
                            + ")");
        }
        if (options.type() != SolutionType.CONSERVATIVE && enc.k() > MAX_CONDITIONS_WITH_REMAINDERS) {
            throw QcaException.of(
                    "conditions",
                    QcaException.SHAPE,
                    enc.k() + " conditions: solutions with remainders support at most " + MAX_CONDITIONS_WITH_REMAINDERS
                            + " conditions");
        }
        long[] con = table.contradictionCodes();
        long[] neg = options.includeContradictions() ? table.negativeCodes() : concat(table.negativeCodes(), con);
        long[] dontCare = options.includeContradictions() ? con : new long[0];
        boolean parallel = pos.length * (long) enc.k() > 256;
        return switch (options.type()) {
            case CONSERVATIVE -> {
                List<Cube> pis = ConservativeSearch.primeImplicants(enc, pos, dontCare);
                Chart chart = solve(enc, pos, pis, options, parallel);
                yield new Solution(
                        table, options, chart.pis, chart.essential, chart.models, chart.truncated, List.of());
            }
            case PARSIMONIOUS -> {
                List<Cube> pis = ParsimoniousSearch.primeImplicants(enc, pos, neg, parallel);
                Chart chart = solve(enc, pos, pis, options, parallel);
                yield new Solution(
                        table, options, chart.pis, chart.essential, chart.models, chart.truncated, List.of());
            }
            case INTERMEDIATE -> intermediate(table, options, enc, pos, neg, dontCare, parallel);
        };
    }

    private static Solution intermediate(
            TruthTable table,
            MinimiseOptions options,
            Encoding enc,
            long[] pos,
            long[] neg,
            long[] dontCare,
            boolean parallel) {
        int k = enc.k();
        int[] expected = new int[k];
        Arrays.fill(expected, -1);
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> e : options.directionalExpectations().entrySet()) {
            int j = -1;
            for (int t = 0; t < k; t++) {
                if (table.conditions().get(t).name().equals(e.getKey())) {
                    j = t;
                }
            }
            if (j < 0) {
                problems.add(Problem.of(
                        "dir.exp " + e.getKey(),
                        QcaException.UNKNOWN_NAME,
                        "no condition '" + e.getKey() + "'; conditions are " + table.conditions()));
            } else if (e.getValue() < 0 || e.getValue() >= enc.levels(j)) {
                problems.add(Problem.of(
                        "dir.exp " + e.getKey(),
                        QcaException.BAD_VALUE,
                        "value " + e.getValue() + " is not a level of "
                                + table.conditions().get(j)));
            } else {
                expected[j] = e.getValue();
            }
        }
        if (!problems.isEmpty()) {
            throw new QcaException("Bad directional expectations", problems);
        }
        List<Cube> parsPis = ParsimoniousSearch.primeImplicants(enc, pos, neg, parallel);
        Chart pars = solve(enc, pos, parsPis, options, parallel);
        Set<Long> observed = new java.util.HashSet<>();
        for (TruthTableRow r : table.rows()) {
            if (r.outcome() != RowOutcome.REMAINDER) {
                observed.add(enc.fromRowNumber(r.number()));
            }
        }
        Map<List<Cube>, List<Cube>> models = new LinkedHashMap<>(); // intermediate model -> parsimonious origin
        Set<Cube> allPis = new LinkedHashSet<>();
        Set<Cube> essential = new LinkedHashSet<>();
        boolean truncated = pars.truncated;
        for (List<Cube> pm : pars.models) {
            long[] remainders;
            try {
                remainders = Remainders.covered(enc, pm, x -> !observed.contains(x));
            } catch (IllegalStateException ex) {
                throw QcaException.of(
                        "intermediate solution",
                        QcaException.SHAPE,
                        "too many remainders to classify as easy or difficult counterfactuals: " + ex.getMessage());
            }
            long[] easy = Arrays.stream(remainders)
                    .filter(r -> isEasy(enc, r, pos, expected))
                    .toArray();
            List<Cube> pis = ConservativeSearch.primeImplicants(enc, pos, concat(easy, dontCare));
            Chart chart = solve(enc, pos, pis, options, parallel);
            allPis.addAll(chart.pis);
            essential.addAll(chart.essential);
            truncated |= chart.truncated;
            for (List<Cube> m : chart.models) {
                if (models.size() < options.maxModels()) {
                    models.putIfAbsent(m, pm);
                } else {
                    truncated = true;
                }
            }
        }
        List<List<Cube>> ms = new ArrayList<>(models.keySet());
        List<List<Cube>> origins = new ArrayList<>(models.values());
        return new Solution(
                table, options, new ArrayList<>(allPis), new ArrayList<>(essential), ms, truncated, origins);
    }

    /** A remainder is an easy counterfactual when some positive row turns into it only by moving conditions to their expected values. */
    private static boolean isEasy(Encoding enc, long r, long[] pos, int[] expected) {
        for (long q : pos) {
            boolean ok = true;
            for (int j = 0; j < enc.k() && ok; j++) {
                int rv = enc.value(r, j);
                ok = rv == enc.value(q, j) || (expected[j] >= 0 && rv == expected[j]);
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private record Chart(List<Cube> pis, List<Cube> essential, List<List<Cube>> models, boolean truncated) {}

    private static Chart solve(Encoding enc, long[] pos, List<Cube> pis, MinimiseOptions options, boolean parallel) {
        int words = (pos.length + 63) >>> 6;
        long[][] cover = new long[pis.size()][words];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, pis.size());
        (parallel && pis.size() > 1000 ? range.parallel() : range).forEach(i -> {
            Cube c = pis.get(i);
            long f = enc.fields(c.mask());
            long[] row = cover[i];
            for (int r = 0; r < pos.length; r++) {
                if ((pos[r] & f) == c.bits()) {
                    row[r >>> 6] |= 1L << r;
                }
            }
        });
        CoverSolver.Result res =
                CoverSolver.solve(pos.length, cover, options.rowDominance(), options.maxModels(), parallel);
        List<Cube> kept = Arrays.stream(res.kept()).mapToObj(pis::get).toList();
        List<Cube> ess = Arrays.stream(res.essential()).mapToObj(pis::get).toList();
        List<List<Cube>> models = res.covers().stream()
                .map(m -> Arrays.stream(m).mapToObj(pis::get).toList())
                .toList();
        return new Chart(kept, ess, models, res.truncated());
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Sufficiency fit of an expression for an outcome.
     *
     * @param expression e.g. {@code "DEV*~IND + URB*STB"}
     * @param data the cases
     * @param outcome the outcome column
     * @return inclS, PRI and covS
     */
    public static SufficiencyFit sufficiency(String expression, CaseTable data, String outcome) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(outcome, "outcome");
        return SufficiencyFit.of(Expression.parse(expression, data).memberships(data), data.column(outcome));
    }

    /**
     * Necessity fit of an expression for an outcome.
     *
     * @param expression e.g. {@code "~IND"} or {@code "DEV + URB"}
     * @param data the cases
     * @param outcome the outcome column
     * @return inclN, RoN and covN
     */
    public static NecessityFit necessity(String expression, CaseTable data, String outcome) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(outcome, "outcome");
        return NecessityFit.of(Expression.parse(expression, data).memberships(data), data.column(outcome));
    }
}
