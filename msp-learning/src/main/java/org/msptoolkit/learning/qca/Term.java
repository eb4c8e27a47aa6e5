package org.msptoolkit.learning.qca;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A conjunction of literals, e.g. {@code DEV*~IND}: a combination of conditions that (together)
 * may be sufficient for an outcome. The empty term is the tautology {@code 1}.
 *
 * @param literals the literals, in condition order
 */
public record Term(List<Literal> literals) {
    /** Copies the literals. */
    public Term {
        literals = List.copyOf(Objects.requireNonNull(literals, "literals"));
    }

    /**
     * Returns the number of literals (the complexity of the term).
     *
     * @return the number of literals (the complexity of the term)
     */
    public int complexity() {
        return literals.size();
    }

    /**
     * The membership of a case: the minimum of its literal memberships.
     *
     * @param valueOf the case's value per condition name
     * @return the membership
     */
    public double membership(java.util.function.ToDoubleFunction<String> valueOf) {
        double m = 1;
        for (Literal l : literals) {
            m = Math.min(m, l.membership(valueOf.applyAsDouble(l.condition().name())));
        }
        return m;
    }

    /**
     * Returns the term in QCA notation, e.g. {@code DEV*~IND}; {@code 1} when empty.
     *
     * @return the term in QCA notation, e.g. {@code DEV*~IND}; {@code 1} when empty
     */
    @Override
    public String toString() {
        return literals.isEmpty()
                ? "1"
                : literals.stream().map(Literal::toString).collect(Collectors.joining("*"));
    }
}
