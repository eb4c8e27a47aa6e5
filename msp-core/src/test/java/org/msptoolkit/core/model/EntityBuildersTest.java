package org.msptoolkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Role;

/**
 * The entity builders: every setter reaches its own component (compared with values made by the canonical
 * constructor), {@code toBuilder().build()} gives back the value, list methods add in order, and a missing or
 * invalid value fails as the constructor or factory does.
 */
class EntityBuildersTest {
    private static final LocalDate D1 = LocalDate.of(2002, 8, 26);
    private static final LocalDate D2 = LocalDate.of(2002, 9, 4);
    private static final LocalDate D3 = LocalDate.of(2003, 1, 15);

    /** Both throw an exception of the same class with the same message. */
    private static void sameError(ThrowingCallable viaBuilder, ThrowingCallable viaConstructor) {
        Throwable expected = catchThrowable(viaConstructor);
        assertThat(expected).as("the constructor or factory throws").isNotNull();
        assertThat(catchThrowable(viaBuilder))
                .isNotNull()
                .isExactlyInstanceOf(expected.getClass())
                .hasMessage(expected.getMessage());
    }

    @Test
    void participant() {
        Participant full = new Participant(
                ParticipantId.of("p1"),
                StakeholderId.of("icc"),
                Role.CHAIR,
                Optional.of("Ana"),
                Optional.of(Gender.of("woman")),
                Optional.of(Period.of(D1, D2)));
        Participant built = Participant.builder("p1", "other", Role.DELEGATE)
                .stakeholder("icc")
                .role(Role.CHAIR)
                .name("Ana")
                .gender("woman")
                .period(Period.of("2002-08-26", "2002-09-04"))
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(Participant.of("p1", "icc", Role.DELEGATE).toBuilder().build())
                .isEqualTo(Participant.of("p1", "icc", Role.DELEGATE));
        assertThat(full.toBuilder()
                        .stakeholder(StakeholderId.of("wbcsd"))
                        .gender(Gender.of("man"))
                        .build())
                .isEqualTo(new Participant(
                        ParticipantId.of("p1"),
                        StakeholderId.of("wbcsd"),
                        Role.CHAIR,
                        Optional.of("Ana"),
                        Optional.of(Gender.of("man")),
                        Optional.of(Period.of(D1, D2))));

        sameError(
                () -> Participant.builder("p1", "icc", null),
                () -> new Participant(
                        ParticipantId.of("p1"),
                        StakeholderId.of("icc"),
                        null,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        sameError(
                () -> full.toBuilder().role(null),
                () -> new Participant(
                        ParticipantId.of("p1"),
                        StakeholderId.of("icc"),
                        null,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        sameError(
                () -> full.toBuilder().stakeholder((StakeholderId) null),
                () -> new Participant(
                        ParticipantId.of("p1"),
                        null,
                        Role.CHAIR,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        sameError(() -> full.toBuilder().stakeholder(" x"), () -> StakeholderId.of(" x"));
        sameError(() -> Participant.builder(null, "icc", Role.CHAIR), () -> Participant.of(null, "icc", Role.CHAIR));
    }

    @Test
    void meeting() {
        AgendaItem a1 = AgendaItem.of("Opening");
        AgendaItem a2 = AgendaItem.of("Water", "icc");
        AgendaItem a3 = AgendaItem.of("Closing");
        SpeakingTurn t1 = SpeakingTurn.of("p1", 60);
        SpeakingTurn t2 = SpeakingTurn.of("p2");
        Meeting full = new Meeting(
                MeetingId.of("m1"),
                D2,
                Optional.of("Plenary"),
                Optional.of(D1),
                Optional.of(List.of(ParticipantId.of("p1"), ParticipantId.of("p2"), ParticipantId.of("p3"))),
                List.of(a1, a2, a3),
                Optional.of(List.of(t1, t2)));
        Meeting built = Meeting.builder("m1", "2000-01-01")
                .date("2002-09-04")
                .title("Plenary")
                .noticeGiven("2002-08-26")
                .attendance("p1", "p2")
                .attendance(List.of(ParticipantId.of("p3")))
                .agenda(a1)
                .agenda(List.of(a2, a3))
                .speakingTurns(t1)
                .speakingTurns(List.of(t2))
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder()
                        .attendance("p4")
                        .agenda(a1)
                        .build()
                        .attendance()
                        .orElseThrow())
                .extracting(ParticipantId::value)
                .containsExactly("p1", "p2", "p3", "p4");
        assertThat(full.toBuilder().agenda(a1).build().agenda()).containsExactly(a1, a2, a3, a1);

        Meeting bare = Meeting.of("m1", "2002-09-04");
        assertThat(bare.toBuilder().build()).isEqualTo(bare);
        assertThat(bare.toBuilder().build().attendance()).isEmpty();
        // adding no one still records attendance: recorded, and nobody attended
        assertThat(bare.toBuilder().attendance().speakingTurns(List.of()).build())
                .isEqualTo(new Meeting(
                        MeetingId.of("m1"),
                        D2,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(List.of()),
                        List.of(),
                        Optional.of(List.of())));
        assertThat(bare.toBuilder().date(D1).noticeGiven(D3).build())
                .isEqualTo(new Meeting(
                        MeetingId.of("m1"),
                        D1,
                        Optional.empty(),
                        Optional.of(D3),
                        Optional.empty(),
                        List.of(),
                        Optional.empty()));

        sameError(() -> Meeting.builder("m1", "20 April"), () -> Meeting.of("m1", "20 April"));
        sameError(
                () -> bare.toBuilder().date((LocalDate) null),
                () -> new Meeting(
                        MeetingId.of("m1"),
                        null,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Optional.empty()));
        sameError(
                () -> bare.toBuilder().agenda(a1, null),
                () -> new Meeting(
                        MeetingId.of("m1"),
                        D2,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        java.util.Arrays.asList(a1, null),
                        Optional.empty()));
        sameError(() -> bare.toBuilder().noticeGiven("soon"), () -> bare.withNoticeGiven("soon"));
    }

    @Test
    void decision() {
        Objection o1 = Objection.of("icc", "too fast", false);
        Objection o2 = Objection.of("wbcsd", "unclear", true);
        Objection o3 = Objection.of("iucn", "no data", false);
        Tally tally = Tally.of(30, 4, 2);
        Decision full = new Decision(
                DecisionId.of("d1"),
                D2,
                "Adopt the guidelines",
                DecisionMethod.VOTE,
                Optional.of(MeetingId.of("m1")),
                Optional.of(tally),
                List.of(o1, o2, o3),
                Optional.of(D3));
        Decision built = Decision.builder("d1", "2000-01-01", "draft", DecisionMethod.CONSENSUS)
                .date("2002-09-04")
                .subject("Adopt the guidelines")
                .method(DecisionMethod.VOTE)
                .meeting("m1")
                .tally(tally)
                .objections(o1, o2)
                .objections(List.of(o3))
                .published("2003-01-15")
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().objections(o1).build().objections()).containsExactly(o1, o2, o3, o1);
        assertThat(Decision.of("d1", "2002-09-04", "s", DecisionMethod.VOTE).toBuilder()
                        .date(D1)
                        .meeting(MeetingId.of("m2"))
                        .published(D2)
                        .build())
                .isEqualTo(new Decision(
                        DecisionId.of("d1"),
                        D1,
                        "s",
                        DecisionMethod.VOTE,
                        Optional.of(MeetingId.of("m2")),
                        Optional.empty(),
                        List.of(),
                        Optional.of(D2)));

        sameError(
                () -> Decision.builder("d1", "2002-09-04", null, DecisionMethod.VOTE),
                () -> new Decision(
                        DecisionId.of("d1"),
                        D2,
                        null,
                        DecisionMethod.VOTE,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Optional.empty()));
        sameError(
                () -> full.toBuilder().method(null),
                () -> new Decision(
                        DecisionId.of("d1"),
                        D2,
                        "s",
                        null,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Optional.empty()));
        sameError(() -> full.toBuilder().published("later"), () -> full.publishedOn("later"));
    }

    @Test
    void commitment() {
        Commitment full = new Commitment(
                CommitmentId.of("c1"),
                StakeholderId.of("icc"),
                "Train 500 auditors",
                Optional.of("500 certified"),
                Optional.of(D1),
                Optional.of(D3),
                CommitmentStatus.IN_PROGRESS,
                List.of("report 1", "report 2", "site visit"),
                List.of(D2, D3),
                Optional.of(DecisionId.of("d1")));
        Commitment built = Commitment.builder("c1", "other", "draft")
                .owner("icc")
                .description("Train 500 auditors")
                .measure("500 certified")
                .made("2002-08-26")
                .due("2003-01-15")
                .status(CommitmentStatus.IN_PROGRESS)
                .evidence("report 1", "report 2")
                .evidence(List.of("site visit"))
                .progressReports("2002-09-04")
                .progressReports(List.of(D3))
                .decision("d1")
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().evidence("report 1").build().evidence())
                .containsExactly("report 1", "report 2", "site visit", "report 1");
        assertThat(full.toBuilder().progressReports("2002-08-26").build().progressReports())
                .containsExactly(D2, D3, D1);
        assertThat(Commitment.of("c1", "icc", "d").toBuilder()
                        .owner(StakeholderId.of("iucn"))
                        .made(D2)
                        .due(D3)
                        .decision(DecisionId.of("d2"))
                        .build())
                .isEqualTo(new Commitment(
                        CommitmentId.of("c1"),
                        StakeholderId.of("iucn"),
                        "d",
                        Optional.empty(),
                        Optional.of(D2),
                        Optional.of(D3),
                        CommitmentStatus.PLANNED,
                        List.of(),
                        List.of(),
                        Optional.of(DecisionId.of("d2"))));

        sameError(() -> Commitment.builder("c1", null, "d"), () -> Commitment.of("c1", null, "d"));
        sameError(
                () -> full.toBuilder().status(null),
                () -> new Commitment(
                        CommitmentId.of("c1"),
                        StakeholderId.of("icc"),
                        "d",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        null,
                        List.of(),
                        List.of(),
                        Optional.empty()));
        sameError(() -> full.toBuilder().due("next year"), () -> full.dueOn("next year"));
        sameError(
                () -> full.toBuilder().progressReports("2002-01-01", "x"),
                () -> full.withProgressReports("2002-01-01", "x"));
    }

    @Test
    void document() {
        Document full = new Document(
                DocumentId.of("doc1"),
                DocumentKind.MINUTES,
                "Minutes of the plenary",
                D1,
                Optional.of(D2),
                Optional.of(MeetingId.of("m1")),
                Optional.of("https://example.org/m1"));
        Document built = Document.builder("doc1", DocumentKind.AGENDA, "draft", "2000-01-01")
                .kind(DocumentKind.MINUTES)
                .title("Minutes of the plenary")
                .produced("2002-08-26")
                .published("2002-09-04")
                .meeting("m1")
                .link("https://example.org/m1")
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder()
                        .produced(D2)
                        .published(D3)
                        .meeting(MeetingId.of("m2"))
                        .build())
                .isEqualTo(new Document(
                        DocumentId.of("doc1"),
                        DocumentKind.MINUTES,
                        "Minutes of the plenary",
                        D2,
                        Optional.of(D3),
                        Optional.of(MeetingId.of("m2")),
                        Optional.of("https://example.org/m1")));

        sameError(
                () -> Document.builder("doc1", null, "t", "2002-08-26"),
                () -> Document.of("doc1", null, "t", "2002-08-26"));
        sameError(
                () -> full.toBuilder().title(null),
                () -> new Document(
                        DocumentId.of("doc1"),
                        DocumentKind.MINUTES,
                        null,
                        D1,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        sameError(
                () -> full.toBuilder().produced("26/08/2002"),
                () -> Document.of("doc1", DocumentKind.MINUTES, "t", "26/08/2002"));
    }

    @Test
    void contribution() {
        Contribution full = new Contribution(
                ContributionId.of("k1"),
                StakeholderId.of("icc"),
                ContributionKind.POSITION_PAPER,
                "On water",
                D1,
                Optional.of(MeetingId.of("m1")),
                Optional.of(ConsultationId.of("q1")));
        Contribution built = Contribution.builder("k1", "other", ContributionKind.COMMENT, "draft", "2000-01-01")
                .from("icc")
                .kind(ContributionKind.POSITION_PAPER)
                .title("On water")
                .date("2002-08-26")
                .meeting("m1")
                .consultation("q1")
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder()
                        .from(StakeholderId.of("iucn"))
                        .date(D2)
                        .meeting(MeetingId.of("m2"))
                        .consultation(ConsultationId.of("q2"))
                        .build())
                .isEqualTo(new Contribution(
                        ContributionId.of("k1"),
                        StakeholderId.of("iucn"),
                        ContributionKind.POSITION_PAPER,
                        "On water",
                        D2,
                        Optional.of(MeetingId.of("m2")),
                        Optional.of(ConsultationId.of("q2"))));

        sameError(
                () -> Contribution.builder("k1", "icc", ContributionKind.COMMENT, "t", null),
                () -> Contribution.of("k1", "icc", ContributionKind.COMMENT, "t", null));
        sameError(
                () -> full.toBuilder().kind(null),
                () -> new Contribution(
                        ContributionId.of("k1"),
                        StakeholderId.of("icc"),
                        null,
                        "t",
                        D1,
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void funding() {
        Funding full = new Funding(
                StakeholderId.of("wb"),
                new BigDecimal("250000.50"),
                Currency.getInstance("EUR"),
                Optional.of("secretariat"),
                false);
        Funding built = Funding.builder("other", "1", "USD")
                .from("wb")
                .amount("250000.50")
                .currency("EUR")
                .purpose("secretariat")
                .disclosed(false)
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder()
                        .from(StakeholderId.of("iucn"))
                        .amount(BigDecimal.TEN)
                        .currency(Currency.getInstance("CHF"))
                        .disclosed(true)
                        .build())
                .isEqualTo(new Funding(
                        StakeholderId.of("iucn"),
                        BigDecimal.TEN,
                        Currency.getInstance("CHF"),
                        Optional.of("secretariat"),
                        true));

        sameError(() -> Funding.builder("wb", "lots", "USD"), () -> Funding.of("wb", "lots", "USD"));
        sameError(() -> full.toBuilder().amount("lots"), () -> Funding.of("wb", "lots", "USD"));
        sameError(() -> full.toBuilder().currency("dollars"), () -> Funding.of("wb", "1", "dollars"));
        sameError(
                () -> full.toBuilder().amount((BigDecimal) null),
                () -> new Funding(StakeholderId.of("wb"), null, Currency.getInstance("EUR"), Optional.empty(), true));
    }

    @Test
    void consultation() {
        Consultation full = new Consultation(ConsultationId.of("q1"), "Draft guidelines", D1, D3);
        Consultation built = Consultation.builder("q1", "draft", "2000-01-01", "2000-02-01")
                .topic("Draft guidelines")
                .opens("2002-08-26")
                .closes("2003-01-15")
                .build();
        assertThat(built).isEqualTo(full);
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().opens(D2).closes(D2).build())
                .isEqualTo(new Consultation(ConsultationId.of("q1"), "Draft guidelines", D2, D2));

        sameError(
                () -> Consultation.builder("q1", null, "2002-08-26", "2003-01-15"),
                () -> new Consultation(ConsultationId.of("q1"), null, D1, D3));
        sameError(
                () -> full.toBuilder().closes("end of May"),
                () -> Consultation.of("q1", "t", "2002-08-26", "end of May"));
    }

    @Test
    void processTitleCanBeChanged() {
        MspProcess p = MspProcess.builder("wcd", "World Commission on Dams")
                .purpose("dams")
                .build();
        MspProcess renamed = p.toBuilder().title("WCD").build();
        assertThat(renamed.title()).isEqualTo("WCD");
        assertThat(renamed.purpose()).isEqualTo("dams");
        assertThat(renamed.toBuilder().title("World Commission on Dams").build())
                .isEqualTo(p);
        sameError(() -> p.toBuilder().title(null), () -> MspProcess.builder("wcd", null));
    }

    @Test
    void speakingTurnDurationsSurviveTheBuilder() {
        Meeting m = Meeting.builder("m1", "2002-09-04")
                .speakingTurns(new SpeakingTurn(ParticipantId.of("p1"), Optional.of(Duration.ofSeconds(90))))
                .build();
        assertThat(m.speakingTurns().orElseThrow()).containsExactly(SpeakingTurn.of("p1", 90));
    }

    @Test
    void clearEmptiesOnlyItsListSoThatACopyCanReplaceIt() {
        Stakeholder s = Stakeholder.builder(
                        "icc", "ICC", org.msptoolkit.core.taxonomy.StakeholderGroup.BUSINESS_AND_INDUSTRY)
                .sectors(org.msptoolkit.core.taxonomy.Sector.sdg(6))
                .levels(org.msptoolkit.core.taxonomy.Level.INTERNATIONAL)
                .countries("FR", "CH")
                .build();
        Stakeholder moved = s.toBuilder().clearCountries().countries("BE").build();
        assertThat(moved.countries())
                .extracting(org.msptoolkit.core.taxonomy.Country::code)
                .containsExactly("BE");
        assertThat(moved.sectors()).isEqualTo(s.sectors());
        assertThat(moved.levels()).isEqualTo(s.levels());
        assertThat(s.toBuilder().clearSectors().clearLevels().build())
                .isEqualTo(s.toBuilder().build().withSectors().withLevels());

        Meeting m = Meeting.builder("m1", "2002-09-04")
                .attendance("p1", "p2")
                .agenda(AgendaItem.of("Opening"))
                .speakingTurns(SpeakingTurn.of("p1"))
                .build();
        assertThat(m.toBuilder().clearAttendance().build().attendance()).isEmpty();
        assertThat(m.toBuilder().clearAttendance().attendance().build().attendance())
                .contains(List.of());
        assertThat(m.toBuilder()
                        .clearAttendance()
                        .attendance("p3")
                        .build()
                        .attendance()
                        .orElseThrow())
                .containsExactly(ParticipantId.of("p3"));
        assertThat(m.toBuilder().clearSpeakingTurns().build().speakingTurns()).isEmpty();
        Meeting noAgenda = m.toBuilder().clearAgenda().build();
        assertThat(noAgenda.agenda()).isEmpty();
        assertThat(noAgenda.attendance()).isEqualTo(m.attendance());
        assertThat(noAgenda.speakingTurns()).isEqualTo(m.speakingTurns());

        Objection o = Objection.of("icc", "too fast", false);
        Decision d = Decision.builder("d1", "2002-09-04", "s", DecisionMethod.CONSENSUS)
                .objections(o)
                .build();
        assertThat(d.toBuilder().clearObjections().build())
                .isEqualTo(Decision.of("d1", "2002-09-04", "s", DecisionMethod.CONSENSUS));

        Commitment c = Commitment.builder("c1", "icc", "d")
                .evidence("e1")
                .progressReports("2002-09-04")
                .build();
        assertThat(c.toBuilder().clearEvidence().build().evidence()).isEmpty();
        assertThat(c.toBuilder().clearEvidence().build().progressReports()).containsExactly(D2);
        assertThat(c.toBuilder().clearProgressReports().evidence("e2").build())
                .isEqualTo(Commitment.of("c1", "icc", "d").withEvidence("e1", "e2"));
    }

    @Test
    void stakeholderSettersFailAsTheConstructor() {
        Stakeholder s = Stakeholder.of("icc", "ICC", org.msptoolkit.core.taxonomy.StakeholderGroup.NGOS);
        sameError(
                () -> s.toBuilder().name(null),
                () -> new Stakeholder(
                        s.id(),
                        null,
                        s.group(),
                        s.kind(),
                        s.sectors(),
                        s.levels(),
                        s.countries(),
                        s.constituencySize(),
                        s.publicAuthority()));
        sameError(
                () -> s.toBuilder().group(null),
                () -> new Stakeholder(
                        s.id(),
                        s.name(),
                        null,
                        s.kind(),
                        s.sectors(),
                        s.levels(),
                        s.countries(),
                        s.constituencySize(),
                        s.publicAuthority()));
        sameError(
                () -> s.toBuilder().kind(null),
                () -> new Stakeholder(
                        s.id(),
                        s.name(),
                        s.group(),
                        null,
                        s.sectors(),
                        s.levels(),
                        s.countries(),
                        s.constituencySize(),
                        s.publicAuthority()));
        sameError(() -> s.toBuilder().countries("France"), () -> s.withCountries("France"));
    }
}
