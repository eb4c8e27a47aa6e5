package org.msptoolkit.indicators.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.BuiltinIndicators;
import org.msptoolkit.indicators.IndicatorId;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Principle;

class FrameworkTest {
    @Test
    void hemmatiHasTheFifteenPrinciplesInOrderEachWithIndicators() {
        Framework f = Frameworks.hemmati2002();
        assertThat(f.groups())
                .extracting(FrameworkGroup::key)
                .containsExactly(java.util.Arrays.stream(Principle.values())
                        .map(Principle::code)
                        .toArray(String[]::new));
        assertThat(f.groups())
                .allSatisfy(g -> assertThat(g.indicators()).as(g.key()).isNotEmpty());
        assertThat(f.group("equity").orElseThrow().indicators())
                .contains(IndicatorId.of(BuiltinIndicators.WOMEN_SHARE));
        assertThat(f.indicatorIds()).hasSize(BuiltinIndicators.ids().size());
        assertThat(f.check(IndicatorRegistry.builtin())).isEmpty();
    }

    @Test
    void oecdHasTheThreeDimensions() {
        Framework f = Frameworks.oecd2021();
        assertThat(f.groups())
                .extracting(FrameworkGroup::key)
                .containsExactly("process-design-integrity", "deliberative-experience", "pathways-to-impact");
        assertThat(f.group("pathways-to-impact").orElseThrow().indicators())
                .extracting(IndicatorId::value)
                .containsExactly(BuiltinIndicators.COMMITMENT_FULFILMENT, BuiltinIndicators.OFFICIAL_LINKAGE);
        assertThat(f.group("deliberative-experience").orElseThrow().indicators())
                .extracting(IndicatorId::value)
                // equal opportunity to participate (OECD 2021 Annex F): no longer consensus alone, which scored a
                // chamber-voting assembly 0
                .containsExactly(
                        BuiltinIndicators.SPEAKING_TURN_HHI,
                        BuiltinIndicators.SPEAKING_TURN_GINI,
                        BuiltinIndicators.ATTENDANCE_SPREAD,
                        BuiltinIndicators.NOTICE_PERIOD);
    }

    @Test
    void aUserFrameworkRoundTripsThroughAPlainTree() {
        Framework mine = Framework.builder("town-review", "Town review")
                .version("2025.1")
                .group("equity", "Equity", "women-share", "seat-hhi")
                .group("open", "Openness", "documents-published")
                .build();
        Map<String, Object> tree = FrameworkCodec.toTree(mine);
        assertThat(tree).containsEntry("id", "town-review").containsEntry("version", "2025.1");
        assertThat(FrameworkCodec.fromTree(tree).orElseThrow()).isEqualTo(mine);
        assertThat(FrameworkCodec.fromTree(FrameworkCodec.toTree(Frameworks.hemmati2002()))
                        .orElseThrow())
                .isEqualTo(Frameworks.hemmati2002());
    }

    @Test
    void readingReportsEveryProblemWithItsLocation() {
        Map<String, Object> tree = Map.of(
                "id", "Bad Id",
                "colour", "blue",
                "groups",
                        List.of(
                                Map.of("key", "equity", "indicators", List.of("women-share", "women-share", 7)),
                                Map.of("key", "equity", "label", "Again", "indicators", "women-share"),
                                "not a map"));
        Result<Framework> r = FrameworkCodec.fromTree(tree);
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems())
                .extracting(Problem::location)
                .containsExactlyInAnyOrder(
                        "colour",
                        "id",
                        "name",
                        "groups[0].indicators[1]",
                        "groups[0].indicators[2]",
                        "groups[1].key",
                        "groups[1].indicators",
                        "groups[2]");
        assertThatThrownBy(r::orElseThrow).hasMessageContaining("8 problems:");
    }

    @Test
    void checkNamesIndicatorsTheRegistryLacks() {
        Framework f = Framework.builder("x", "X")
                .group("g", "G", "women-share", "acme.unknown")
                .build();
        assertThat(f.check(IndicatorRegistry.builtin()))
                .extracting(Problem::location)
                .containsExactly("groups[0].indicators[1]");
    }

    @Test
    void groupsNeedUniqueKeys() {
        assertThatThrownBy(() -> Framework.builder("x", "X")
                        .group("g", "G")
                        .group("g", "Again")
                        .build())
                .hasMessageContaining("two groups with the key 'g'");
    }
}
