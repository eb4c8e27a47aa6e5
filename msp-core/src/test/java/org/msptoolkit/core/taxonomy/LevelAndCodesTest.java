package org.msptoolkit.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LevelAndCodesTest {

    @Test
    void levelsAreOrderedFromLocalToInternational() {
        assertThat(Level.values())
                .containsExactly(Level.LOCAL, Level.SUBNATIONAL, Level.NATIONAL, Level.REGIONAL, Level.INTERNATIONAL);
        assertThat(Level.INTERNATIONAL.isAbove(Level.NATIONAL)).isTrue();
        assertThat(Level.LOCAL.isAbove(Level.SUBNATIONAL)).isFalse();
        assertThat(Level.NATIONAL.isAbove(Level.NATIONAL)).isFalse();
    }

    @Test
    void levelCodesParseIgnoringCaseAndRejectOthersListingTheChoices() {
        assertThat(Level.parse("National")).isEqualTo(Level.NATIONAL);
        assertThat(Level.fromCode(" SUBNATIONAL ")).isEqualTo(Optional.of(Level.SUBNATIONAL));
        assertThat(Level.fromCode("sub national")).isEmpty();
        assertThat(Level.fromCode(null)).isEmpty();
        assertThatThrownBy(() -> Level.parse("global"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "level must be one of local, subnational, national, regional, international, got \"global\"");
    }

    @Test
    void enumCodesAreKebabCaseAndRoundTrip() {
        assertThat(Role.CO_CHAIR.code()).isEqualTo("co-chair");
        assertThat(DecisionMethod.CHAIRS_RULING.code()).isEqualTo("chairs-ruling");
        assertThat(ProcessType.CONSENSUS_BUILDING.code()).isEqualTo("consensus-building");
        assertThat(CommitmentStatus.IN_PROGRESS.code()).isEqualTo("in-progress");
        assertThat(Role.values())
                .extracting(Role::code)
                .containsExactly(
                        "chair",
                        "co-chair",
                        "facilitator",
                        "rapporteur",
                        "delegate",
                        "observer",
                        "secretariat",
                        "expert");
        assertThat(Phase.values())
                .extracting(Phase::code)
                .containsExactly("context", "framing", "inputs", "dialogue", "outputs");
        roundTrip(Role.values(), Role::parse);
        roundTrip(Phase.values(), Phase::parse);
        roundTrip(ProcessType.values(), ProcessType::parse);
        roundTrip(DecisionMethod.values(), DecisionMethod::parse);
        roundTrip(CommitmentStatus.values(), CommitmentStatus::parse);
        roundTrip(DocumentKind.values(), DocumentKind::parse);
        roundTrip(ContributionKind.values(), ContributionKind::parse);
        roundTrip(LinkKind.values(), LinkKind::parse);
        roundTrip(LinkageKind.values(), LinkageKind::parse);
        roundTrip(StakeholderKind.values(), StakeholderKind::parse);
        roundTrip(Level.values(), Level::parse);
    }

    @Test
    void unknownRoleIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> Role.parse("president"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("role must be one of chair, co-chair")
                .hasMessageEndingWith("got \"president\"");
    }

    private static <E extends Coded> void roundTrip(E[] values, Function<String, E> parse) {
        for (E v : values) {
            assertThat(parse.apply(v.code())).isSameAs(v);
            assertThat(v.code()).matches("[a-z]+(-[a-z]+)*");
        }
        assertThat(List.of(values)).extracting(Coded::code).doesNotHaveDuplicates();
    }
}
