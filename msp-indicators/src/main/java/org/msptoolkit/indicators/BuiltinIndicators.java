package org.msptoolkit.indicators;

import java.util.List;

/**
 * The ids of the built-in indicators, with each one's formula, source and principles. The indicators
 * themselves are internal; get them from a registry:
 * <pre>{@code
 * Indicator w = IndicatorRegistry.builtin().get(BuiltinIndicators.WOMEN_SHARE);
 * }</pre>
 * Shares are in [0, 1]. "Groups" are stakeholder groups (the nine Agenda 21 Major Groups, governments,
 * intergovernmental organisations, others). A "seat" is a participant who is neither observer nor
 * secretariat. Every indicator reports "not measurable" with a reason when the data it needs is not
 * recorded; date-dependent ones use the {@link EvaluationContext}'s assessment day.
 */
public final class BuiltinIndicators {
    /**
     * Major Groups with at least one stakeholder / 9. Inclusiveness, participation.
     * Source: Agenda 21 Section III (chs. 24–32). OECD: representativeness and inclusiveness.
     */
    public static final String GROUP_COVERAGE = "group-coverage";
    /**
     * Pielou evenness J = H / ln k of participants across the k groups with participants (k ≥ 2),
     * H = −Σ p_i ln p_i. Equity, inclusiveness. Source: Shannon (1948); Pielou (1966).
     */
    public static final String PARTICIPANT_GROUP_EVENNESS = "participant-group-evenness";
    /**
     * Blau index B = 1 − Σ p_i² of participants across groups. Equity, inclusiveness. Source: Blau 1977.
     */
    public static final String PARTICIPANT_GROUP_BLAU = "participant-group-blau";
    /**
     * HHI = Σ s_i² of seats across groups; lower is better. Equity, partnership.
     * Source: Herfindahl–Hirschman index (Hirschman 1964).
     */
    public static final String SEAT_HHI = "seat-hhi";
    /**
     * Gini of seats across stakeholders (stakeholders without seats count as 0); lower is better. Equity.
     * Source: Gini as Stirling's "balance" (Leydesdorff, Wagner &amp; Bornmann).
     */
    public static final String SEAT_GINI = "seat-gini";
    /**
     * HHI of speaking turns across groups, over meetings with turns recorded; lower is better. Equity,
     * participation. Source: HHI; Shumate &amp; Cooper's Stakeholder Participation Tool.
     */
    public static final String SPEAKING_TURN_HHI = "speaking-turn-hhi";
    /**
     * Gini of speaking turns across participants (secretariat excluded, silent ones count as 0); lower is
     * better. Participation, equity. Source: Gini as a balance measure.
     */
    public static final String SPEAKING_TURN_GINI = "speaking-turn-gini";
    /**
     * HHI of funding amounts across funders, one currency only; lower is better. Legitimacy, good
     * governance. Source: HHI; Equity principle (lobbying power depends on resources).
     */
    public static final String FUNDING_HHI = "funding-hhi";
    /**
     * Gini of funding amounts among funders, one currency only; lower is better. Legitimacy, equity.
     * Read together with {@link #FUNDING_HHI}: one funder has Gini 0 but HHI 1.
     */
    public static final String FUNDING_GINI = "funding-gini";
    /**
     * Women / participants with a recorded gender, target band 0.4–0.6. Equity.
     * Source: Council of Europe Rec(2003)3 (no sex below 40%).
     */
    public static final String WOMEN_SHARE = "women-share";
    /**
     * Σ attendances / Σ expected attendances over meetings with attendance recorded (expected: participants
     * whose period contains the meeting day, plus anyone who came). Participation. Source: Shumate &amp;
     * Cooper (attendance roster); no published threshold.
     */
    public static final String ATTENDANCE_RATE = "attendance-rate";
    /**
     * Highest minus lowest group attendance rate; lower is better. Equity, participation. Source: Shumate
     * &amp; Cooper (consistent, equal participation).
     */
    public static final String ATTENDANCE_SPREAD = "attendance-spread";
    /**
     * Groups with at least one contribution / groups present. Voices not votes, participation. Design choice.
     */
    public static final String CONTRIBUTING_GROUP_SHARE = "contributing-group-share";
    /**
     * Channels used among meetings, written consultations and written contributions outside meetings (0–3).
     * Flexibility, participation. Design choice after Hemmati's Flexibility principle.
     */
    public static final String ENGAGEMENT_CHANNELS = "engagement-channels";
    /**
     * Consultations open at least 56 days (8 weeks) / consultations. Participation, inclusiveness.
     * Source: EU COM(2002) 704, standard D.
     */
    public static final String CONSULTATION_LENGTH = "consultation-length";
    /**
     * Meetings announced at least 20 working days ahead / meetings with a notice day. Participation, equity.
     * Source: EU COM(2002) 704, standard D.
     */
    public static final String NOTICE_PERIOD = "notice-period";
    /**
     * Agenda items proposed by non-conveners / items with a recorded proposer. Ownership, participation,
     * voices not votes.
     * OECD: procedural design involvement.
     */
    public static final String AGENDA_OWNERSHIP = "agenda-ownership";
    /**
     * Decisions by consensus or unanimity / decisions. Partnership, legitimacy. Source: ISO/IEC Guide 2:2004
     * def. 1.7.
     */
    public static final String CONSENSUS_SHARE = "consensus-share";
    /**
     * Decisions with a sustained objection / decisions; lower is better. Legitimacy. Source: ISO/IEC Guide 2
     * (consensus = no sustained opposition).
     */
    public static final String SUSTAINED_OBJECTION_SHARE = "sustained-objection-share";
    /**
     * Decisions by vote or chair's ruling whose record has a tally or objections / such decisions.
     * Accountability, transparency. Design choice.
     */
    public static final String OBJECTIONS_RECORDED = "objections-recorded";
    /**
     * Documents published / documents. Transparency, accountability. Source: OECD (2020) principle 3.
     */
    public static final String DOCUMENTS_PUBLISHED = "documents-published";
    /**
     * Median days from production to publication of published documents, target ≤ 21 days. Transparency.
     * Source: OECD (2020) "in a timely manner"; 21 days after EU Reg. 1049/2001 Art. 7 by analogy.
     */
    public static final String PUBLICATION_DELAY = "publication-delay";
    /**
     * Decisions published / decisions. Transparency, accountability. Source: Reg. (EC) 1367/2006 Art. 9.
     */
    public static final String DECISIONS_PUBLISHED = "decisions-published";
    /**
     * Funding entries disclosed / funding entries. Transparency, legitimacy. Source: OECD (2020) principle 3.
     */
    public static final String FUNDING_DISCLOSED = "funding-disclosed";
    /**
     * Commitments with owner, measure and due day / commitments. Effectiveness, accountability.
     * Source: UN Partnerships for SDGs SMART criteria; MSP Charter (2018).
     */
    public static final String COMMITMENTS_SMART = "commitments-smart";
    /**
     * Delivered / commitments due on or before the assessment day. Effectiveness, societal gains. Source:
     * UN Partnerships for SDGs SMART criteria (derived: delivered ÷ due).
     */
    public static final String COMMITMENT_FULFILMENT = "commitment-fulfilment";
    /**
     * Commitments overdue on the assessment day / commitments with a due day; lower is better.
     * Accountability, effectiveness.
     */
    public static final String COMMITMENT_OVERDUE = "commitment-overdue";
    /**
     * Yearly reporting cycles with a progress report / cycles due. Accountability. Source: UN Global Compact
     * Communication on Progress policy.
     */
    public static final String REPORTING_COMPLIANCE = "reporting-compliance";
    /**
     * Groups owning at least one commitment / groups present. Societal gains, partnership, ownership.
     * Source: Hemmati et al. 2002 ch. 2 goals (shared responsibilities).
     */
    public static final String COMMITMENT_OWNER_SPREAD = "commitment-owner-spread";
    /**
     * Linkage to official decision-making, none 0 … decides 4. Strengthening institutions, good governance,
     * voices not votes. OECD: influential recommendations.
     */
    public static final String OFFICIAL_LINKAGE = "official-linkage";
    /**
     * Other levels reached by links / levels other than the process's own. Learning, strengthening
     * institutions. Source: Hemmati et al. 2002 ch. 9.
     */
    public static final String CROSS_LEVEL_LINKS = "cross-level-links";
    /**
     * Distinct sectors of process and stakeholders, target ≥ 2. Learning, inclusiveness. Source: Hemmati
     * et al. 2002 ch. 9; the target is a design choice.
     */
    public static final String SECTOR_SPAN = "sector-span";
    /**
     * Half for an evaluation document, half for any progress report. Learning, accountability.
     * Source: Hemmati et al. 2002 (M&amp;E); OECD (2020) principle 2.
     */
    public static final String MONITORING_EVIDENCE = "monitoring-evidence";

    /**
     * Distinct process types recorded, target at least 2 on [0, 5]. Flexibility. Source: Hemmati et al. 2002,
     * Flexibility; the target is a design choice.
     *
     * @since 0.2.0
     */
    public static final String PROCESS_FORMS = "process-forms";
    /**
     * Distinct kinds of contribution recorded, target at least 2 on [0, 6]. Flexibility, participation. Source:
     * Hemmati et al. 2002, Flexibility and Inputs phase; the target is a design choice.
     *
     * @since 0.2.0
     */
    public static final String INPUT_KINDS = "input-kinds";
    /**
     * Distinct stakeholder groups among the conveners, target at least 2. Ownership, legitimacy. Source: Hemmati
     * et al. 2001 guide (a diverse coordinating group designs the process).
     *
     * @since 0.2.0
     */
    public static final String CONVENER_GROUPS = "convener-groups";
    /**
     * 1 if at least one seat acts for a public authority, else 0. Strengthening institutions, good governance.
     * Source: Hemmati et al. 2002 (MSPs strengthen, not replace, governments).
     *
     * @since 0.2.0
     */
    public static final String PUBLIC_AUTHORITY_SEATS = "public-authority-seats";
    /**
     * Delivered commitments with evidence / delivered commitments. Societal gains, accountability. Source: MSP
     * Charter (2018): tangible results.
     *
     * @since 0.2.0
     */
    public static final String DELIVERED_WITH_EVIDENCE = "delivered-with-evidence";

    /**
     * Rules satisfied / rules judged (satisfied or violated) when the process is checked against the charter
     * in the {@link EvaluationContext#withCharter(org.msptoolkit.governance.Charter) evaluation context};
     * coverage = rules judged / rules. Accountability, good governance, legitimacy. Source: Hemmati et al.
     * 2002 (agreed, transparent mechanisms; clear norms and standards); msp-governance compliance checks.
     */
    public static final String CHARTER_COMPLIANCE = "charter-compliance";

    private static final List<String> ALL = List.of(
            GROUP_COVERAGE,
            PARTICIPANT_GROUP_EVENNESS,
            PARTICIPANT_GROUP_BLAU,
            SEAT_HHI,
            SEAT_GINI,
            SPEAKING_TURN_HHI,
            SPEAKING_TURN_GINI,
            FUNDING_HHI,
            FUNDING_GINI,
            WOMEN_SHARE,
            ATTENDANCE_RATE,
            ATTENDANCE_SPREAD,
            CONTRIBUTING_GROUP_SHARE,
            ENGAGEMENT_CHANNELS,
            CONSULTATION_LENGTH,
            NOTICE_PERIOD,
            AGENDA_OWNERSHIP,
            CONSENSUS_SHARE,
            SUSTAINED_OBJECTION_SHARE,
            OBJECTIONS_RECORDED,
            DOCUMENTS_PUBLISHED,
            PUBLICATION_DELAY,
            DECISIONS_PUBLISHED,
            FUNDING_DISCLOSED,
            COMMITMENTS_SMART,
            COMMITMENT_FULFILMENT,
            COMMITMENT_OVERDUE,
            REPORTING_COMPLIANCE,
            COMMITMENT_OWNER_SPREAD,
            OFFICIAL_LINKAGE,
            CROSS_LEVEL_LINKS,
            SECTOR_SPAN,
            MONITORING_EVIDENCE,
            PROCESS_FORMS,
            INPUT_KINDS,
            CONVENER_GROUPS,
            PUBLIC_AUTHORITY_SEATS,
            DELIVERED_WITH_EVIDENCE,
            CHARTER_COMPLIANCE);

    /** The id of the built-in provider, {@value}. */
    public static final String PROVIDER_ID = "msp-builtin";

    private BuiltinIndicators() {}

    /**
     * Returns every built-in id, in registry order.
     *
     * @return every built-in id, in registry order
     */
    public static List<String> ids() {
        return ALL;
    }
}
