package org.msptoolkit.learning.qca;

import java.util.List;
import java.util.Objects;

/**
 * One minimal model of a solution: a sum of prime implicants that covers every positive
 * configuration, with the fit of each term and of the whole model.
 *
 * @param terms the terms with their fit, in prime implicant order
 * @param fit the fit of the whole model (membership = maximum over terms)
 */
public record Model(List<TermFit> terms, SufficiencyFit fit) {
    /** Copies the terms. */
    public Model {
        terms = List.copyOf(terms);
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * Returns the model as an expression.
     *
     * @return the model as an expression
     */
    public Expression expression() {
        return new Expression(terms.stream().map(TermFit::term).toList());
    }

    /**
     * Returns the model in QCA notation, e.g. {@code DEV*~IND + URB*STB}.
     *
     * @return the model in QCA notation, e.g. {@code DEV*~IND + URB*STB}
     */
    @Override
    public String toString() {
        return expression().toString();
    }
}
