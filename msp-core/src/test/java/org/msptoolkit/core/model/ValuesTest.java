package org.msptoolkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.GenderCategory;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

class ValuesTest {

    @Test
    void genderCategoryMapsCommonSelfDescriptions() {
        assertThat(Gender.of("woman").category()).isEqualTo(GenderCategory.WOMAN);
        assertThat(Gender.of(" Female ").category()).isEqualTo(GenderCategory.WOMAN);
        assertThat(Gender.of("F").category()).isEqualTo(GenderCategory.WOMAN);
        assertThat(Gender.of("man").category()).isEqualTo(GenderCategory.MAN);
        assertThat(Gender.of("MALE").category()).isEqualTo(GenderCategory.MAN);
        assertThat(Gender.of("m").category()).isEqualTo(GenderCategory.MAN);
        assertThat(Gender.of("non-binary").category()).isEqualTo(GenderCategory.OTHER);
        assertThat(Gender.of("womanist").category()).isEqualTo(GenderCategory.OTHER);
        assertThat(Gender.of("Woman ")).hasToString("Woman ");
    }

    @Test
    void periodsContainTheirDaysAndKnowTheirOrder() {
        Period wssd = Period.of("2002-08-26", "2002-09-04");
        assertThat(wssd.contains(LocalDate.of(2002, 8, 26))).isTrue();
        assertThat(wssd.contains(LocalDate.of(2002, 9, 4))).isTrue();
        assertThat(wssd.contains(LocalDate.of(2002, 9, 5))).isFalse();
        assertThat(wssd.contains(LocalDate.of(2002, 8, 25))).isFalse();
        assertThat(wssd.isInOrder()).isTrue();
        assertThat(wssd).hasToString("2002-08-26..2002-09-04");
        Period open = Period.from(LocalDate.of(2015, 9, 25));
        assertThat(open.contains(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(open.isInOrder()).isTrue();
        assertThat(open).hasToString("2015-09-25..");
        assertThat(Period.of("2002-09-04", "2002-08-26").isInOrder()).isFalse();
        assertThat(Period.of("2002-08-26", "2002-08-26").isInOrder()).isTrue();
    }

    @Test
    void aCommitmentIsOverdueOnlyAfterItsDueDayWhileNotDeliveredOrDropped() {
        Commitment c = Commitment.of("k1", "icc", "Publish a report").dueOn("2003-06-30");
        LocalDate dueDay = LocalDate.of(2003, 6, 30);
        assertThat(c.isOverdueOn(dueDay)).isFalse();
        assertThat(c.isOverdueOn(dueDay.plusDays(1))).isTrue();
        assertThat(c.withStatus(CommitmentStatus.IN_PROGRESS).isOverdueOn(dueDay.plusDays(1)))
                .isTrue();
        assertThat(c.withStatus(CommitmentStatus.DELIVERED).isOverdueOn(dueDay.plusDays(1)))
                .isFalse();
        assertThat(c.withStatus(CommitmentStatus.DROPPED).isOverdueOn(dueDay.plusDays(1)))
                .isFalse();
        assertThat(Commitment.of("k2", "icc", "No date").isOverdueOn(LocalDate.of(2100, 1, 1)))
                .isFalse();
    }

    @Test
    void consultationDaysCountBothEnds() {
        assertThat(Consultation.of("c1", "Draft", "2003-01-01", "2003-02-25").days())
                .isEqualTo(56);
        assertThat(Consultation.of("c1", "Draft", "2003-01-01", "2003-01-01").days())
                .isEqualTo(1);
    }

    @Test
    void tallyKeepsOrderAndTotals() {
        Tally t = Tally.of(120, 30, 7);
        assertThat(t.options().keySet()).containsExactly("for", "against", "abstain");
        assertThat(t.total()).isEqualTo(157);
        assertThat(t.chambers()).isEmpty();
    }

    @Test
    void stakeholderFactoriesSetPublicAuthorityFromTheGroup() {
        assertThat(Stakeholder.of("ke", "Government of Kenya", StakeholderGroup.GOVERNMENTS)
                        .publicAuthority())
                .isTrue();
        assertThat(Stakeholder.of("unep", "UNEP", StakeholderGroup.INTERGOVERNMENTAL_ORGANISATIONS)
                        .publicAuthority())
                .isTrue();
        assertThat(Stakeholder.of("iclei", "ICLEI", StakeholderGroup.LOCAL_AUTHORITIES)
                        .publicAuthority())
                .isTrue();
        Stakeholder icc = Stakeholder.of(
                        "icc", "International Chamber of Commerce", StakeholderGroup.BUSINESS_AND_INDUSTRY)
                .withCountries("fr")
                .withLevels(Level.INTERNATIONAL)
                .withConstituencySize(45_000_000);
        assertThat(icc.publicAuthority()).isFalse();
        assertThat(icc.countries()).extracting(c -> c.code()).containsExactly("FR");
        assertThat(icc.constituencySize()).contains(45_000_000L);
        assertThat(icc).hasToString("icc \"International Chamber of Commerce\" (business-and-industry)");
    }

    @Test
    void smallValuesReadWell() {
        assertThat(Funding.of("icc", "250000", "USD").withDisclosed(false)).hasToString("icc 250000 USD (undisclosed)");
        assertThat(Funding.of("icc", "1.50", "EUR").amount()).isEqualTo(new BigDecimal("1.50"));
        assertThat(ProcessLink.of("csd-6", LinkKind.INFORMS, Level.INTERNATIONAL))
                .hasToString("informs csd-6 (international)");
        assertThat(OfficialLinkage.of(LinkageKind.INFORMS, "CSD")).hasToString("informs CSD");
        assertThat(AgendaItem.of("Financing", "icc")).hasToString("Financing (proposed by icc)");
        assertThat(Participant.of("p1", "icc", org.msptoolkit.core.taxonomy.Role.DELEGATE)
                        .withName("A. Person"))
                .hasToString("p1 for icc as delegate (A. Person)");
        assertThat(Meeting.of("m1", "1998-04-20").withAttendance("p1", "p2"))
                .hasToString("m1 on 1998-04-20, 2 attended, 0 agenda items");
        assertThat(Meeting.of("m1", "1998-04-20"))
                .hasToString("m1 on 1998-04-20, attendance not recorded, 0 agenda items");
        assertThat(Decision.of("d1", "1998-04-21", "Adopt", org.msptoolkit.core.taxonomy.DecisionMethod.CONSENSUS)
                        .publishedOn("1998-04-22")
                        .isPublished())
                .isTrue();
        assertThat(SpeakingTurn.of("p1", 90).duration()).contains(java.time.Duration.ofSeconds(90));
        assertThat(Objection.of("icc", "cost", true).reason()).isEqualTo(Optional.of("cost"));
    }
}
