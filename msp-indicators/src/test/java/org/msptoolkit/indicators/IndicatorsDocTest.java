package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/indicators.md stays true: every built-in with its principles and score rule; three per principle. */
class IndicatorsDocTest {
    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.builtin();

    @Test
    void everyHemmatiPrincipleHasAtLeastThreeIndicators() {
        for (Principle p : Principle.values()) {
            List<String> ids = REGISTRY.indicators().stream()
                    .filter(i -> i.principles().contains(p))
                    .map(i -> i.id().value())
                    .toList();
            assertThat(ids).as(p.code()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void noSourceCitesAnInternalReference() {
        for (Indicator i : REGISTRY.indicators()) {
            assertThat(i.source())
                    .as(i.id().value())
                    .doesNotContain("domain reference")
                    .doesNotContain("§");
        }
    }

    @Test
    void theIndicatorsPageListsEveryBuiltin() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "indicators.md"));
        assertThat(doc).contains("ships " + REGISTRY.indicators().size() + " built-in indicators");
        for (Indicator i : REGISTRY.indicators()) {
            String id = i.id().value();
            int at = doc.indexOf("### `" + id + "`");
            assertThat(at).as(id).isNotNegative();
            int end = doc.indexOf("### ", at + 4);
            String section = doc.substring(at, end < 0 ? doc.length() : end);
            String principles = String.join(
                    ", ", i.principles().stream().map(Principle::code).toList());
            assertThat(section)
                    .as(id)
                    .contains("- Principles: " + principles, i.scoreRule().describe());
        }
    }
}
