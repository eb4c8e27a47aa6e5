package org.msptoolkit.learning.qca;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.internal.qca.Encoding;

/**
 * A truth table: every configuration of conditions observed among the cases (or all of them), how
 * many cases show it, how consistently it leads to the outcome, and its output value — the
 * starting point of a QCA of MSP success or failure. Follows QCA's {@code truthTable()}: a case
 * belongs to the row where its membership exceeds 0.5; inclS and PRI are computed over all cases;
 * rows are numbered 1 + the configuration in binary (mixed radix), first condition most significant.
 *
 * <p>Immutable; build with {@link #builder(CaseTable, String)}.
 */
public final class TruthTable {
    private final CaseTable data;
    private final List<Condition> conditions;
    private final String outcome;
    private final double inclCut1;
    private final double inclCut0;
    private final int nCut;
    private final double priCut;
    private final boolean complete;
    private final List<TruthTableRow> rows;
    private final Encoding encoding;
    private final long[] positive;
    private final long[] negative;
    private final long[] contradiction;

    private TruthTable(Builder b, List<Condition> conditions) {
        this.data = b.data;
        this.conditions = List.copyOf(conditions);
        this.outcome = b.outcome;
        this.inclCut1 = b.inclCut1;
        this.inclCut0 = b.inclCut0;
        this.nCut = b.nCut;
        this.priCut = b.priCut;
        this.complete = b.complete;
        int k = conditions.size();
        int[] levels = conditions.stream().mapToInt(Condition::levels).toArray();
        this.encoding = new Encoding(levels);
        int nCases = data.size();
        double[][] x = new double[k][];
        for (int j = 0; j < k; j++) {
            x[j] = data.column(conditions.get(j).name());
        }
        double[] y = data.column(outcome);
        // assign cases to rows
        Map<Long, List<Integer>> members = new HashMap<>();
        int[] v = new int[k];
        for (int i = 0; i < nCases; i++) {
            boolean inRow = true;
            for (int j = 0; j < k && inRow; j++) {
                if (levels[j] > 2) {
                    v[j] = (int) x[j][i];
                } else if (x[j][i] > 0.5) {
                    v[j] = 1;
                } else if (x[j][i] < 0.5) {
                    v[j] = 0;
                } else {
                    inRow = false; // membership 0.5 exactly: no row above 0.5
                }
            }
            if (inRow) {
                members.computeIfAbsent(encoding.encode(v), c -> new ArrayList<>())
                        .add(i);
            }
        }
        TreeMap<Long, TruthTableRow> byNumber = new TreeMap<>();
        List<Long> pos = new ArrayList<>();
        List<Long> neg = new ArrayList<>();
        List<Long> con = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> e : members.entrySet()) {
            long code = e.getKey();
            double sx = 0;
            double sxy = 0;
            double sxyn = 0;
            for (int i = 0; i < nCases; i++) {
                double m = 1;
                for (int j = 0; j < k && m > 0; j++) {
                    int val = encoding.value(code, j);
                    double mj = levels[j] > 2 ? (x[j][i] == val ? 1 : 0) : (val == 1 ? x[j][i] : 1 - x[j][i]);
                    m = Math.min(m, mj);
                }
                if (m > 0) {
                    double my = Math.min(m, y[i]);
                    sx += m;
                    sxy += my;
                    sxyn += Math.min(my, 1 - y[i]);
                }
            }
            double incl = sxy / sx;
            double pri = (sxy - sxyn) / (sx - sxyn);
            int n = e.getValue().size();
            RowOutcome out;
            if (n < nCut) {
                out = RowOutcome.REMAINDER;
            } else if (incl >= inclCut1 - 1e-12 && (pri >= priCut - 1e-12 || priCut <= 0)) {
                out = RowOutcome.POSITIVE;
            } else if (inclCut0 < inclCut1 && incl >= inclCut0 - 1e-12) {
                out = RowOutcome.CONTRADICTION;
            } else {
                out = RowOutcome.NEGATIVE;
            }
            switch (out) {
                case POSITIVE -> pos.add(code);
                case NEGATIVE -> neg.add(code);
                case CONTRADICTION -> con.add(code);
                default -> {}
            }
            List<String> ids =
                    e.getValue().stream().map(i -> data.caseIds().get(i)).toList();
            long number = encoding.rowNumber(code);
            byNumber.put(
                    number,
                    new TruthTableRow(
                            number,
                            values(code),
                            out,
                            n,
                            OptionalDouble.of(incl),
                            Double.isNaN(pri) ? OptionalDouble.empty() : OptionalDouble.of(pri),
                            ids));
        }
        if (complete) {
            long space = encoding.space();
            for (long r = 1; r <= space; r++) {
                if (!byNumber.containsKey(r)) {
                    byNumber.put(
                            r,
                            new TruthTableRow(
                                    r,
                                    values(encoding.fromRowNumber(r)),
                                    RowOutcome.REMAINDER,
                                    0,
                                    OptionalDouble.empty(),
                                    OptionalDouble.empty(),
                                    List.of()));
                }
            }
        }
        this.rows = List.copyOf(byNumber.values());
        this.positive = sorted(pos);
        this.negative = sorted(neg);
        this.contradiction = sorted(con);
    }

    private static long[] sorted(List<Long> l) {
        return l.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private List<Integer> values(long code) {
        List<Integer> out = new ArrayList<>(conditions.size());
        for (int j = 0; j < conditions.size(); j++) {
            out.add(encoding.value(code, j));
        }
        return out;
    }

    /**
     * Starts a truth table for an outcome; by default the conditions are all other columns,
     * incl.cut is 1, n.cut is 1, pri.cut is 0 and only observed rows are listed.
     *
     * @param data the cases
     * @param outcome the outcome column, memberships in [0, 1]
     * @return a builder
     */
    public static Builder builder(CaseTable data, String outcome) {
        return new Builder(Objects.requireNonNull(data, "data"), Objects.requireNonNull(outcome, "outcome"));
    }

    /**
     * Returns the cases the table was built from.
     *
     * @return the cases the table was built from
     */
    public CaseTable data() {
        return data;
    }

    /**
     * Returns the conditions, in column order of the table.
     *
     * @return the conditions, in column order of the table
     */
    public List<Condition> conditions() {
        return conditions;
    }

    /**
     * Returns the outcome column.
     *
     * @return the outcome column
     */
    public String outcome() {
        return outcome;
    }

    /**
     * Returns the rows in row-number order: observed rows, or all rows for a complete table.
     *
     * @return the rows in row-number order: observed rows, or all rows for a complete table
     */
    public List<TruthTableRow> rows() {
        return rows;
    }

    /**
     * Returns the first inclusion cut (rows at or above it are positive).
     *
     * @return the first inclusion cut (rows at or above it are positive)
     */
    public double inclusionCut() {
        return inclCut1;
    }

    /**
     * Returns the second inclusion cut (rows between it and the first are contradictions); equals the first when not
     * set.
     *
     * @return the second inclusion cut (rows between it and the first are contradictions); equals the first when not
     *     set
     */
    public double contradictionCut() {
        return inclCut0;
    }

    /**
     * Returns the frequency cut: rows with fewer cases are remainders.
     *
     * @return the frequency cut: rows with fewer cases are remainders
     */
    public int frequencyCut() {
        return nCut;
    }

    /**
     * Returns the PRI cut.
     *
     * @return the PRI cut
     */
    public double priCut() {
        return priCut;
    }

    Encoding encoding() {
        return encoding;
    }

    long[] positiveCodes() {
        return positive;
    }

    long[] negativeCodes() {
        return negative;
    }

    long[] contradictionCodes() {
        return contradiction;
    }

    /**
     * The table as text, in QCA's layout: row number, condition values, OUT, n, incl, PRI, cases.
     *
     * @return the printable table
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "Truth table for %s (incl.cut %s, n.cut %d%s)%n",
                outcome,
                inclCut0 < inclCut1 ? fmt(inclCut1) + "/" + fmt(inclCut0) : fmt(inclCut1),
                nCut,
                priCut > 0 ? ", pri.cut " + fmt(priCut) : ""));
        int w = String.valueOf(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number())
                .length();
        sb.append(" ".repeat(w + 1));
        for (Condition c : conditions) {
            sb.append(' ').append(c.name());
        }
        sb.append("  OUT    n  incl   PRI   cases\n");
        for (TruthTableRow r : rows) {
            sb.append(String.format(Locale.ROOT, "%" + w + "d ", r.number()));
            for (int j = 0; j < conditions.size(); j++) {
                String name = conditions.get(j).name();
                sb.append(' ')
                        .append(String.format(
                                "%" + name.length() + "d", r.values().get(j)));
            }
            sb.append(String.format(
                    Locale.ROOT,
                    "   %s  %3d  %s %s  %s%n",
                    r.outcome().code(),
                    r.n(),
                    r.inclS().isPresent() ? fmt(r.inclS().getAsDouble()) : "  -  ",
                    r.pri().isPresent() ? fmt(r.pri().getAsDouble()) : "  -  ",
                    String.join(",", r.cases())));
        }
        return sb.toString();
    }

    static String fmt(double d) {
        return Double.isNaN(d) ? "  -  " : String.format(Locale.ROOT, "%.3f", d);
    }

    /**
     * Returns a one-line summary.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        long p = rows.stream().filter(r -> r.outcome() == RowOutcome.POSITIVE).count();
        return "TruthTable[" + outcome + " <- " + conditions + ", " + rows.size() + " rows, " + p + " positive]";
    }

    /** Collects the options of a truth table. */
    public static final class Builder {
        private final CaseTable data;
        private final String outcome;
        private List<String> conditions = List.of();
        private double inclCut1 = 1;
        private double inclCut0 = 1;
        private int nCut = 1;
        private double priCut = 0;
        private boolean complete;

        private Builder(CaseTable data, String outcome) {
            this.data = data;
            this.outcome = outcome;
        }

        /**
         * The causal conditions, in the order they appear in rows and terms.
         *
         * @param names column names
         * @return this builder
         */
        public Builder conditions(String... names) {
            return conditions(List.of(Objects.requireNonNull(names, "names")));
        }

        /**
         * The causal conditions, in the order they appear in rows and terms.
         *
         * @param names column names
         * @return this builder
         */
        public Builder conditions(List<String> names) {
            this.conditions = List.copyOf(Objects.requireNonNull(names, "names"));
            return this;
        }

        /**
         * One inclusion cut: rows with inclS at or above it are positive, others negative.
         *
         * @param cut in [0, 1]
         * @return this builder
         */
        public Builder inclusionCut(double cut) {
            return inclusionCut(cut, cut);
        }

        /**
         * Two inclusion cuts: positive at or above {@code ic1}, contradiction from {@code ic0}, negative below.
         *
         * @param ic1 the positive cut
         * @param ic0 the contradiction cut, at most {@code ic1}
         * @return this builder
         */
        public Builder inclusionCut(double ic1, double ic0) {
            this.inclCut1 = ic1;
            this.inclCut0 = ic0;
            return this;
        }

        /**
         * The frequency cut: rows with fewer cases are remainders.
         *
         * @param n at least 1
         * @return this builder
         */
        public Builder frequencyCut(int n) {
            this.nCut = n;
            return this;
        }

        /**
         * The PRI cut: rows with lower PRI are not positive.
         *
         * @param cut in [0, 1]
         * @return this builder
         */
        public Builder priCut(double cut) {
            this.priCut = cut;
            return this;
        }

        /**
         * Lists all configurations, unobserved remainders included (at most 2^20 rows).
         *
         * @param complete true for all rows
         * @return this builder
         */
        public Builder complete(boolean complete) {
            this.complete = complete;
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the truth table
         * @throws QcaException listing every unknown column, bad value and bad option
         */
        public TruthTable build() {
            List<Problem> problems = new ArrayList<>();
            if (data.indexOf(outcome).isEmpty()) {
                problems.add(Problem.of("outcome", QcaException.UNKNOWN_NAME, "no column '" + outcome + "'"));
            } else {
                double[] y = data.column(outcome);
                for (int i = 0; i < y.length; i++) {
                    if (y[i] < 0 || y[i] > 1) {
                        problems.add(Problem.of(
                                "column " + outcome + ", case " + data.caseIds().get(i),
                                QcaException.BAD_VALUE,
                                "outcome membership " + y[i] + " is outside [0, 1]"));
                    }
                }
            }
            List<String> names = conditions.isEmpty()
                    ? data.columns().stream().filter(c -> !c.equals(outcome)).toList()
                    : conditions;
            Set<String> seen = new LinkedHashSet<>();
            List<Condition> conds = new ArrayList<>();
            for (String n : names) {
                if (!seen.add(n)) {
                    problems.add(Problem.of("conditions", QcaException.SHAPE, "condition '" + n + "' given twice"));
                } else if (n.equals(outcome)) {
                    problems.add(Problem.of(
                            "conditions", QcaException.SHAPE, "the outcome '" + n + "' cannot be a condition"));
                } else if (data.indexOf(n).isEmpty()) {
                    problems.add(Problem.of("conditions", QcaException.UNKNOWN_NAME, "no column '" + n + "'"));
                } else {
                    try {
                        conds.add(Condition.of(data, n));
                    } catch (QcaException e) {
                        problems.addAll(e.problems());
                    }
                }
            }
            if (names.isEmpty()) {
                problems.add(Problem.of("conditions", QcaException.SHAPE, "no conditions"));
            }
            if (!(inclCut1 >= 0 && inclCut1 <= 1 && inclCut0 >= 0 && inclCut0 <= inclCut1)) {
                problems.add(Problem.of(
                        "incl.cut",
                        QcaException.BAD_VALUE,
                        "inclusion cuts must satisfy 0 <= ic0 <= ic1 <= 1, were " + inclCut1 + ", " + inclCut0));
            }
            if (nCut < 1) {
                problems.add(
                        Problem.of("n.cut", QcaException.BAD_VALUE, "frequency cut must be at least 1, was " + nCut));
            }
            if (!(priCut >= 0 && priCut <= 1)) {
                problems.add(Problem.of("pri.cut", QcaException.BAD_VALUE, "PRI cut must be in [0, 1], was " + priCut));
            }
            if (problems.isEmpty()) {
                try {
                    Encoding enc = new Encoding(
                            conds.stream().mapToInt(Condition::levels).toArray());
                    if (complete && enc.space() > (1 << 20)) {
                        problems.add(Problem.of(
                                "complete",
                                QcaException.SHAPE,
                                "a complete table would have " + enc.space()
                                        + " rows (more than 2^20); list observed rows only"));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of(
                            "conditions",
                            QcaException.SHAPE,
                            java.util.Objects.requireNonNullElse(e.getMessage(), e.toString())));
                }
            }
            if (!problems.isEmpty()) {
                throw new QcaException("Cannot build the truth table", problems);
            }
            return new TruthTable(this, Collections.unmodifiableList(conds));
        }
    }
}
