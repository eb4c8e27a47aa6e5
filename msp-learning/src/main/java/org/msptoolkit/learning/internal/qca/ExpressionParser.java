package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.qca.Condition;
import org.msptoolkit.learning.qca.Expression;
import org.msptoolkit.learning.qca.Literal;
import org.msptoolkit.learning.qca.QcaException;
import org.msptoolkit.learning.qca.Term;

/** Recursive-descent parser for sums of products in QCA notation. */
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
     * Parses the text.
     *
     * @param text the expression
     * @param conditions known conditions
     * @return the expression
     */
    public static Expression parse(String text, List<Condition> conditions) {
        ExpressionParser p = new ExpressionParser(text, conditions);
        Expression e = p.expression();
        if (!p.unknown.isEmpty()) {
            throw new QcaException("Cannot read expression '" + text + "'", p.unknown);
        }
        return e;
    }

    private Expression expression() {
        List<Term> terms = new ArrayList<>();
        terms.add(term());
        skip();
        while (pos < text.length() && text.charAt(pos) == '+') {
            pos++;
            terms.add(term());
            skip();
        }
        if (pos < text.length()) {
            throw error("expected '+', '*' or the end but found '" + text.charAt(pos) + "'");
        }
        return new Expression(terms);
    }

    private Term term() {
        List<Literal> lits = new ArrayList<>();
        Literal first = literal();
        if (first != null) {
            lits.add(first);
        }
        skip();
        while (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
            Literal l = literal();
            if (l != null) {
                lits.add(l);
            }
            skip();
        }
        lits.sort(Comparator.comparingInt(l -> order.indexOf(l.condition())));
        return new Term(lits);
    }

    private Literal literal() {
        skip();
        boolean negated = false;
        if (pos < text.length() && text.charAt(pos) == '~') {
            negated = true;
            pos++;
            skip();
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            throw error(pos < text.length() ? "expected a condition name but found '" + text.charAt(pos) + "'"
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
            unknown.add(Problem.of("position " + (start + 1), QcaException.UNKNOWN_NAME,
                    "unknown condition '" + name + "'; known: " + byName.keySet()));
            return null;
        }
        if (value == null) {
            if (c.multiValue()) {
                throw errorAt(start, "multi-value condition " + name + " needs a value, e.g. " + name + "[1]");
            }
            value = negated ? 0 : 1;
        } else {
            if (value >= c.levels()) {
                throw errorAt(start, "value " + value + " is not a level of " + c);
            }
            if (negated) {
                if (c.multiValue()) {
                    throw errorAt(start, "'~' cannot negate a value of multi-value condition " + name);
                }
                value = 1 - value;
            }
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
        return new QcaException("Cannot read expression '" + text + "'",
                List.of(Problem.of("position " + (at + 1), QcaException.SYNTAX, message)));
    }
}
