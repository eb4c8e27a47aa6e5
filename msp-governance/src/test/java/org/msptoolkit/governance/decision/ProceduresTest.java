package org.msptoolkit.governance.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Majorities, unanimity, ISO consensus and quorum, with ties and abstentions. */
class ProceduresTest {
    @Test
    void simpleMajorityExcludesAbstentionsAndFailsOnATie() {
        assertThat(Majority.simple().decide(Vote.counted(20, 5, 4, 10)).result())
                .isEqualTo(Result.ADOPTED);
        assertThat(Majority.simple().decide(Vote.counted(20, 5, 5, 1)).result()).isEqualTo(Result.REJECTED);
        Outcome allAbstain = Majority.simple().decide(Vote.counted(20, 0, 0, 7));
        assertThat(allAbstain.result()).isEqualTo(Result.REJECTED);
        assertThat(allAbstain.explanation().get(1)).contains("the base (votes cast) is zero");
        // Counting abstentions as present: 5 of 19 is no majority.
        assertThat(Majority.simple()
                        .withBase(Majority.Base.PRESENT)
                        .decide(Vote.counted(20, 5, 4, 10))
                        .result())
                .isEqualTo(Result.REJECTED);
    }

    @Test
    void absoluteMajorityCountsAllMembers() {
        assertThat(Majority.absolute().decide(Vote.counted(20, 10, 0, 0)).result())
                .isEqualTo(Result.REJECTED);
        assertThat(Majority.absolute().decide(Vote.counted(20, 11, 0, 0)).result())
                .isEqualTo(Result.ADOPTED);
        assertThatThrownBy(() -> Majority.absolute().decide(Vote.of(List.of(Ballot.of("a", Position.FOR)))))
                .hasMessageContaining("needs the number of members");
    }

    @Test
    void qualifiedMajorityReachedAtExactlyTwoThirds() {
        Outcome o = Majority.qualified(2, 3).decide(Vote.counted(30, 10, 5, 3));
        assertThat(o.result()).isEqualTo(Result.ADOPTED);
        assertThat(o.explanation()).contains("10 of 15 (66.7%) in favour; at least 2/3 required — reached");
        assertThat(Majority.qualified(2, 3).decide(Vote.counted(30, 9, 5, 3)).result())
                .isEqualTo(Result.REJECTED);
    }

    @Test
    void quorumIsTestedFirst() {
        Majority m = Majority.simple().withQuorum(Threshold.moreThan(1, 2));
        Outcome o = m.decide(Vote.counted(30, 15, 0, 0));
        assertThat(o.result()).isEqualTo(Result.NO_QUORUM);
        assertThat(o.explanation()).containsExactly("quorum more than 1/2 of 30 members: 15 present — not met");
        assertThat(m.decide(Vote.counted(30, 10, 5, 1)).result()).isEqualTo(Result.ADOPTED);
    }

    @Test
    void unanimity() {
        assertThat(Unanimity.of().decide(Vote.counted(5, 4, 0, 1)).result()).isEqualTo(Result.ADOPTED);
        assertThat(Unanimity.strict().decide(Vote.counted(5, 4, 0, 1)).result()).isEqualTo(Result.REJECTED);
        assertThat(Unanimity.of().decide(Vote.counted(5, 4, 1, 0)).result()).isEqualTo(Result.REJECTED);
        assertThat(Unanimity.of().decide(Vote.counted(5, 0, 0, 3)).result()).isEqualTo(Result.REJECTED);
    }

    @Test
    void isoConsensusLooksAtOppositionPerInterest() {
        Vote v = Vote.of(List.of(
                Ballot.of("n1", "ngos", Position.FOR),
                Ballot.of("n2", "ngos", Position.FOR),
                Ballot.of("n3", "ngos", Position.AGAINST),
                Ballot.of("b1", "business", Position.FOR),
                Ballot.of("b2", "business", Position.ABSTAIN),
                Ballot.of("g1", "governments", Position.FOR)));
        // One of three NGOs objects: not an important part of the NGO interest (needs half).
        Outcome o = Consensus.iso().decide(v);
        assertThat(o.result()).isEqualTo(Result.ADOPTED);
        assertThat(o.explanation()).contains("ngos: 1 of 3 sustain an objection — not an important part");
        // Stricter notion: any sustained objection by any member blocks.
        assertThat(Consensus.iso(Threshold.moreThan(0, 1), 1).decide(v).result())
                .isEqualTo(Result.REJECTED);
        // Lenient notion: two opposing interests are needed.
        Vote twoOpposed = Vote.of(List.of(
                Ballot.of("n1", "ngos", Position.AGAINST),
                Ballot.of("b1", "business", Position.AGAINST),
                Ballot.of("g1", "governments", Position.FOR)));
        assertThat(Consensus.iso(Threshold.atLeast(1, 2), 2).decide(twoOpposed).result())
                .isEqualTo(Result.REJECTED);
        Vote oneOpposed = Vote.of(List.of(
                Ballot.of("n1", "ngos", Position.AGAINST),
                Ballot.of("b1", "business", Position.FOR),
                Ballot.of("g1", "governments", Position.FOR)));
        assertThat(Consensus.iso(Threshold.atLeast(1, 2), 2).decide(oneOpposed).result())
                .isEqualTo(Result.ADOPTED);
        assertThat(Consensus.iso().decide(oneOpposed).result()).isEqualTo(Result.REJECTED);
    }

    @Test
    void votesRejectDuplicateVotersAndTooManyBallots() {
        assertThatThrownBy(() -> Vote.of(List.of(Ballot.of("a", Position.FOR), Ballot.of("a", Position.AGAINST))))
                .hasMessage("voter a has more than one ballot");
        assertThatThrownBy(() -> Vote.counted(2, 2, 1, 0)).hasMessageContaining("only 2 members");
    }

    @Test
    void votesFromRecordedTallies() {
        Vote v = Vote.fromTally(30, org.msptoolkit.core.model.Tally.of(14, 6, 4));
        assertThat(v.count(Position.FOR)).isEqualTo(14);
        assertThat(Majority.qualified(2, 3).decide(v).adopted()).isTrue();
        assertThatThrownBy(() -> Vote.fromTally(
                        30, new org.msptoolkit.core.model.Tally(java.util.Map.of("yes", 3L), java.util.Map.of())))
                .hasMessageContaining("unknown: [yes]");
        assertThatThrownBy(() -> Vote.fromTally(10, org.msptoolkit.core.model.Tally.of(14, 6, 4)))
                .hasMessageContaining("counts 24 votes");
    }
}
