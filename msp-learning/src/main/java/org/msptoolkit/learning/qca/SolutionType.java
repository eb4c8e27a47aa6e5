package org.msptoolkit.learning.qca;

/** Which remainders (unobserved configurations) a minimisation may use. */
public enum SolutionType {
    /** Complex solution: no remainders, only the observed positive configurations. */
    CONSERVATIVE,
    /** Parsimonious solution: any remainder that simplifies the result. */
    PARSIMONIOUS,
    /** Intermediate solution: only easy counterfactuals, i.e. remainders in line with directional expectations. */
    INTERMEDIATE
}
