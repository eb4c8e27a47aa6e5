package org.msptoolkit.indicators;

import java.util.List;

/**
 * The criteria of the OECD (2021) <i>Evaluation Guidelines for Representative Deliberative Processes</i>
 * (DOI 10.1787/10ccbfcb-en) that the project's domain reference confirms: three dimensions, and the
 * sub-criteria seen in the guidelines ([C]) or in their Annex F table ([P]). Criteria known only from
 * background knowledge are deliberately left out.
 */
public final class OecdCriteria {
    /** The framework id, {@value}. */
    public static final String FRAMEWORK = "oecd-2021";
    /** Dimension 1 code, {@value}. */
    public static final String PROCESS_DESIGN_INTEGRITY = "process-design-integrity";
    /** Dimension 2 code, {@value}. */
    public static final String DELIBERATIVE_EXPERIENCE = "deliberative-experience";
    /** Dimension 3 code, {@value}. */
    public static final String PATHWAYS_TO_IMPACT = "pathways-to-impact";

    /** Process design integrity: clear and unbiased framing. [C] */
    public static final Criterion CLEAR_AND_UNBIASED_FRAMING = new Criterion(
            FRAMEWORK,
            PROCESS_DESIGN_INTEGRITY,
            "clear-and-unbiased-framing",
            "Clear and unbiased framing",
            SourceConfidence.CONFIRMED);
    /** Process design integrity: representativeness and inclusiveness. [C] */
    public static final Criterion REPRESENTATIVENESS_AND_INCLUSIVENESS = new Criterion(
            FRAMEWORK,
            PROCESS_DESIGN_INTEGRITY,
            "representativeness-and-inclusiveness",
            "Representativeness and inclusiveness",
            SourceConfidence.CONFIRMED);
    /** Process design integrity: procedures developed with interested parties (Annex F). [P] */
    public static final Criterion PROCEDURAL_DESIGN_INVOLVEMENT = new Criterion(
            FRAMEWORK,
            PROCESS_DESIGN_INTEGRITY,
            "procedural-design-involvement",
            "Procedural design involvement",
            SourceConfidence.PARTLY_CONFIRMED);
    /** Deliberative experience: respect and mutual comprehension. [C] */
    public static final Criterion RESPECT_AND_MUTUAL_COMPREHENSION = new Criterion(
            FRAMEWORK,
            DELIBERATIVE_EXPERIENCE,
            "respect-and-mutual-comprehension",
            "Respect and mutual comprehension",
            SourceConfidence.CONFIRMED);
    /**
     * Deliberative experience: equal opportunity to participate, named among the criteria OECD (2021) Annex F
     * compares. [P]
     *
     * @since 0.2.0
     */
    public static final Criterion EQUAL_OPPORTUNITY_TO_PARTICIPATE = new Criterion(
            FRAMEWORK,
            DELIBERATIVE_EXPERIENCE,
            "equal-opportunity-to-participate",
            "Equal opportunity to participate",
            SourceConfidence.PARTLY_CONFIRMED);
    /** Pathways to impact: influential recommendations. [C] */
    public static final Criterion INFLUENTIAL_RECOMMENDATIONS = new Criterion(
            FRAMEWORK,
            PATHWAYS_TO_IMPACT,
            "influential-recommendations",
            "Influential recommendations",
            SourceConfidence.CONFIRMED);

    private static final List<Criterion> ALL = List.of(
            CLEAR_AND_UNBIASED_FRAMING,
            REPRESENTATIVENESS_AND_INCLUSIVENESS,
            PROCEDURAL_DESIGN_INVOLVEMENT,
            RESPECT_AND_MUTUAL_COMPREHENSION,
            EQUAL_OPPORTUNITY_TO_PARTICIPATE,
            INFLUENTIAL_RECOMMENDATIONS);

    private OecdCriteria() {}

    /**
     * Returns the confirmed criteria, in dimension order.
     *
     * @return the confirmed criteria, in dimension order
     */
    public static List<Criterion> all() {
        return ALL;
    }

    /**
     * Returns the three dimension codes, in the guidelines' order.
     *
     * @return the three dimension codes, in the guidelines' order
     */
    public static List<String> dimensions() {
        return List.of(PROCESS_DESIGN_INTEGRITY, DELIBERATIVE_EXPERIENCE, PATHWAYS_TO_IMPACT);
    }
}
