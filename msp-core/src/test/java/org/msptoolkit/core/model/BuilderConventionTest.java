package org.msptoolkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** The one builder convention: list methods add, {@code clearX()} removes. */
class BuilderConventionTest {
    private static final Stakeholder A = Stakeholder.of("a", "A", StakeholderGroup.WOMEN);
    private static final Stakeholder B = Stakeholder.of("b", "B", StakeholderGroup.FARMERS);
    private static final Meeting M1 = Meeting.of("m1", "2020-01-01");
    private static final Meeting M2 = Meeting.of("m2", "2020-02-01");

    @Test
    void listMethodsAddAfterVarargsAndKeepOrder() {
        MspProcess p = MspProcess.builder("x", "X")
                .stakeholder(A)
                .stakeholders(List.of(B))
                .meeting(M2)
                .meetings(List.of(M1))
                .build();
        assertThat(p.stakeholders()).containsExactly(A, B);
        assertThat(p.meetings()).containsExactly(M2, M1);
    }

    @Test
    void listMethodOnACopyAddsAndClearReplaces() {
        MspProcess p = MspProcess.builder("x", "X").stakeholder(A).meeting(M1).build();
        assertThat(p.toBuilder().stakeholders(List.of(B)).build().stakeholders())
                .containsExactly(A, B);
        assertThat(p.toBuilder()
                        .clearStakeholders()
                        .stakeholders(List.of(B))
                        .build()
                        .stakeholders())
                .containsExactly(B);
        assertThat(p.toBuilder().clearMeetings().build().meetings()).isEmpty();
        assertThat(p.toBuilder().clearMeetings().build().stakeholders()).containsExactly(A);
    }

    @Test
    void everyClearEmptiesOnlyItsList() {
        Participant x = Participant.of("p", "a", Role.DELEGATE);
        MspProcess p = MspProcess.builder("x", "X")
                .stakeholder(A)
                .participant(x)
                .meeting(M1)
                .contribution(Contribution.of(
                        "c", "a", org.msptoolkit.core.taxonomy.ContributionKind.COMMENT, "t", "2020-01-01"))
                .consultation(Consultation.of("k", "t", "2020-01-01", "2020-02-01"))
                .decision(Decision.of("d", "2020-01-01", "s", org.msptoolkit.core.taxonomy.DecisionMethod.CONSENSUS))
                .commitment(Commitment.of("cm", "a", "d"))
                .document(Document.of("doc", org.msptoolkit.core.taxonomy.DocumentKind.MINUTES, "t", "2020-01-01"))
                .funding(Funding.of("a", "10", "USD"))
                .build();
        MspProcess empty = p.toBuilder()
                .clearStakeholders()
                .clearParticipants()
                .clearMeetings()
                .clearContributions()
                .clearConsultations()
                .clearDecisions()
                .clearCommitments()
                .clearDocuments()
                .clearFunding()
                .clearLinks()
                .build();
        assertThat(empty).isEqualTo(MspProcess.builder("x", "X").build());
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }
}
