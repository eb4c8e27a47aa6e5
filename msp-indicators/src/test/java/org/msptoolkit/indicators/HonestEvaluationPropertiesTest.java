package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;

/**
 * Issue 15's properties: an evaluation as of a day sees only what was known on that day; an indicator is not
 * measurable unless the data it reads was recorded; balance over one unit is never a perfect score.
 */
class HonestEvaluationPropertiesTest {
    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.builtin();
    private static final Evaluator EVALUATOR = Evaluator.of(REGISTRY);

    /** Days worth asking about: around every dated record of the process, at most a dozen. */
    private static List<LocalDate> days(MspProcess p) {
        TreeSet<LocalDate> all = new TreeSet<>();
        p.meetings().forEach(m -> all.add(m.date()));
        p.decisions().forEach(d -> all.add(d.date()));
        p.documents().forEach(d -> all.add(d.produced()));
        p.period().ifPresent(per -> all.add(per.start()));
        List<LocalDate> picked = new ArrayList<>();
        if (all.isEmpty()) {
            return List.of(LocalDate.of(2000, 1, 1));
        }
        picked.add(all.first().minusDays(1));
        picked.add(all.last().plusDays(1));
        List<LocalDate> inner = new ArrayList<>(all);
        for (int k = 0; k < 5 && !inner.isEmpty(); k++) {
            LocalDate d = inner.get(k * inner.size() / 5);
            picked.add(d);
            picked.add(d.minusDays(1));
        }
        return picked;
    }

    /** Records dated after {@code day}, of every kind the truncation knows, added to a copy. */
    private static MspProcess withLaterRecords(MspProcess p, LocalDate day) {
        String later = day.plusDays(1).toString();
        String s = p.stakeholders().isEmpty()
                ? "late-s"
                : p.stakeholders().get(0).id().value();
        MspProcess.Builder b = p.toBuilder();
        if (p.stakeholders().isEmpty()) {
            b.stakeholder(Stakeholder.of("late-s", "Late stakeholder", StakeholderGroup.NGOS));
        }
        b.participant(Participant.of("late-p", s, Role.DELEGATE)
                .withGender("woman")
                .withPeriod(org.msptoolkit.core.model.Period.from(day.plusDays(1))));
        b.meeting(Meeting.of("late-m", later).withAttendance("late-p").withNoticeGiven(later));
        b.decision(Decision.of("late-d", later, "Later decision", DecisionMethod.VOTE)
                .withObjections()
                .publishedOn(later));
        b.document(Document.of("late-doc", DocumentKind.EVALUATION, "Later evaluation", later)
                .publishedOn(later));
        b.contribution(Contribution.of("late-c", s, ContributionKind.POSITION_PAPER, "Later paper", later));
        b.commitment(Commitment.of("late-k", s, "Later promise").madeOn(later).dueOn(later));
        b.funding(Funding.of(s, "1000", "EUR").onDate(later));
        return b.build();
    }

    private static void noRecordAfter(MspProcess t, LocalDate day) {
        assertThat(t.meetings()).allSatisfy(m -> assertThat(m.date()).isBeforeOrEqualTo(day));
        assertThat(t.decisions()).allSatisfy(d -> {
            assertThat(d.date()).isBeforeOrEqualTo(day);
            d.published().ifPresent(x -> assertThat(x).isBeforeOrEqualTo(day));
        });
        assertThat(t.documents()).allSatisfy(d -> {
            assertThat(d.produced()).isBeforeOrEqualTo(day);
            d.published().ifPresent(x -> assertThat(x).isBeforeOrEqualTo(day));
        });
        assertThat(t.contributions()).allSatisfy(c -> assertThat(c.date()).isBeforeOrEqualTo(day));
        assertThat(t.commitments()).allSatisfy(c -> {
            c.made().ifPresent(x -> assertThat(x).isBeforeOrEqualTo(day));
            assertThat(c.progressReports()).allSatisfy(r -> assertThat(r).isBeforeOrEqualTo(day));
        });
        assertThat(t.funding())
                .allSatisfy(f -> f.date().ifPresent(x -> assertThat(x).isBeforeOrEqualTo(day)));
        assertThat(t.participants())
                .allSatisfy(
                        x -> x.period().ifPresent(per -> assertThat(per.start()).isBeforeOrEqualTo(day)));
    }

    @Test
    void evaluatingAsOfADayEqualsEvaluatingTheProcessTruncatedToThatDay() {
        Property.forAll(300, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            for (LocalDate day : days(p)) {
                Evaluator e = EVALUATOR.withContext(EvaluationContext.asOf(day));
                MspProcess t = p.asOf(day);
                noRecordAfter(t, day);
                assertThat(t.asOf(day)).as("idempotent").isEqualTo(t);
                assertThat(t.validate().problems())
                        .as("still valid as of %s", day)
                        .isEmpty();
                EvaluationReport whole = e.evaluate(p, Frameworks.hemmati2002());
                assertThat(whole).as("as of %s", day).isEqualTo(e.evaluate(t, Frameworks.hemmati2002()));
                // what happened later never changes the evaluation as of the day
                assertThat(e.evaluate(withLaterRecords(p, day), Frameworks.hemmati2002()))
                        .as("later records, as of %s", day)
                        .isEqualTo(whole);
                // the same holds for an indicator measured on its own
                for (Indicator i : REGISTRY.indicators()) {
                    assertThat(i.measure(p, EvaluationContext.asOf(day)))
                            .as("%s as of %s", i.id(), day)
                            .isEqualTo(i.measure(t, EvaluationContext.asOf(day)));
                }
            }
        });
    }

    @Test
    void stripAnyRecordedFieldAndEveryIndicatorReadingItBecomesNotMeasurableTheOthersUnchanged() {
        Property.forAll(400, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            EvaluationContext c = p.referenceDay().map(EvaluationContext::asOf).orElse(EvaluationContext.defaults());
            for (RecordedData field : RecordedData.values()) {
                if (!field.isRecordedIn(p)) {
                    continue;
                }
                MspProcess stripped = field.strippedFrom(p);
                assertThat(field.isRecordedIn(stripped))
                        .as("%s stripped", field)
                        .isFalse();
                for (Indicator i : REGISTRY.indicators()) {
                    Measurement after = i.measure(stripped, c);
                    if (i.requires().contains(field)) {
                        assertThat(after.isMeasured())
                                .as("%s without %s", i.id(), field)
                                .isFalse();
                        assertThat(after.reason().orElseThrow())
                                .as("%s names the field", i.id())
                                .contains(field.path());
                    } else {
                        assertThat(after)
                                .as("%s does not read %s, so stripping it changes nothing", i.id(), field)
                                .isEqualTo(i.measure(p, c));
                    }
                }
            }
        });
    }

    @Test
    void everyIndicatorReadingRecordedDataSaysSo() {
        // the built-ins that read each kind of data (by reading their code), so that a new one that forgets
        // to declare it fails here as well as in the strip property
        assertThat(requiring(RecordedData.ATTENDANCE))
                .containsExactlyInAnyOrder(BuiltinIndicators.ATTENDANCE_RATE, BuiltinIndicators.ATTENDANCE_SPREAD);
        assertThat(requiring(RecordedData.SPEAKING_TURNS))
                .containsExactlyInAnyOrder(BuiltinIndicators.SPEAKING_TURN_HHI, BuiltinIndicators.SPEAKING_TURN_GINI);
        assertThat(requiring(RecordedData.OBJECTIONS))
                .containsExactlyInAnyOrder(
                        BuiltinIndicators.SUSTAINED_OBJECTION_SHARE, BuiltinIndicators.OBJECTIONS_RECORDED);
        assertThat(requiring(RecordedData.FUNDING))
                .containsExactlyInAnyOrder(
                        BuiltinIndicators.FUNDING_HHI,
                        BuiltinIndicators.FUNDING_GINI,
                        BuiltinIndicators.FUNDING_DISCLOSED);
        assertThat(requiring(RecordedData.LINKAGE)).contains(BuiltinIndicators.OFFICIAL_LINKAGE);
        assertThat(requiring(RecordedData.GENDER)).containsExactly(BuiltinIndicators.WOMEN_SHARE);
    }

    private static List<String> requiring(RecordedData d) {
        return REGISTRY.indicators().stream()
                .filter(i -> i.requires().contains(d))
                .map(i -> i.id().value())
                .toList();
    }

    @Test
    void anEmptyProcessHasNoScoredPrinciple() {
        EvaluationReport r =
                EVALUATOR.evaluate(MspProcess.builder("empty", "Empty").build(), Frameworks.hemmati2002());
        assertThat(r.groups()).allSatisfy(g -> assertThat(g.score()).as(g.key()).isEmpty());
        assertThat(r.indicators())
                .allSatisfy(x -> assertThat(x.value()).as(x.id()).isEmpty());
    }

    @Test
    void aOneStakeholderProcessGetsNoBalanceScore() {
        MspProcess one = MspProcess.builder("one", "One stakeholder")
                .stakeholder(Stakeholder.of("s1", "Only NGO", StakeholderGroup.NGOS))
                .participant(Participant.of("p1", "s1", Role.DELEGATE).withGender("woman"))
                .meeting(Meeting.of("m1", "2020-01-10")
                        .withAttendance("p1")
                        .withSpeakingTurns(org.msptoolkit.core.model.SpeakingTurn.of("p1")))
                .funding(Funding.of("s1", "1000", "EUR"))
                .build();
        EvaluationReport r = EVALUATOR.evaluate(one, Frameworks.hemmati2002());
        for (String balance : List.of(
                BuiltinIndicators.SEAT_GINI,
                BuiltinIndicators.SEAT_HHI,
                BuiltinIndicators.SPEAKING_TURN_GINI,
                BuiltinIndicators.SPEAKING_TURN_HHI,
                BuiltinIndicators.FUNDING_GINI,
                BuiltinIndicators.FUNDING_HHI,
                BuiltinIndicators.PARTICIPANT_GROUP_BLAU,
                BuiltinIndicators.PARTICIPANT_GROUP_EVENNESS)) {
            IndicatorResult x = result(r, balance);
            assertThat(x.value()).as(balance).isEmpty();
            assertThat(x.reason().orElseThrow()).as(balance).contains("at least two");
        }
        GroupResult equity = r.groups().stream()
                .filter(g -> g.key().equals("equity"))
                .findFirst()
                .orElseThrow();
        // only women-share (1 woman of 1: outside the 0.4-0.6 band) is left to score equity
        assertThat(equity.score().orElseThrow()).isLessThan(1.0);
    }

    @Test
    void aVoteWithNoObjectionsFieldScoresNoObjectionIndicator() {
        MspProcess vote = MspProcess.builder("vote", "A vote")
                .stakeholder(Stakeholder.of("s1", "NGO", StakeholderGroup.NGOS))
                .decision(Decision.of("d1", "2020-01-10", "Adopt the plan", DecisionMethod.VOTE))
                .build();
        EvaluationReport r = EVALUATOR.evaluate(vote, Frameworks.hemmati2002());
        assertThat(result(r, BuiltinIndicators.SUSTAINED_OBJECTION_SHARE)
                        .reason()
                        .orElseThrow())
                .contains("decisions[*].objections not recorded");
        assertThat(result(r, BuiltinIndicators.OBJECTIONS_RECORDED).value()).isEmpty();
        // recorded, nobody objected: 0 of 1 decision with a sustained objection
        EvaluationReport recorded = EVALUATOR.evaluate(
                vote.toBuilder()
                        .clearDecisions()
                        .decision(Decision.of("d1", "2020-01-10", "Adopt the plan", DecisionMethod.VOTE)
                                .withObjections())
                        .build(),
                Frameworks.hemmati2002());
        assertThat(result(recorded, BuiltinIndicators.SUSTAINED_OBJECTION_SHARE).value())
                .hasValue(0.0);
        assertThat(result(recorded, BuiltinIndicators.OBJECTIONS_RECORDED).value())
                .hasValue(1.0);
    }

    @Test
    void aCommitmentDueAfterTheDayIsNotOverdueAndLaterProgressReportsDoNotCount() {
        MspProcess p = MspProcess.builder("c", "Commitments")
                .stakeholder(Stakeholder.of("s1", "NGO", StakeholderGroup.NGOS))
                .document(Document.of("ev", DocumentKind.EVALUATION, "Evaluation", "2019-01-01"))
                .commitment(Commitment.of("k1", "s1", "Plant trees")
                        .madeOn("2018-01-01")
                        .dueOn("2018-06-30")
                        .withProgressReports("2018-09-01"))
                .build();
        EvaluationContext before = EvaluationContext.asOf("2018-05-01");
        Indicator overdue = REGISTRY.get(BuiltinIndicators.COMMITMENT_OVERDUE);
        assertThat(overdue.measure(p, before).value()).hasValue(0.0); // due 2018-06-30, after the day
        assertThat(overdue.measure(p, EvaluationContext.asOf("2018-07-01")).value())
                .hasValue(1.0);
        Indicator monitoring = REGISTRY.get(BuiltinIndicators.MONITORING_EVIDENCE);
        // on 2018-05-01 neither the evaluation (2019) nor the progress report (2018-09) existed
        assertThat(monitoring.measure(p, before).value()).hasValue(0.0);
        assertThat(monitoring.measure(p, EvaluationContext.asOf("2018-10-01")).value())
                .hasValue(0.5);
        assertThat(monitoring.measure(p, EvaluationContext.asOf("2019-01-01")).value())
                .hasValue(1.0);
    }

    private static IndicatorResult result(EvaluationReport r, String id) {
        return r.indicators().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void truncationKeepsUndatedRecordsAndReopensPeriods() {
        MspProcess p = MspProcess.builder("t", "Truncation")
                .period("2020-01-01", "2020-12-31")
                .stakeholder(Stakeholder.of("s1", "NGO", StakeholderGroup.NGOS))
                .participant(Participant.of("p1", "s1", Role.DELEGATE)
                        .withPeriod(org.msptoolkit.core.model.Period.of("2020-01-01", "2020-06-30")))
                .funding(
                        Funding.of("s1", "10", "EUR"),
                        Funding.of("s1", "20", "EUR").onDate("2020-09-01"))
                .build();
        MspProcess t = p.asOf(LocalDate.parse("2020-03-01"));
        assertThat(t.period().orElseThrow().end()).isEmpty();
        assertThat(t.participants().get(0).period().orElseThrow().end()).isEmpty();
        assertThat(t.funding()).extracting(f -> f.amount().intValue()).containsExactly(10);
        assertThat(t.fundingRecorded()).isTrue();
        assertThat(p.asOf(LocalDate.parse("2021-01-01"))).isSameAs(p);
        assertThat(Optional.of(t)).isNotEqualTo(Optional.of(p));
    }
}
