package org.msptoolkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

class MspProcessTest {

    private static MspProcess csd() {
        return MspProcess.builder("csd-1998", "CSD Dialogue on Industry")
                .purpose("Inform CSD-6 negotiations on industry and sustainable development")
                .types(ProcessType.INFORMING)
                .levels(Level.INTERNATIONAL)
                .phase(Phase.DIALOGUE)
                .period("1998-04-20", "1998-05-01")
                .linkage(OfficialLinkage.of(LinkageKind.INFORMS, "UN Commission on Sustainable Development"))
                .stakeholder(Stakeholder.of(
                        "icc", "International Chamber of Commerce", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                .stakeholder(Stakeholder.of("icftu", "ICFTU", StakeholderGroup.WORKERS_AND_TRADE_UNIONS))
                .participant(Participant.of("p1", "icc", Role.DELEGATE)
                        .withGender("woman")
                        .withName("A. Delegate"))
                .participant(Participant.of("p2", "icftu", Role.DELEGATE).withGender("man"))
                .meeting(Meeting.of("m1", "1998-04-20").withAttendance("p1", "p2"))
                .decision(Decision.of("d1", "1998-04-21", "Report to CSD-6", DecisionMethod.CONSENSUS))
                .document(Document.of("doc1", DocumentKind.REPORT, "Chair's summary", "1998-04-22"))
                .funding(Funding.of("icc", "10000", "USD"))
                .build();
    }

    @Test
    void toStringSummarisesTheProcessReadably() {
        assertThat(csd()).hasToString("""
                MspProcess csd-1998 "CSD Dialogue on Industry"
                  type [informing], levels [international], phase dialogue, 1998-04-20..1998-05-01, \
                linkage informs UN Commission on Sustainable Development
                  2 stakeholders in 2 groups, 2 participants, 1 meeting, 1 decision, 0 commitments, 1 document, \
                1 funding entry, 0 links""");
    }

    @Test
    void equalValuesMakeEqualProcesses() {
        assertThat(csd()).isEqualTo(csd()).hasSameHashCodeAs(csd());
        assertThat(csd().toBuilder().build()).isEqualTo(csd());
        assertThat(csd().toBuilder().purpose("other").build()).isNotEqualTo(csd());
        assertThat(csd()).isNotEqualTo("csd-1998");
    }

    @Test
    void withoutPersonalDataRemovesNamesAndGendersOnly() {
        MspProcess anonymous = csd().withoutPersonalData();
        assertThat(anonymous.participants()).allSatisfy(p -> {
            assertThat(p.name()).isEmpty();
            assertThat(p.gender()).isEmpty();
        });
        assertThat(anonymous.participants())
                .extracting(Participant::id)
                .containsExactly(ParticipantId.of("p1"), ParticipantId.of("p2"));
        assertThat(anonymous.participants().get(0).role()).isEqualTo(Role.DELEGATE);
        assertThat(anonymous.meetings()).isEqualTo(csd().meetings());
        assertThat(anonymous.toBuilder()
                        .clearParticipants()
                        .participants(csd().participants())
                        .build())
                .isEqualTo(csd());
    }

    @Test
    void lookupsFindByIdAndTheFirstDuplicateWins() {
        MspProcess p = csd().toBuilder()
                .stakeholder(Stakeholder.of("icc", "Duplicate", StakeholderGroup.NGOS))
                .build();
        assertThat(p.stakeholder(StakeholderId.of("icftu")))
                .map(Stakeholder::name)
                .contains("ICFTU");
        assertThat(p.stakeholder(StakeholderId.of("nobody"))).isEmpty();
        assertThat(p.stakeholdersById()).hasSize(2);
        assertThat(p.stakeholdersById().get(StakeholderId.of("icc")).name())
                .isEqualTo("International Chamber of Commerce");
        assertThat(p.participant(ParticipantId.of("p2")))
                .map(Participant::stakeholder)
                .contains(StakeholderId.of("icftu"));
        assertThat(p.participantsById().keySet()).containsExactly(ParticipantId.of("p1"), ParticipantId.of("p2"));
    }

    @Test
    void lastActivityIsTheLatestMeetingDecisionOrDocument() {
        assertThat(csd().lastActivity()).contains(LocalDate.of(1998, 4, 22));
        assertThat(MspProcess.builder("x", "y").build().lastActivity()).isEmpty();
    }

    @Test
    void defaultsAreEmptyNotNull() {
        MspProcess p = MspProcess.builder("x", "Nothing yet").build();
        assertThat(p.purpose()).isEmpty();
        assertThat(p.phase()).isEqualTo(Phase.CONTEXT);
        assertThat(p.period()).isEqualTo(Optional.empty());
        assertThat(p.linkage()).isEqualTo(OfficialLinkage.none());
        assertThat(p.scope()).isEqualTo(Scope.empty());
        assertThat(p.validate().isValid()).isTrue();
        assertThat(p).hasToString("""
                MspProcess x "Nothing yet"
                  type [], levels [], phase context, linkage not recorded
                  0 stakeholders in 0 groups, 0 participants, 0 meetings, 0 decisions, 0 commitments, 0 documents, \
                0 funding entries, 0 links""");
    }

    @Test
    void listsAreImmutableCopies() {
        MspProcess p = csd();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> p.participants().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        MspProcess.Builder b = p.toBuilder();
        b.participant(Participant.of("p3", "icc", Role.OBSERVER));
        assertThat(p.participants()).hasSize(2);
    }

    @Test
    void referenceDayIsThePeriodEndElseTheLastActivityElseThePeriodStart() {
        MspProcess.Builder b = MspProcess.builder("p", "P")
                .meeting(Meeting.of("m1", "2024-02-20"), Meeting.of("m2", "2023-01-01"))
                .document(Document.of("d", DocumentKind.REPORT, "Report", "2024-03-01")
                        .publishedOn("2024-04-15"))
                .commitment(Commitment.of("c", "s", "x").withProgressReports("2024-05-02"));
        // The latest of meeting 2024-02-20, document produced 2024-03-01 / published 2024-04-15, report 2024-05-02.
        assertThat(b.build().lastActivity()).contains(LocalDate.parse("2024-05-02"));
        assertThat(b.build().referenceDay()).contains(LocalDate.parse("2024-05-02"));
        assertThat(b.period("2020-01-01", "2025-12-31").build().referenceDay()).contains(LocalDate.parse("2025-12-31"));
        MspProcess onlyStart = MspProcess.builder("q", "Q")
                .period(Period.from(LocalDate.parse("2019-06-01")))
                .build();
        assertThat(onlyStart.lastActivity()).isEmpty();
        assertThat(onlyStart.referenceDay()).contains(LocalDate.parse("2019-06-01"));
        assertThat(MspProcess.builder("r", "R").build().referenceDay()).isEmpty();
    }
}
