package org.msptoolkit.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fifteen principles of stakeholder participation and partnership in the "Short-Cut" table of
 * Hemmati et al. (2002), <i>Multi-stakeholder Processes for Governance and Sustainability</i>, in the
 * book's order. Every indicator names the principles it informs.
 *
 * <p>Confidence: nos. 1–10 were seen in full ([C]); no. 11 by name ([P]); no. 15 is backed by the
 * "voices, not votes" wording ([P]); nos. 12–14 were not seen in a stored text ([M], background
 * knowledge). See {@link #confidence()}.
 */
public enum Principle {
    /** 1. Agreed, transparent, democratic mechanisms, visible to non-participants. [C] */
    ACCOUNTABILITY(1, "Accountability", SourceConfidence.CONFIRMED),
    /** 2. Better decisions through wider input; commitment that raises the chance of implementation. [C] */
    EFFECTIVENESS(2, "Effectiveness", SourceConfidence.CONFIRMED),
    /** 3. Level playing field; gender, regional, ethnic balance; equitable access to information. [C] */
    EQUITY(3, "Equity", SourceConfidence.CONFIRMED),
    /** 4. A wide range of structures and levels of engagement, adaptable over time. [C] */
    FLEXIBILITY(4, "Flexibility", SourceConfidence.CONFIRMED),
    /** 5. Participation supplementary and complementary to governments' roles, under clear norms. [C] */
    GOOD_GOVERNANCE(5, "Good governance", SourceConfidence.CONFIRMED),
    /** 6. All views represented, which raises legitimacy and credibility. [C] */
    INCLUSIVENESS(6, "Inclusiveness", SourceConfidence.CONFIRMED),
    /** 7. Participants learn from each other; a learning approach to process and design. [C] */
    LEARNING(7, "Learning", SourceConfidence.CONFIRMED),
    /** 8. Democratic, transparent, accountable, equitable design. [C] */
    LEGITIMACY(8, "Legitimacy", SourceConfidence.CONFIRMED),
    /** 9. People-centred, meaningful participation gives ownership of decisions. [C] */
    OWNERSHIP(9, "Ownership", SourceConfidence.CONFIRMED),
    /** 10. Bring together the principal actors; support all stakeholders to be actively engaged. [C] */
    PARTICIPATION_AND_ENGAGEMENT(10, "Participation and engagement", SourceConfidence.CONFIRMED),
    /** 11. Partnership and shared power between stakeholders. [P] */
    PARTNERSHIP(11, "Partnership / cooperative management", SourceConfidence.PARTLY_CONFIRMED),
    /** 12. Trust through honouring each contribution; mutual (win/win) benefits. [M] */
    SOCIETAL_GAINS(12, "Societal gains", SourceConfidence.BACKGROUND),
    /** 13. MSPs strengthen, not replace, (inter)governmental bodies. [M] */
    STRENGTHENING_INSTITUTIONS(13, "Strengthening of (inter)governmental institutions", SourceConfidence.BACKGROUND),
    /** 14. Open processes and information. [M] */
    TRANSPARENCY(14, "Transparency", SourceConfidence.BACKGROUND),
    /** 15. Stakeholders inform and influence official decisions without formal voting rights there. [P] */
    VOICES_NOT_VOTES(15, "Voices, not votes", SourceConfidence.PARTLY_CONFIRMED);

    private final int number;
    private final String label;
    private final SourceConfidence confidence;

    Principle(int number, String label, SourceConfidence confidence) {
        this.number = number;
        this.label = label;
        this.confidence = confidence;
    }

    /**
     * Returns the number in the book's Short-Cut table, 1 to 15.
     *
     * @return the number in the book's Short-Cut table, 1 to 15
     */
    public int number() {
        return number;
    }

    /**
     * Returns the principle's name as printed, e.g. {@code "Participation and engagement"}.
     *
     * @return the principle's name as printed, e.g. {@code "Participation and engagement"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns how well the principle is backed by a stored source text.
     *
     * @return how well the principle is backed by a stored source text
     */
    public SourceConfidence confidence() {
        return confidence;
    }

    /**
     * Returns the stable code, e.g. {@code "voices-not-votes"}.
     *
     * @return the stable code, e.g. {@code "voices-not-votes"}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds a principle by code, number or constant name.
     *
     * @param text e.g. {@code "equity"}, {@code "3"} or {@code "EQUITY"}
     * @return the principle, or empty
     */
    public static Optional<Principle> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values())
                .filter(p -> p.code().equals(t) || Integer.toString(p.number).equals(t))
                .findFirst();
    }

    /**
     * Parses a principle.
     *
     * @param text e.g. {@code "equity"}
     * @return the principle
     * @throws IllegalArgumentException naming the valid codes when none matches
     */
    public static Principle parse(String text) {
        return find(text)
                .orElseThrow(() -> new IllegalArgumentException("principle must be one of "
                        + Arrays.stream(values()).map(Principle::code).collect(Collectors.joining(", "))
                        + ", got \"" + text + "\""));
    }

    @Override
    public String toString() {
        return code();
    }
}
