package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.qca.Condition;
import org.msptoolkit.learning.qca.Expression;
import org.msptoolkit.learning.qca.Literal;
import org.msptoolkit.learning.qca.QcaException;
import org.msptoolkit.learning.qca.Term;

/** Recursive-descent parser for Boolean expressions in QCA notation, expanded into a sum of products. */
public final class ExpressionParser {
    private final String text;
    private final Map<String, Condition> byName;
    private final List<Condition> order;
    private final List<Problem> unknown = new ArrayList<>();
    private int pos;

    private ExpressionParser(String text, List<Condition> conditions) {
        this.text = text;
        this.order = List.copyOf(conditions);
        this.byName = conditions.stream().collect(Collectors.toMap(Condition::name, Function.identity(), (a, b) -> a));
    }

    /**
     * Parses the text. Grammar: {@code sum := product ('+' product)*}, {@code product := factor ('*'
     * factor)*}, {@code factor := '~' factor | '(' sum ')' | name | name '[' value ']'}. Parentheses
     * are expanded into a sum of products ({@code A*(B + C)} is {@code A*B + A*C}) and a negated group
     * by De Morgan's laws ({@code ~(A*B)} is {@code ~A + ~B}); repeated literals and terms are kept once.
     *
     * @param text the expression
     * @param conditions known conditions
     * @return the expression
     * @throws QcaException at the first syntax error (with its 1-based position), or listing every
     *         unknown condition
     */
    public static Expression parse(String text, List<Condition> conditions) {
        ExpressionParser p = new ExpressionParser(text, conditions);
        List<List<Literal>> sum = p.sum();
        if (p.pos < text.length()) {
            throw p.error("expected '+', '*' or the end but found '" + text.charAt(p.pos) + "'");
        }
        if (!p.unknown.isEmpty()) {
            throw new QcaException("Cannot read expression '" + text + "'", p.unknown);
        }
        List<Term> terms = new ArrayList<>();
        for (List<Literal> lits : sum) {
            List<Literal> sorted = new ArrayList<>(lits);
            sorted.sort(Comparator.comparingInt(
                    l -> p.order.indexOf(l.condition()))); // stable: as written within a condition
            Term t = new Term(sorted);
            if (!terms.contains(t)) {
                terms.add(t);
            }
        }
        return new Expression(terms);
    }

    private List<List<Literal>> sum() {
        List<List<Literal>> terms = new ArrayList<>(product());
        skip();
        while (pos < text.length() && text.charAt(pos) == '+') {
            pos++;
            terms.addAll(product());
            skip();
        }
        return terms;
    }

    private List<List<Literal>> product() {
        List<List<Literal>> acc = factor();
        skip();
        while (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
            acc = and(acc, factor());
            skip();
        }
        return acc;
    }

    private List<List<Literal>> factor() {
        skip();
        if (pos < text.length() && text.charAt(pos) == '~') {
            int at = pos;
            pos++;
            return not(factor(), at);
        }
        if (pos < text.length() && text.charAt(pos) == '(') {
            int open = pos;
            pos++;
            List<List<Literal>> inner = sum();
            skip();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw error("expected ')' to close '(' at position " + (open + 1));
            }
            pos++;
            return inner;
        }
        Literal l = literal();
        List<Literal> one = new ArrayList<>();
        if (l != null) {
            one.add(l);
        }
        return List.of(one);
    }

    /** The product of two sums of products, each pair of terms joined, a literal kept once. */
    private static List<List<Literal>> and(List<List<Literal>> a, List<List<Literal>> b) {
        List<List<Literal>> out = new ArrayList<>();
        for (List<Literal> x : a) {
            for (List<Literal> y : b) {
                List<Literal> t = new ArrayList<>(x);
                for (Literal l : y) {
                    if (!t.contains(l)) {
                        t.add(l);
                    }
                }
                out.add(t);
            }
        }
        return out;
    }

    /** De Morgan: the negation of a sum is the product of the negated terms, each a sum of negated literals. */
    private List<List<Literal>> not(List<List<Literal>> sum, int at) {
        List<List<Literal>> acc = null;
        for (List<Literal> term : sum) {
            List<List<Literal>> negated = new ArrayList<>();
            for (Literal l : term) {
                if (l.condition().multiValue()) {
                    throw errorAt(
                            at,
                            "'~' cannot negate a value of multi-value condition "
                                    + l.condition().name());
                }
                negated.add(new ArrayList<>(List.of(new Literal(l.condition(), 1 - l.value()))));
            }
            if (negated.isEmpty()) {
                negated.add(new ArrayList<>()); // an unknown condition, already reported
            }
            acc = acc == null ? negated : and(acc, negated);
        }
        // The negation of an empty sum (false) is true: one empty product.
        return acc == null ? new ArrayList<>(List.of(new ArrayList<>())) : acc;
    }

    private @Nullable Literal literal() {
        skip();
        int start = pos;
        while (pos < text.length()
                && (Character.isLetterOrDigit(text.charAt(pos))
                        || text.charAt(pos) == '_'
                        || text.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            throw error(
                    pos < text.length()
                            ? "expected a condition name but found '" + text.charAt(pos) + "'"
                            : "expected a condition name but the expression ended");
        }
        String name = text.substring(start, pos);
        Integer value = null;
        skip();
        if (pos < text.length() && text.charAt(pos) == '[') {
            int open = pos;
            pos++;
            skip();
            int vs = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (vs == pos) {
                throw error("expected a value after '[' at position " + (open + 1));
            }
            value = Integer.parseInt(text.substring(vs, pos));
            skip();
            if (pos >= text.length() || text.charAt(pos) != ']') {
                throw error("expected ']'");
            }
            pos++;
        }
        Condition c = byName.get(name);
        if (c == null) {
            unknown.add(Problem.of(
                    "position " + (start + 1),
                    QcaException.UNKNOWN_NAME,
                    "unknown condition '" + name + "'; known: " + byName.keySet()));
            return null;
        }
        if (value == null) {
            if (c.multiValue()) {
                throw errorAt(start, "multi-value condition " + name + " needs a value, e.g. " + name + "[1]");
            }
            value = 1;
        } else if (value >= c.levels()) {
            throw errorAt(start, "value " + value + " is not a level of " + c);
        }
        return new Literal(c, value);
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private QcaException error(String message) {
        return errorAt(pos, message);
    }

    private QcaException errorAt(int at, String message) {
        return new QcaException(
                "Cannot read expression '" + text + "'",
                List.of(Problem.of("position " + (at + 1), QcaException.SYNTAX, message)));
    }
}
