package org.msptoolkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** Constructing a value with a wrong argument fails at once, naming the argument and the value. */
class IdsAndArgumentsTest {

    @Test
    void idsAcceptOrdinaryText() {
        assertThat(StakeholderId.of("icc").value()).isEqualTo("icc");
        assertThat(ParticipantId.of("p 1 (ICC)")).hasToString("p 1 (ICC)");
        assertThat(ProcessId.of("x".repeat(256)).value()).hasSize(256);
        assertThat(MeetingId.of("m1")).isEqualTo(new MeetingId("m1")).isNotEqualTo(MeetingId.of("M1"));
        assertThat(StakeholderId.of("a").compareTo(StakeholderId.of("b"))).isNegative();
    }

    @Test
    void idsRejectBlankPaddedLongAndControlCharacters() {
        assertThatThrownBy(() -> StakeholderId.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stakeholder id must not be blank, got \" \"");
        assertThatThrownBy(() -> ParticipantId.of(" p1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participant id must not start or end with white space, got \" p1\"");
        assertThatThrownBy(() -> MeetingId.of("m\t1")).hasMessageContaining("meeting id must not contain control");
        assertThatThrownBy(() -> ProcessId.of("x".repeat(257)))
                .hasMessageContaining("process id must have at most 256");
        assertThatThrownBy(() -> DecisionId.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("decision id");
        assertThatThrownBy(() -> CommitmentId.of("")).hasMessageStartingWith("commitment id must not be blank");
        assertThatThrownBy(() -> DocumentId.of("")).hasMessageStartingWith("document id");
        assertThatThrownBy(() -> ContributionId.of("")).hasMessageStartingWith("contribution id");
        assertThatThrownBy(() -> ConsultationId.of("")).hasMessageStartingWith("consultation id");
    }

    @Test
    void factoriesNameTheBadArgument() {
        assertThatThrownBy(() -> Participant.of("p1", "icc", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("participant role");
        assertThatThrownBy(() -> Stakeholder.of("icc", null, StakeholderGroup.NGOS))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("stakeholder name");
        assertThatThrownBy(() -> Meeting.of("m1", "1998-13-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("meeting date must be an ISO 8601 date such as 2002-08-26, got \"1998-13-01\"");
        assertThatThrownBy(() -> Funding.of("icc", "lots", "USD"))
                .hasMessage("funding amount must be a decimal number, got \"lots\"");
        assertThatThrownBy(() -> Funding.of("icc", "100", "DOLLARS"))
                .hasMessage("funding currency must be an ISO 4217 code such as USD, got \"DOLLARS\"");
        assertThatThrownBy(() -> Decision.of("d1", "1998-04-20", "x", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("decision method");
        assertThatThrownBy(() -> Document.of("doc1", DocumentKind.MINUTES, "Minutes", "20.04.1998"))
                .hasMessageStartingWith("document produced must be an ISO 8601 date");
        assertThatThrownBy(() -> Contribution.of("c1", "icc", ContributionKind.COMMENT, "t", "x"))
                .hasMessageStartingWith("contribution date");
        assertThatThrownBy(() -> Period.of("2002-08-26", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("period end");
    }

    @Test
    void nullElementsInListsAndMapsAreNamedByPosition() {
        assertThatThrownBy(() -> new Meeting(
                        MeetingId.of("m1"),
                        LocalDate.of(2002, 8, 26),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(Arrays.asList(ParticipantId.of("p1"), null)),
                        List.of(),
                        Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("attendance[1]");
        Map<String, Long> options = new HashMap<>();
        options.put("for", null);
        assertThatThrownBy(() -> new Tally(options, Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tally options[for]");
        assertThatThrownBy(() -> new Decision(
                        DecisionId.of("d1"),
                        LocalDate.of(2002, 8, 26),
                        "s",
                        DecisionMethod.CONSENSUS,
                        null,
                        Optional.empty(),
                        List.of(),
                        Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("decision meeting");
        assertThatThrownBy(() -> MspProcess.builder("p", "t").participant(Participant.of("p1", "s", Role.CHAIR), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("participants[1]");
    }

    @Test
    void copyMethodsNameANullElement() {
        Stakeholder icc = Stakeholder.of("icc", "ICC", StakeholderGroup.BUSINESS_AND_INDUSTRY);
        assertThatThrownBy(() -> icc.withSectors(org.msptoolkit.core.taxonomy.Sector.sdg(5), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sectors[1]");
        assertThatThrownBy(() -> icc.withLevels((org.msptoolkit.core.taxonomy.Level[]) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("levels");
        assertThatThrownBy(() -> icc.withCountries("KE", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("country code");
        Meeting m = Meeting.of("m1", "1998-04-20");
        assertThatThrownBy(() -> m.withAgenda(AgendaItem.of("a"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("agenda[1]");
        assertThatThrownBy(() -> m.withSpeakingTurns((SpeakingTurn) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("speakingTurns[0]");
        assertThatThrownBy(() -> m.withAttendance((String[]) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("attendance");
        assertThatThrownBy(() -> Decision.of("d1", "1998-04-20", "s", DecisionMethod.VOTE)
                        .withObjections((Objection) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("objections[0]");
        Commitment k = Commitment.of("k1", "icc", "Do");
        assertThatThrownBy(() -> k.withEvidence("a", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("evidence[1]");
        assertThatThrownBy(() -> k.withProgressReports((String[]) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("progressReports");
    }

    @Test
    void copyMethodsKeepTheOrderGiven() {
        Stakeholder s = Stakeholder.of("wwf", "WWF", StakeholderGroup.NGOS)
                .withSectors(
                        org.msptoolkit.core.taxonomy.Sector.sdg(15),
                        org.msptoolkit.core.taxonomy.Sector.sdg(1),
                        org.msptoolkit.core.taxonomy.Sector.sdg(6),
                        org.msptoolkit.core.taxonomy.Sector.sdg(15))
                .withLevels(org.msptoolkit.core.taxonomy.Level.NATIONAL, org.msptoolkit.core.taxonomy.Level.LOCAL)
                .withCountries("ch", "KE", "BR");
        assertThat(s.sectors())
                .extracting(org.msptoolkit.core.taxonomy.Sector::code)
                .containsExactly("SDG15", "SDG1", "SDG6");
        assertThat(s.levels())
                .containsExactly(org.msptoolkit.core.taxonomy.Level.NATIONAL, org.msptoolkit.core.taxonomy.Level.LOCAL);
        assertThat(s.countries())
                .extracting(org.msptoolkit.core.taxonomy.Country::code)
                .containsExactly("CH", "KE", "BR");
    }

    @Test
    void aNullArgumentIsANullPointerExceptionNamingIt() {
        assertThatThrownBy(() -> MspProcess.builder(null, "t"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("process id");
        assertThatThrownBy(() -> MspProcess.builder("p", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("process title");
        assertThatThrownBy(() -> MspProcess.builder("p", "t").purpose(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("purpose");
        assertThatThrownBy(() -> MspProcess.builder("p", "t").countries("KE", "EU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("got \"EU\"");
        assertThatThrownBy(() -> Gender.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("gender self-description");
        assertThatThrownBy(() -> new Tally(Map.of(), null)).isInstanceOf(NullPointerException.class);
    }
}
