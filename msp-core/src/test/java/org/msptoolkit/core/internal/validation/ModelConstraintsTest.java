package org.msptoolkit.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.validation.Problem;

/**
 * The hand-written constraint walk reports exactly what Hibernate Validator (through
 * {@link HibernateValidatorOracle}, the test oracle) reports: same locations, codes, messages and order.
 */
class ModelConstraintsTest {
    /** Texts around the edges of "blank": {@code String.isBlank()} decides, as in Hibernate Validator 9. */
    private static final List<String> TEXTS = List.of(
            "", " ", "  ", "\t", "\n", "\u2003", "\u00a0", "\u2007", "\u200b", "x", " x ", "Agenda 21", "\u0000", "é");

    private static final List<String> AMOUNTS =
            List.of("0", "-0.00", "0.00", "1", "-1", "-0.01", "1E+3", "-1E+3", "123456789.123", "-5");
    private static final List<Long> SIZES = List.of(Long.MIN_VALUE, -1_000L, -1L, 0L, 1L, 42L, Long.MAX_VALUE);

    @Test
    void aProcessBrokenEverywhereGetsHibernateValidatorsProblems() {
        Stakeholder blank = Stakeholder.of("s1", " ", StakeholderGroup.NGOS).withConstituencySize(0);
        MspProcess p = MspProcess.builder("p", "")
                .stakeholder(
                        blank,
                        blank,
                        Stakeholder.of("s2", "WWF", StakeholderGroup.NGOS).withConstituencySize(-3))
                .participant(
                        Participant.of("p1", "s1", Role.DELEGATE).withGender(""),
                        Participant.of("p2", "s1", Role.DELEGATE).withGender("woman"))
                .meeting(Meeting.of("m1", "2001-01-01")
                        .withAgenda(AgendaItem.of("\t"), AgendaItem.of("ok"), AgendaItem.of("")))
                .contribution(Contribution.of("c1", "s1", ContributionKind.values()[0], " ", "2001-01-01"))
                .consultation(Consultation.of("k1", "", "2001-01-01", "2001-02-01"))
                .decision(Decision.of("d1", "2001-01-01", " ", DecisionMethod.CONSENSUS))
                .commitment(Commitment.of("co1", "s1", "  "))
                .document(Document.of("doc1", DocumentKind.REPORT, "", "2001-01-01"))
                .funding(
                        Funding.of("s1", "-0.5", "EUR"), Funding.of("s1", "-1E+3", "EUR"), Funding.of("s1", "0", "EUR"))
                .build();

        List<Problem> fast = ModelConstraints.check(p);

        assertThat(fast).isEqualTo(HibernateValidatorOracle.check(p));
        assertThat(fast)
                .extracting(Problem::location)
                .containsExactly(
                        "commitments[0].description",
                        "consultations[0].topic",
                        "contributions[0].title",
                        "decisions[0].subject",
                        "documents[0].title",
                        "funding[0].amount",
                        "funding[1].amount",
                        "meetings[0].agenda[0].title",
                        "meetings[0].agenda[2].title",
                        "participants[0].gender.selfDescription",
                        "stakeholders[0].constituencySize",
                        "stakeholders[0].name",
                        "stakeholders[1].constituencySize",
                        "stakeholders[1].name",
                        "stakeholders[2].constituencySize",
                        "title");
        assertThat(fast).allMatch(x -> x.code().equals(Problem.CONSTRAINT));
        assertThat(fast)
                .extracting(Problem::message)
                .contains(
                        "must not be blank, got \"\"",
                        "must not be blank, got \"\t\"",
                        "must be greater than 0, got -3",
                        "must be greater than 0, got 0",
                        "must be greater than or equal to 0, got -0.5",
                        "must be greater than or equal to 0, got -1E+3");
    }

    @Test
    void aValidProcessHasNoProblemsAndNoList() {
        MspProcess p = MspProcess.builder("p", "Dialogue")
                .stakeholder(Stakeholder.of("s1", "ICC", StakeholderGroup.BUSINESS_AND_INDUSTRY)
                        .withConstituencySize(1))
                .funding(Funding.of("s1", "0", "USD"))
                .build();
        assertThat(ModelConstraints.check(p)).isSameAs(List.of());
        assertThat(HibernateValidatorOracle.check(p)).isEmpty();
    }

    @Test
    void randomProcessesGetTheSameProblemsAsFromHibernateValidator() {
        for (long seed = 0; seed < 400; seed++) {
            MspProcess p = random(new SplittableRandom(seed));
            List<Problem> expected = HibernateValidatorOracle.check(p);
            assertThat(ModelConstraints.check(p)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void messagesAreEnglishWhateverTheDefaultLocaleOnBothPaths() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            MspProcess p = MspProcess.builder("p", " ")
                    .stakeholder(Stakeholder.of("s1", "", StakeholderGroup.NGOS).withConstituencySize(-1))
                    .build();
            assertThat(ModelConstraints.check(p))
                    .isEqualTo(HibernateValidatorOracle.check(p))
                    .extracting(Problem::message)
                    .containsExactly(
                            "must be greater than 0, got -1",
                            "must not be blank, got \"\"",
                            "must not be blank, got \" \"");
            assertThat(HibernateValidatorOracle.check(Funding.of("s1", "-2", "EUR")))
                    .extracting(Problem::message)
                    .containsExactly("must be greater than or equal to 0, got -2");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }

    @Test
    void theOrderIsByLocationAsTextThenMessageAsInTheReference() {
        // Character order, not numeric: "x[10]" before "x[9]" (the report's path order comes later).
        assertThat(ModelConstraints.ORDER.compare(Problem.of("x[10]", "c", "m"), Problem.of("x[9]", "c", "a")))
                .isNegative();
        assertThat(ModelConstraints.ORDER.compare(Problem.of("a", "c", "m"), Problem.of("a", "c", "n")))
                .isNegative();
    }

    /** A process of random size whose constrained values are drawn from edge cases, valid and not. */
    static MspProcess random(SplittableRandom rnd) {
        MspProcess.Builder b = MspProcess.builder("p" + rnd.nextInt(100), text(rnd));
        int stakeholders = rnd.nextInt(6);
        List<Stakeholder> ss = new ArrayList<>();
        for (int i = 0; i < stakeholders; i++) {
            Stakeholder.Builder sb = Stakeholder.builder("s" + i, text(rnd), StakeholderGroup.NGOS);
            if (!rnd.nextBoolean()) {
                sb.constituencySize(pick(rnd, SIZES));
            }
            Stakeholder s = sb.publicAuthority(rnd.nextBoolean()).build();
            ss.add(s);
            if (rnd.nextInt(5) == 0) {
                ss.add(s); // the same instance twice: Hibernate Validator reports it at both paths
            }
        }
        b.stakeholders(ss);
        for (int i = 0, n = rnd.nextInt(6); i < n; i++) {
            Participant x = Participant.of("p" + i, "s0", Role.DELEGATE);
            b.participant(rnd.nextBoolean() ? x : x.withGender(text(rnd)));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            List<AgendaItem> agenda = new ArrayList<>();
            for (int j = 0, m = rnd.nextInt(12); j < m; j++) {
                agenda.add(AgendaItem.of(text(rnd)));
            }
            b.meeting(Meeting.of("m" + i, "2001-01-01").withAgenda(agenda.toArray(AgendaItem[]::new)));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            b.contribution(Contribution.of("c" + i, "s0", ContributionKind.values()[0], text(rnd), "2001-01-01"));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            b.consultation(Consultation.of("k" + i, text(rnd), "2001-01-01", "2001-02-01"));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            b.decision(Decision.of("d" + i, "2001-01-01", text(rnd), DecisionMethod.CONSENSUS));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            b.commitment(Commitment.of("co" + i, "s0", text(rnd)));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            b.document(Document.of("doc" + i, DocumentKind.REPORT, text(rnd), "2001-01-01"));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            b.funding(Funding.of("s0", pick(rnd, AMOUNTS), "USD"));
        }
        return b.build();
    }

    private static String text(SplittableRandom rnd) {
        return pick(rnd, TEXTS);
    }

    private static <T> T pick(SplittableRandom rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
