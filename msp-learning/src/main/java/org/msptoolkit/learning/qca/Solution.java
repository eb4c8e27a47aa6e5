package org.msptoolkit.learning.qca;

import java.io.StringWriter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.msptoolkit.learning.internal.qca.Cube;
import org.msptoolkit.learning.internal.qca.Encoding;
import org.msptoolkit.learning.internal.qca.Remainders;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of minimising a truth table: the prime implicants, the essential ones, every minimal
 * model with its parameters of fit, and the simplifying assumptions (remainders) each model uses.
 * Printable as text ({@link #toText()}) and JSON ({@link #toJson()}), with terms in QCA notation.
 */
public final class Solution {
    private final TruthTable table;
    private final MinimiseOptions options;
    private final List<Term> primeImplicants;
    private final List<Term> essential;
    private final List<Model> models;
    private final boolean truncated;
    private final List<List<Cube>> modelCubes;
    private final List<List<Cube>> origins;
    private final Set<Long> observed = new HashSet<>();

    Solution(
            TruthTable table,
            MinimiseOptions options,
            List<Cube> pis,
            List<Cube> essential,
            List<List<Cube>> models,
            boolean truncated,
            List<List<Cube>> origins) {
        this.table = table;
        this.options = options;
        this.truncated = truncated;
        this.modelCubes = List.copyOf(models);
        this.origins = List.copyOf(origins);
        Map<Cube, Term> terms = new HashMap<>();
        this.primeImplicants = new TermList(List.copyOf(pis)); // terms are built on demand: there can be 10^5 or more
        this.essential = essential.stream()
                .map(c -> terms.computeIfAbsent(c, this::term))
                .toList();
        CaseTable data = table.data();
        double[] y = data.column(table.outcome());
        Map<Cube, double[]> memberships = new HashMap<>();
        List<Model> ms = new ArrayList<>();
        for (List<Cube> m : models) {
            List<double[]> xs = new ArrayList<>();
            for (Cube c : m) {
                xs.add(memberships.computeIfAbsent(
                        c, cc -> new Expression(List.of(terms.computeIfAbsent(cc, this::term))).memberships(data)));
            }
            double[] all = max(xs, -1);
            SufficiencyFit mf = SufficiencyFit.of(all, y);
            List<TermFit> tfs = new ArrayList<>();
            for (int t = 0; t < m.size(); t++) {
                SufficiencyFit f = SufficiencyFit.of(xs.get(t), y);
                double covU = mf.covS()
                        - (m.size() == 1 ? 0 : SufficiencyFit.of(max(xs, t), y).covS());
                List<String> cases = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (xs.get(t)[i] > 0.5) {
                        cases.add(data.caseIds().get(i));
                    }
                }
                Term term = Objects.requireNonNull(terms.get(m.get(t))); // made for every cube of m above
                tfs.add(new TermFit(term, f.inclS(), f.pri(), f.covS(), covU, cases));
            }
            ms.add(new Model(tfs, mf));
        }
        this.models = List.copyOf(ms);
        Encoding enc = table.encoding();
        for (TruthTableRow r : table.rows()) {
            if (r.outcome() != RowOutcome.REMAINDER) {
                observed.add(enc.fromRowNumber(r.number()));
            }
        }
    }

    /** An unmodifiable list of terms backed by packed cubes. */
    private final class TermList extends AbstractList<Term> implements RandomAccess {
        private final List<Cube> cubes;

        TermList(List<Cube> cubes) {
            this.cubes = cubes;
        }

        @Override
        public Term get(int index) {
            return term(cubes.get(index));
        }

        @Override
        public int size() {
            return cubes.size();
        }
    }

    private static double[] max(List<double[]> xs, int skip) {
        double[] out = new double[xs.get(0).length];
        for (int t = 0; t < xs.size(); t++) {
            if (t != skip) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Math.max(out[i], xs.get(t)[i]);
                }
            }
        }
        return out;
    }

    private Term term(Cube c) {
        Encoding enc = table.encoding();
        List<Literal> lits = new ArrayList<>();
        for (int j = 0; j < enc.k(); j++) {
            if ((c.mask() & (1 << j)) != 0) {
                lits.add(new Literal(table.conditions().get(j), enc.value(c.bits(), j)));
            }
        }
        return new Term(lits);
    }

    /**
     * Returns the truth table that was minimised.
     *
     * @return the truth table that was minimised
     */
    public TruthTable truthTable() {
        return table;
    }

    /**
     * Returns the options used.
     *
     * @return the options used
     */
    public MinimiseOptions options() {
        return options;
    }

    /**
     * Returns the solution type.
     *
     * @return the solution type
     */
    public SolutionType type() {
        return options.type();
    }

    /**
     * Returns the prime implicants of the chart (after row dominance, when asked), simplest first.
     *
     * @return the prime implicants of the chart (after row dominance, when asked), simplest first
     */
    public List<Term> primeImplicants() {
        return primeImplicants;
    }

    /**
     * Returns the essential prime implicants: each is the only one covering some positive configuration.
     *
     * @return the essential prime implicants: each is the only one covering some positive configuration
     */
    public List<Term> essentialPrimeImplicants() {
        return essential;
    }

    /**
     * Returns every minimal model (up to the model limit).
     *
     * @return every minimal model (up to the model limit)
     */
    public List<Model> models() {
        return models;
    }

    /**
     * Returns true when more minimal models exist than were listed.
     *
     * @return true when more minimal models exist than were listed
     */
    public boolean truncated() {
        return truncated;
    }

    /**
     * The remainders (unobserved configurations) a model covers: the simplifying assumptions of a
     * parsimonious model, the easy counterfactuals of an intermediate model, none for a conservative one.
     *
     * @param modelIndex index into {@link #models()}
     * @return the truth table row numbers, ascending
     * @throws QcaException when the model spans more than 2^20 configurations
     */
    public List<Long> simplifyingAssumptions(int modelIndex) {
        return rowNumbers(remainders(modelCubes.get(modelIndex)));
    }

    /**
     * For an intermediate model: the remainders its parsimonious counterpart used that it did not
     * (difficult counterfactuals, not assumed). Empty for other solution types.
     *
     * @param modelIndex index into {@link #models()}
     * @return the truth table row numbers, ascending
     */
    public List<Long> difficultCounterfactuals(int modelIndex) {
        if (origins.isEmpty()) {
            return List.of();
        }
        Set<Long> easy = new HashSet<>();
        for (long r : remainders(modelCubes.get(modelIndex))) {
            easy.add(r);
        }
        List<Long> out = new ArrayList<>();
        for (long r : remainders(origins.get(modelIndex))) {
            if (!easy.contains(r)) {
                out.add(r);
            }
        }
        return rowNumbers(out.stream().mapToLong(Long::longValue).toArray());
    }

    private long[] remainders(List<Cube> cubes) {
        try {
            return Remainders.covered(table.encoding(), cubes, x -> !observed.contains(x));
        } catch (IllegalStateException e) {
            throw QcaException.of("simplifying assumptions", QcaException.SHAPE, String.valueOf(e.getMessage()));
        }
    }

    private List<Long> rowNumbers(long[] codes) {
        Encoding enc = table.encoding();
        return java.util.Arrays.stream(codes)
                .map(enc::rowNumber)
                .sorted()
                .boxed()
                .toList();
    }

    /**
     * The solution as text in QCA's layout: each model with the arrow, then a table of terms with
     * inclS, PRI, covS, covU and cases, and the model's fit.
     *
     * @return the printable solution
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        String type = options.type().name().toLowerCase(Locale.ROOT);
        sb.append(type).append(" solution");
        if (!options.directionalExpectations().isEmpty()) {
            sb.append(", directional expectations ").append(options.directionalExpectations());
        }
        sb.append('\n');
        for (int m = 0; m < models.size(); m++) {
            Model model = models.get(m);
            String arrow = model.fit().covS() >= 1 - 1e-12 ? " <-> " : " -> ";
            sb.append(String.format(Locale.ROOT, "M%d: %s%s%s%n", m + 1, model, arrow, table.outcome()));
        }
        if (truncated) {
            sb.append("(more minimal models exist; raise maxModels to list them)\n");
        }
        for (int m = 0; m < models.size(); m++) {
            Model model = models.get(m);
            int w = Math.max(
                    8,
                    model.terms().stream()
                            .mapToInt(t -> t.term().toString().length())
                            .max()
                            .orElse(1));
            sb.append('\n');
            if (models.size() > 1) {
                sb.append("M").append(m + 1).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "   %-" + w + "s  inclS   PRI    covS   covU   cases%n", ""));
            sb.append("-".repeat(w + 40)).append('\n');
            for (int t = 0; t < model.terms().size(); t++) {
                TermFit tf = model.terms().get(t);
                sb.append(String.format(
                        Locale.ROOT,
                        "%-2d %-" + w + "s  %s  %s  %s  %s  %s%n",
                        t + 1,
                        tf.term(),
                        TruthTable.fmt(tf.inclS()),
                        TruthTable.fmt(tf.pri()),
                        TruthTable.fmt(tf.covS()),
                        TruthTable.fmt(tf.covU()),
                        String.join(",", tf.cases())));
            }
            sb.append("-".repeat(w + 40)).append('\n');
            sb.append(String.format(
                    Locale.ROOT,
                    "   %-" + w + "s  %s  %s  %s%n",
                    "M" + (m + 1),
                    TruthTable.fmt(model.fit().inclS()),
                    TruthTable.fmt(model.fit().pri()),
                    TruthTable.fmt(model.fit().covS())));
            if (options.type() != SolutionType.CONSERVATIVE) {
                try {
                    List<Long> sa = simplifyingAssumptions(m);
                    sb.append(
                                    options.type() == SolutionType.INTERMEDIATE
                                            ? "   easy counterfactuals: "
                                            : "   simplifying assumptions: ")
                            .append(sa.size() <= 64 ? sa.toString() : sa.size() + " rows")
                            .append('\n');
                    if (options.type() == SolutionType.INTERMEDIATE) {
                        List<Long> d = difficultCounterfactuals(m);
                        sb.append("   difficult counterfactuals (not assumed): ")
                                .append(d.size() <= 64 ? d.toString() : d.size() + " rows")
                                .append('\n');
                    }
                } catch (QcaException e) {
                    sb.append("   (too many remainders to list)\n");
                }
            }
        }
        return sb.toString();
    }

    /**
     * The solution as JSON: type, outcome, prime implicants, essential implicants and each model
     * as a list of term strings with the fit of the model and of each term.
     *
     * @return a JSON object
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator j = JsonMapper.shared().createGenerator(out)) {
            j.writeStartObject();
            j.writeStringProperty("type", options.type().name().toLowerCase(Locale.ROOT));
            j.writeStringProperty("outcome", table.outcome());
            strings(
                    j,
                    "conditions",
                    table.conditions().stream().map(Condition::name).toList());
            strings(
                    j,
                    "primeImplicants",
                    primeImplicants.stream().map(Term::toString).toList());
            strings(j, "essential", essential.stream().map(Term::toString).toList());
            j.writeBooleanProperty("truncated", truncated);
            j.writeArrayPropertyStart("models");
            for (Model m : models) {
                j.writeStartObject();
                strings(
                        j,
                        "terms",
                        m.terms().stream().map(t -> t.term().toString()).toList());
                number(j, "inclS", m.fit().inclS());
                number(j, "PRI", m.fit().pri());
                number(j, "covS", m.fit().covS());
                j.writeArrayPropertyStart("fit");
                for (TermFit t : m.terms()) {
                    j.writeStartObject();
                    j.writeStringProperty("term", t.term().toString());
                    number(j, "inclS", t.inclS());
                    number(j, "PRI", t.pri());
                    number(j, "covS", t.covS());
                    number(j, "covU", t.covU());
                    strings(j, "cases", t.cases());
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
        }
        return out.toString();
    }

    private static void strings(JsonGenerator j, String name, List<String> values) {
        j.writeArrayPropertyStart(name);
        values.forEach(j::writeString);
        j.writeEndArray();
    }

    /** A number, or {@code null} when it is not finite (e.g. the PRI of an empty term). */
    private static void number(JsonGenerator j, String name, double d) {
        j.writeName(name);
        if (Double.isFinite(d)) {
            j.writeNumber(d);
        } else {
            j.writeNull();
        }
    }

    /**
     * Returns the type and the models, e.g. {@code parsimonious: DEV*~IND + URB*STB}.
     *
     * @return the type and the models, e.g. {@code parsimonious: DEV*~IND + URB*STB}
     */
    @Override
    public String toString() {
        return options.type().name().toLowerCase(Locale.ROOT) + ": "
                + String.join(" | ", models.stream().map(Model::toString).toList());
    }
}
