package org.msptoolkit.governance.seats;

import java.util.Locale;

/** How seats are apportioned among stakeholder groups in proportion to their constituency sizes. */
public enum ApportionmentMethod {
    /**
     * D'Hondt (Jefferson) highest averages: the next seat goes to the group with the largest
     * {@code size / (seats + 1)}. Favours larger groups slightly; house-monotone.
     */
    D_HONDT,
    /**
     * Sainte-Laguë (Webster) highest averages: divisors 1, 3, 5, …, i.e. {@code size / (2·seats + 1)}.
     * Close to proportional for large and small groups alike; house-monotone.
     */
    SAINTE_LAGUE,
    /**
     * Largest remainder with the Hare quota (Hamilton): each group gets the whole part of its quota
     * {@code size × seats / total}, and the seats left go to the largest remainders. Stays within quota
     * (floor or ceiling) but is not house-monotone (the Alabama paradox).
     */
    HAMILTON;

    /**
     * Returns the code, e.g. {@code d-hondt}.
     *
     * @return the code, e.g. {@code d-hondt}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
