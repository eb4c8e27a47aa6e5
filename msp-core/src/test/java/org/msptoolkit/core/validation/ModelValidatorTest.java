package org.msptoolkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.msptoolkit.core.MspException;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

class ModelValidatorTest {

    private static MspProcess.Builder valid() {
        return MspProcess.builder("csd-1998", "CSD Dialogue on Industry")
                .stakeholder(Stakeholder.of(
                        "icc", "International Chamber of Commerce", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                .stakeholder(Stakeholder.of("icftu", "ICFTU", StakeholderGroup.WORKERS_AND_TRADE_UNIONS))
                .participant(Participant.of("p1", "icc", Role.DELEGATE))
                .participant(Participant.of("p2", "icftu", Role.DELEGATE));
    }

    @Test
    void aValidProcessHasNoProblems() {
        ValidationReport r = valid().conveners("icc")
                .meeting(Meeting.of("m1", "1998-04-20")
                        .withNoticeGiven("1998-03-20")
                        .withAttendance("p1", "p2")
                        .withAgenda(AgendaItem.of("Voluntary initiatives", "icftu")))
                .build()
                .validate();
        assertThat(r.isValid()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r).hasToString("valid");
        r.orThrow();
    }

    /** validate() is on the hot path of evaluating corpora: a valid process gets the shared report, no lists. */
    @Test
    void aValidProcessGetsTheSharedValidReport() {
        MspProcess p = valid().meeting(Meeting.of("m1", "1998-04-20").withAttendance("p1", "p2"))
                .build();
        assertThat(p.validate()).isSameAs(ValidationReport.valid());
        assertThat(ModelValidator.standard().validate(p)).isSameAs(ValidationReport.valid());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPathAndCodeInPathOrder() {
        MspProcess broken = valid().period(Period.of("1998-05-01", "1998-04-01"))
                .stakeholder(Stakeholder.of("wwf", "", StakeholderGroup.NGOS))
                .stakeholder(Stakeholder.of("icc", "Duplicate", StakeholderGroup.NGOS))
                .participant(Participant.of("p3", "wwf", Role.OBSERVER))
                .participant(Participant.of("p4", "unep", Role.OBSERVER))
                .participant(Participant.of("p5", "icc", Role.EXPERT).withPeriod(Period.of("1998-04-21", "1998-04-20")))
                .meeting(Meeting.of("m1", "1998-04-20")
                        .withNoticeGiven("1998-04-25")
                        .withAttendance("p1", "p9", "p1")
                        .withAgenda(AgendaItem.of("Financing", "ICC")))
                .decision(Decision.of("d1", "1998-04-21", "Adopt", DecisionMethod.VOTE)
                        .withTally(Tally.of(-1, 2, 0))
                        .publishedOn("1998-04-20"))
                .commitment(Commitment.of("k1", "shell", "Report on progress"))
                .document(Document.of("doc1", DocumentKind.REPORT, "Summary", "1998-05-01")
                        .publishedOn("1998-04-30"))
                .funding(Funding.of("icc", "-5", "USD"))
                .link(ProcessLink.of("csd-1998", LinkKind.RELATED, Level.INTERNATIONAL))
                .build();

        ValidationReport r = broken.validate();

        assertThat(r.problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(
                        tuple("commitments[0].owner", Problem.UNRESOLVED_REFERENCE),
                        tuple("decisions[0].published", Problem.DATE_ORDER),
                        tuple("decisions[0].tally.options[for]", Problem.NEGATIVE),
                        tuple("documents[0].published", Problem.DATE_ORDER),
                        tuple("funding[0].amount", Problem.CONSTRAINT),
                        tuple("links[0].target", Problem.SELF_LINK),
                        tuple("meetings[0].agenda[0].proposedBy", Problem.UNRESOLVED_REFERENCE),
                        tuple("meetings[0].attendance[1]", Problem.UNRESOLVED_REFERENCE),
                        tuple("meetings[0].attendance[2]", Problem.DUPLICATE_ENTRY),
                        tuple("meetings[0].date", Problem.DATE_ORDER),
                        tuple("participants[3].stakeholder", Problem.UNRESOLVED_REFERENCE),
                        tuple("participants[4].period.end", Problem.DATE_ORDER),
                        tuple("period.end", Problem.DATE_ORDER),
                        tuple("stakeholders[2].name", Problem.CONSTRAINT),
                        tuple("stakeholders[3].id", Problem.DUPLICATE_ID));
        assertThat(r.size()).isEqualTo(15);
        assertThat(r.at("meetings[0]")).hasSize(4);
    }

    @Test
    void messagesSayWhatIsWrongInPlainWords() {
        MspProcess broken = valid().stakeholder(Stakeholder.of("wwf", "", StakeholderGroup.NGOS))
                .stakeholder(Stakeholder.of("icc", "Duplicate", StakeholderGroup.NGOS))
                .participant(Participant.of("p3", "unep", Role.OBSERVER))
                .meeting(Meeting.of("m1", "1998-04-20")
                        .withNoticeGiven("1998-04-25")
                        .withAttendance("p1", "p1")
                        .withAgenda(AgendaItem.of("Financing", "ICC")))
                .funding(Funding.of("icc", "-5", "USD"))
                .build();
        assertThat(broken.validate().problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "funding[0].amount: must be greater than or equal to 0, got -5",
                        "meetings[0].agenda[0].proposedBy: no stakeholder with id 'ICC' in this process (did you mean 'icc'?)",
                        "meetings[0].attendance[1]: participant 'p1' is listed twice in the attendance",
                        "meetings[0].date: the meeting date (1998-04-20) is before notice given (1998-04-25)",
                        "participants[2].stakeholder: no stakeholder with id 'unep' in this process",
                        "stakeholders[2].name: must not be blank, got \"\"",
                        "stakeholders[3].id: another stakeholder already has id 'icc' (stakeholders[0])");
    }

    @Test
    void indicesSortAsNumbers() {
        MspProcess.Builder b =
                MspProcess.builder("p", "Many").stakeholder(Stakeholder.of("s", "S", StakeholderGroup.NGOS));
        for (int i = 0; i < 12; i++) {
            b.participant(Participant.of("p" + i, i == 2 || i == 10 ? "ghost" : "s", Role.DELEGATE));
        }
        assertThat(b.build().validate().problems())
                .extracting(Problem::location)
                .containsExactly("participants[2].stakeholder", "participants[10].stakeholder");
    }

    @Test
    void otherReferencesResolveToo() {
        MspProcess broken = valid().conveners("unep")
                .meeting(Meeting.of("m1", "1998-04-20")
                        .withSpeakingTurns(
                                org.msptoolkit.core.model.SpeakingTurn.of("p1", 60),
                                org.msptoolkit.core.model.SpeakingTurn.of("p7")))
                .decision(Decision.of("d1", "1998-04-21", "Adopt", DecisionMethod.CONSENSUS)
                        .atMeeting("m2")
                        .withObjections(org.msptoolkit.core.model.Objection.of("wbcsd", "cost", true)))
                .commitment(Commitment.of("k1", "icc", "Do it")
                        .implementing("d9")
                        .madeOn("1998-05-01")
                        .dueOn("1998-04-01")
                        .withProgressReports("1998-04-15"))
                .document(Document.of("doc1", DocumentKind.MINUTES, "Minutes", "1998-04-20")
                        .forMeeting("m3"))
                .contribution(org.msptoolkit.core.model.Contribution.of(
                                "in1",
                                "ngo",
                                org.msptoolkit.core.taxonomy.ContributionKind.POSITION_PAPER,
                                "Paper",
                                "1998-04-01")
                        .forMeeting("m1")
                        .forConsultation("c1"))
                .consultation(org.msptoolkit.core.model.Consultation.of("c1", "Draft", "1998-03-01", "1998-02-01"))
                .funding(Funding.of("oecd", "100", "EUR"))
                .build();
        assertThat(broken.validate().problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(
                        tuple("commitments[0].decision", Problem.UNRESOLVED_REFERENCE),
                        tuple("commitments[0].due", Problem.DATE_ORDER),
                        tuple("commitments[0].progressReports[0]", Problem.DATE_ORDER),
                        tuple("consultations[0].closes", Problem.DATE_ORDER),
                        tuple("contributions[0].from", Problem.UNRESOLVED_REFERENCE),
                        tuple("conveners[0]", Problem.UNRESOLVED_REFERENCE),
                        tuple("decisions[0].meeting", Problem.UNRESOLVED_REFERENCE),
                        tuple("decisions[0].objections[0].by", Problem.UNRESOLVED_REFERENCE),
                        tuple("documents[0].meeting", Problem.UNRESOLVED_REFERENCE),
                        tuple("funding[0].from", Problem.UNRESOLVED_REFERENCE),
                        tuple("meetings[0].speakingTurns[1].speaker", Problem.UNRESOLVED_REFERENCE));
    }

    @Test
    void singleValuesCanBeValidatedOnTheirOwn() {
        ValidationReport r = ModelValidator.standard().validateValue(Stakeholder.of("wwf", " ", StakeholderGroup.NGOS));
        assertThat(r.problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(tuple("name", Problem.CONSTRAINT));
        assertThat(ModelValidator.standard().validateValue(valid().build()).isValid())
                .isTrue();
        assertThatThrownBy(() -> ModelValidator.standard().validate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("process");
    }

    @Test
    void orThrowCarriesEveryProblem() {
        ValidationReport r = valid().participant(
                        Participant.of("p3", "unep", Role.OBSERVER), Participant.of("p4", "undp", Role.OBSERVER))
                .build()
                .validate();
        assertThatThrownBy(r::orThrow)
                .isInstanceOf(InvalidModelException.class)
                .isInstanceOf(MspException.class)
                .hasMessage("""
                        2 problems:
                          participants[2].stakeholder: no stakeholder with id 'unep' in this process
                          participants[3].stakeholder: no stakeholder with id 'undp' in this process""")
                .satisfies(
                        e -> assertThat(((InvalidModelException) e).problems()).hasSize(2));
    }

    @Test
    void problemsCanBePlacedUnderAFile() {
        Problem p = Problem.of("participants[3]", Problem.UNRESOLVED_REFERENCE, "no stakeholder");
        assertThat(p.under("examples/csd.yaml", ": "))
                .hasToString("examples/csd.yaml: participants[3]: no stakeholder");
        assertThat(Problem.of("", Problem.CONSTRAINT, "empty")
                        .under("a.yaml", ": ")
                        .location())
                .isEqualTo("a.yaml");
        assertThat(p.under("", ".")).isSameAs(p);
        assertThatThrownBy(() -> Problem.of("x", " ", "m")).hasMessageContaining("problem code");
        assertThat(ValidationReport.valid()
                        .and(ValidationReport.of(java.util.List.of(p)))
                        .problems())
                .containsExactly(p);
    }
}
