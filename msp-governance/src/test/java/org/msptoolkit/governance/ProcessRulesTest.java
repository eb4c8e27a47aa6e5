package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msptoolkit.governance.Fx.checkOne;
import static org.msptoolkit.governance.Fx.commitment;
import static org.msptoolkit.governance.Fx.decision;
import static org.msptoolkit.governance.Fx.document;
import static org.msptoolkit.governance.Fx.process;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.governance.internal.rules.NoticeRule;

/** Satisfied, violated and not-applicable cases of the decision, transparency, accountability,
 * participation and offices rule kinds. */
class ProcessRulesTest {
    static MspProcess.Builder base() {
        return process("p")
                .stakeholder(Stakeholder.of("gov", "Ministry", StakeholderGroup.GOVERNMENTS)
                        .withPublicAuthority(true))
                .stakeholder(Stakeholder.of("ngo", "NGO", StakeholderGroup.NGOS))
                .stakeholder(Stakeholder.of("biz", "Company", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                .stakeholder(Stakeholder.of("sci", "University", StakeholderGroup.SCIENCE_AND_TECHNOLOGY))
                .participant(Participant.of("a", "gov", Role.CHAIR))
                .participant(Participant.of("b", "ngo", Role.DELEGATE))
                .participant(Participant.of("c", "biz", Role.DELEGATE))
                .participant(Participant.of("d", "sci", Role.OBSERVER));
    }

    static final MspProcess EMPTY = process("empty").build();

    @Test
    void decisionProcedure() {
        MspProcess p = base().decision(decision("d1", "2024-03-01", "Adopt statutes", DecisionMethod.VOTE, null, null))
                .decision(decision("d2", "2024-03-01", "Workplan 2024", DecisionMethod.CONSENSUS, null, null))
                .decision(decision("d3", "2024-04-01", "Amend statutes", DecisionMethod.CHAIRS_RULING, null, null))
                .build();
        assertThat(checkOne(p, Rule.of("decision.procedure", "methods", List.of("consensus", "vote")))
                        .status())
                .isEqualTo(RuleStatus.VIOLATED);
        RuleResult v =
                checkOne(p, Rule.of("decision.procedure", "subjectContains", "Statutes", "methods", List.of("vote")));
        assertThat(v.findings()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("decisions[2].method");
            assertThat(e.message()).contains("chairs-ruling");
        });
        assertThat(checkOne(
                                p,
                                Rule.of(
                                        "decision.procedure",
                                        "subjectContains",
                                        "workplan",
                                        "methods",
                                        List.of("consensus")))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        assertThat(checkOne(p, Rule.of("decision.procedure", "subjectContains", "budget", "methods", List.of("vote")))
                        .reason())
                .isEqualTo("no decisions on \"budget\" recorded");
    }

    @Test
    void majorityOverallAndPerChamber() {
        // FSC-style: 5 of 6 for overall (83%), but the economic chamber splits 1-1 (50%, not more than half).
        java.util.Map<String, java.util.Map<String, Long>> chambers = new java.util.LinkedHashMap<>();
        chambers.put("environmental", java.util.Map.of("for", 2L, "against", 0L));
        chambers.put("social", java.util.Map.of("for", 2L, "against", 0L));
        chambers.put("economic", java.util.Map.of("for", 1L, "against", 1L));
        Tally tally = new Tally(java.util.Map.of("for", 5L, "against", 1L, "abstain", 3L), chambers);
        MspProcess p = base().decision(
                        decision("m65", "2017-10-12", "Motion 65", DecisionMethod.VOTE, null, null, tally))
                .build();
        Rule fsc = Rule.of("decision.majority", "overall", "2/3", "chamber", "1/2");
        RuleResult v = checkOne(p, fsc);
        assertThat(v.findings())
                .singleElement()
                .hasToString("decisions[0].tally.chambers.economic: decision m65 in "
                        + "chamber economic: 1 of 2 (50.0%) of votes cast were for, more than 1/2 required");
        assertThat(checkOne(p, Rule.of("decision.majority", "overall", "2/3")).status())
                .isEqualTo(RuleStatus.SATISFIED);
        assertThat(checkOne(p, Rule.of("decision.majority", "overall", 0.9))
                        .findings()
                        .get(0)
                        .message())
                .contains("5 of 6 (83.3%) of votes cast were for, at least 9/10 required");
        assertThat(checkOne(EMPTY, fsc).reason()).isEqualTo("no decision by vote with a recorded tally");
    }

    @Test
    void quorum() {
        // Seat holders a, b, c (d observes). m1: a, b attend (2/3); m2: only a (1/3).
        MspProcess p = base().meeting(Meeting.of("m1", "2024-03-01").withAttendance("a", "b", "d"))
                .meeting(Meeting.of("m2", "2024-04-01").withAttendance("a", "d"))
                .decision(decision("d1", "2024-03-01", "x", DecisionMethod.CONSENSUS, "m1", null))
                .decision(decision("d2", "2024-04-01", "y", DecisionMethod.CONSENSUS, "m2", null))
                .build();
        Rule half = Rule.of("decision.quorum", "minShare", 0.5, "strict", true);
        RuleResult v = checkOne(p, half);
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.findings()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("decisions[1]");
            assertThat(e.message()).contains("1 of 3 (33.3%) seat holders attended, more than 50.0% required");
        });
        assertThat(checkOne(p, Rule.of("decision.quorum", "minShare", 0.3)).status())
                .isEqualTo(RuleStatus.SATISFIED);
        MspProcess noAttendance = base().decision(decision("d1", "2024-03-01", "x", DecisionMethod.VOTE, null, null))
                .build();
        assertThat(checkOne(noAttendance, half).reason())
                .isEqualTo("no decision is linked to a meeting with recorded attendance");
    }

    @Test
    void votingRights() {
        // Voters: a (chair), b, c (delegates); d observes. Science is voice-only in the second rule.
        MspProcess p = base().decision(
                        decision("d1", "2024-03-01", "x", DecisionMethod.VOTE, null, null, Tally.of(2, 1, 0)))
                .decision(decision("d2", "2024-03-02", "y", DecisionMethod.CONSENSUS, null, null)
                        .withObjections(Objection.of("sci", "no data", true)))
                .build();
        assertThat(checkOne(p, Rule.of("decision.voting-rights", "tallyCountsParticipants", true))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        RuleResult v = checkOne(
                p,
                Rule.of(
                        "decision.voting-rights",
                        "voiceOnlyGroups",
                        List.of("science-and-technology", "ngos"),
                        "tallyCountsParticipants",
                        true));
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        // Without the ngo, 2 may vote (a, c): 3 votes counted is one too many; and sci's objection blocks.
        assertThat(v.findings())
                .extracting(Finding::path)
                .containsExactly("decisions[0].tally", "decisions[1].objections[0]");
        assertThat(v.findings().get(0).message())
                .isEqualTo("decision d1 counts 3 votes, but only 2 participants may vote");
        // By default a tally may count members who are not recorded participants: only the objection is judged.
        assertThat(checkOne(p, Rule.of("decision.voting-rights", "voiceOnlyGroups", List.of("ngos")))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        assertThat(checkOne(base().build(), Rule.of("decision.voting-rights")).status())
                .isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void publication() {
        MspProcess p = base().document(document("min1", DocumentKind.MINUTES, "2024-03-01", "2024-03-10")) // 9 days
                .document(document("min2", DocumentKind.MINUTES, "2024-04-01", "2024-04-20")) // 19 days
                .document(document("min3", DocumentKind.MINUTES, "2024-05-01", null)) // unpublished
                .document(document("bg", DocumentKind.BACKGROUND, "2024-01-01", null))
                .decision(decision("d1", "2024-03-01", "x", DecisionMethod.CONSENSUS, null, "2024-03-05"))
                .build();
        Rule rule = Rule.of(
                "transparency.publication", "documentDays", 14, "documentKinds", List.of("minutes"), "decisionDays", 7);
        RuleResult v = checkOne(p, rule, "2024-05-31");
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.findings())
                .extracting(Finding::path)
                .containsExactly("documents[1].published", "documents[2].published");
        assertThat(v.findings().get(0).message())
                .contains("published 19 days after 2024-04-01, within 14 days required");
        // As of 2024-05-10, min3's deadline (05-15) has not passed: pending, not violated.
        RuleResult early = checkOne(
                p,
                Rule.of("transparency.publication", "documentDays", 20, "documentKinds", List.of("minutes")),
                "2024-05-10");
        assertThat(early.status()).isEqualTo(RuleStatus.SATISFIED);
        assertThat(early.reason()).isEqualTo("2 item(s) published in time (1 not yet due)");
        assertThat(checkOne(EMPTY, rule).status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void fundingDisclosure() {
        Rule rule = Rule.of("transparency.funding-disclosure");
        MspProcess ok = base().funding(Funding.of("gov", "10000", "EUR")).build();
        assertThat(checkOne(ok, rule).status()).isEqualTo(RuleStatus.SATISFIED);
        MspProcess hidden = base().funding(
                        Funding.of("gov", "10000", "EUR"),
                        Funding.of("biz", "2500.50", "USD").withDisclosed(false))
                .build();
        RuleResult v = checkOne(hidden, rule);
        assertThat(v.findings())
                .singleElement()
                .hasToString("funding[1].disclosed: funding of 2500.50 USD from biz is not disclosed");
        assertThat(checkOne(EMPTY, rule).reason()).isEqualTo("no funding recorded");
    }

    @Test
    void commitments() {
        Rule rule = Rule.of("accountability.commitments");
        MspProcess ok = base().commitment(commitment(
                        "c1", "ngo", "2024-01-01", "2025-01-01", CommitmentStatus.DELIVERED, List.of("report.pdf")))
                .build();
        assertThat(checkOne(ok, rule).status()).isEqualTo(RuleStatus.SATISFIED);
        MspProcess bad = base().commitment(
                        commitment("c1", "ngo", "2024-01-01", null, CommitmentStatus.IN_PROGRESS, List.of()))
                .commitment(
                        commitment("c2", "ghost", "2024-01-01", "2025-01-01", CommitmentStatus.DELIVERED, List.of()))
                .build();
        RuleResult v = checkOne(bad, rule);
        assertThat(v.findings())
                .extracting(Finding::path)
                .containsExactly("commitments[0].due", "commitments[1].owner", "commitments[1].evidence");
        assertThat(checkOne(EMPTY, rule).reason()).isEqualTo("no commitments recorded");
    }

    @Test
    void progressReportsFollowTheGlobalCompactModel() {
        Rule ungc = Rule.of("accountability.progress-reports", "cadenceMonths", 12);
        // Made 2020-01-01: reports due 2021-01-01, 2022-01-01, 2023-01-01 (as of 2023-06-30).
        MspProcess p = base().commitment(commitment(
                        "on-time",
                        "ngo",
                        "2020-01-01",
                        "2025-01-01",
                        CommitmentStatus.IN_PROGRESS,
                        List.of(),
                        "2020-12-01",
                        "2021-12-15",
                        "2022-11-30"))
                .commitment(commitment(
                        "one-missed",
                        "biz",
                        "2020-01-01",
                        "2025-01-01",
                        CommitmentStatus.IN_PROGRESS,
                        List.of(),
                        "2020-12-01",
                        "2021-12-15"))
                .commitment(commitment(
                        "two-missed",
                        "gov",
                        "2020-01-01",
                        "2025-01-01",
                        CommitmentStatus.PLANNED,
                        List.of(),
                        "2020-12-01"))
                .commitment(
                        commitment("done", "sci", "2020-01-01", "2021-01-01", CommitmentStatus.DELIVERED, List.of("x")))
                .build();
        RuleResult v = checkOne(p, ungc, "2023-06-30");
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.reason()).isEqualTo("2 of 3 open commitments missed reporting cycles");
        assertThat(v.findings())
                .extracting(Finding::path)
                .containsExactly("commitments[1].progressReports", "commitments[2].progressReports");
        assertThat(v.findings().get(0).message())
                .contains("missed the last 1 reporting cycle(s) (due [2023-01-01])")
                .contains("biz is non-communicating");
        assertThat(v.findings().get(1).message())
                .contains("(due [2022-01-01, 2023-01-01])")
                .contains("gov is delisted");
        // As of 2022-12-31 only two cycles are due; "one-missed" is then compliant, "two-missed" has missed one.
        RuleResult earlier = checkOne(p, ungc, "2022-12-31");
        assertThat(earlier.findings())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("gov is non-communicating"));
        MspProcess noStart = base().commitment(commitment("c", "ngo", null, null, CommitmentStatus.PLANNED, List.of()))
                .build();
        assertThat(checkOne(noStart, ungc, "2023-01-01").status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void attendance() {
        MspProcess p = base().meeting(Meeting.of("m1", "2024-01-10").withAttendance("a", "b", "c"))
                .meeting(Meeting.of("m2", "2024-02-10").withAttendance("a", "b"))
                .meeting(Meeting.of("m3", "2024-03-10").withAttendance("a"))
                .meeting(Meeting.of("m4", "2024-04-10"))
                .build();
        // a 3/3, b 2/3, c 1/3.
        assertThat(checkOne(p, Rule.of("participation.attendance", "minShare", 0.3))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        RuleResult v = checkOne(p, Rule.of("participation.attendance", "minShare", 0.5));
        assertThat(v.findings())
                .singleElement()
                .hasToString(
                        "participants[2]: participant c attended 1 of 3 (33.3%) meetings, at least 50.0% required");
        assertThat(checkOne(
                                base().meeting(Meeting.of("m", "2024-01-01")).build(),
                                Rule.of("participation.attendance", "minShare", 0.5))
                        .reason())
                .isEqualTo("no attendance recorded");
    }

    @Test
    void noticeCountsWorkingDaysStrictlyBetween() {
        // Mon 2024-03-04 to Mon 2024-04-01: 19 working days strictly between (Tue 5 .. Fri 29).
        assertThat(NoticeRule.workingDaysBetween(Fx.d("2024-03-04"), Fx.d("2024-04-01")))
                .isEqualTo(19);
        assertThat(NoticeRule.workingDaysBetween(Fx.d("2024-03-01"), Fx.d("2024-04-01")))
                .isEqualTo(20);
        MspProcess p = base().meeting(Meeting.of("m1", "2024-04-01").withNoticeGiven("2024-03-01"))
                .meeting(Meeting.of("m2", "2024-04-01").withNoticeGiven("2024-03-04"))
                .meeting(Meeting.of("m3", "2024-05-01"))
                .build();
        Rule eu = Rule.of("participation.notice", "workingDays", 20);
        RuleResult v = checkOne(p, eu);
        assertThat(v.reason())
                .isEqualTo("1 of 2 meetings announced too late (1 without a recorded notice date not checked)");
        assertThat(v.findings()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("meetings[1].noticeGiven");
            assertThat(e.message()).contains("19 working days ahead; 20 required");
        });
        assertThat(checkOne(p, Rule.of("participation.notice", "workingDays", 19))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        assertThat(checkOne(base().meeting(Meeting.of("m", "2024-01-01")).build(), eu)
                        .reason())
                .isEqualTo("no notice date recorded for any of 1 meetings");
    }

    @Test
    void consultationPeriod() {
        Rule eight = Rule.of("participation.consultation-period", "minWeeks", 8);
        // 2024-01-01..2024-02-25 counts 56 days (both ends): exactly 8 weeks.
        MspProcess ok = base().consultation(Consultation.of("c1", "draft", "2024-01-01", "2024-02-25"))
                .build();
        assertThat(checkOne(ok, eight).status()).isEqualTo(RuleStatus.SATISFIED);
        MspProcess shortOne = base().consultation(Consultation.of("c1", "draft", "2024-01-01", "2024-02-24"))
                .build();
        assertThat(checkOne(shortOne, eight).findings())
                .singleElement()
                .satisfies(e ->
                        assertThat(e.message()).contains("was open 55 days").contains("at least 56 required"));
        assertThat(checkOne(EMPTY, eight).reason()).isEqualTo("no consultations recorded");
    }

    @Test
    void chairRotation() {
        Rule rotate = Rule.of("offices.chair-rotation");
        MspProcess rotating = process("r")
                .stakeholder(Stakeholder.of("gov", "Gov", StakeholderGroup.GOVERNMENTS))
                .stakeholder(Stakeholder.of("ngo", "NGO", StakeholderGroup.NGOS))
                .stakeholder(Stakeholder.of("ngo2", "NGO 2", StakeholderGroup.NGOS))
                .participant(Participant.of("c1", "gov", Role.CHAIR).withPeriod(Period.of("2020-01-01", "2020-12-31")))
                .participant(Participant.of("c2", "ngo", Role.CHAIR).withPeriod(Period.of("2021-01-01", "2021-12-31")))
                .build();
        assertThat(checkOne(rotating, rotate).status()).isEqualTo(RuleStatus.SATISFIED);
        MspProcess same = rotating.toBuilder()
                .participant(Participant.of("c3", "ngo2", Role.CHAIR).withPeriod(Period.of("2022-01-01", "2022-12-31")))
                .build();
        RuleResult v = checkOne(same, rotate);
        assertThat(v.findings()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("participants[2]");
            assertThat(e.message()).contains("follows c2 from the same group ngos");
        });
        assertThat(checkOne(same, Rule.of("offices.chair-rotation", "by", "stakeholder"))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        assertThat(checkOne(base().build(), rotate).status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void termLimit() {
        MspProcess p = process("t")
                .stakeholder(Stakeholder.of("gov", "Gov", StakeholderGroup.GOVERNMENTS))
                .participant(Participant.of("c1", "gov", Role.CHAIR).withPeriod(Period.of("2020-01-01", "2022-12-31")))
                .participant(Participant.of("c2", "gov", Role.CHAIR).withPeriod(Period.of("2023-01-01", "2026-06-30")))
                .build();
        // c1: 36 months; c2: 42 months. gov held 2 terms.
        RuleResult v = checkOne(p, Rule.of("offices.term-limit", "maxMonths", 36, "maxTerms", 1));
        assertThat(v.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "participant c2 held chair for 42 months (2023-01-01 to 2026-06-30), at most 36 allowed",
                        "stakeholder gov held the office 2 terms [participants[0], participants[1]], at most 1 allowed");
        assertThat(checkOne(p, Rule.of("offices.term-limit", "maxMonths", 42, "maxTerms", 2))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        assertThat(checkOne(base().build(), Rule.of("offices.term-limit", "maxMonths", 36))
                        .status())
                .isEqualTo(RuleStatus.NOT_APPLICABLE);
    }
}
