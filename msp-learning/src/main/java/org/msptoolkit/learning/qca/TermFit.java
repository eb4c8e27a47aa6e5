package org.msptoolkit.learning.qca;

import java.util.List;
import java.util.Objects;

/**
 * A term of a solution with its parameters of fit and the cases it explains.
 *
 * @param term the term, e.g. {@code DEV*~IND}
 * @param inclS sufficiency consistency
 * @param pri proportional reduction in inconsistency
 * @param covS raw coverage
 * @param covU unique coverage within its model: covS(model) − covS(model without the term)
 * @param cases ids of the cases with membership above 0.5 in the term
 */
public record TermFit(Term term, double inclS, double pri, double covS, double covU, List<String> cases) {
    /** Copies the case list. */
    public TermFit {
        Objects.requireNonNull(term, "term");
        cases = List.copyOf(cases);
    }
}
