package org.msptoolkit.io.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.IoProblems;

class FrameworkFormatTest {
    @Test
    void builtInFrameworksRoundTripThroughYamlAndJson(@TempDir Path dir) {
        for (Framework f : List.of(Frameworks.hemmati2002(), Frameworks.oecd2021())) {
            String yaml = FrameworkFormat.yaml().write(f);
            assertThat(FrameworkFormat.yaml().read(yaml).orElseThrow())
                    .as(f.id() + "\n" + yaml)
                    .isEqualTo(f);
            String json = FrameworkFormat.json().write(f);
            assertThat(FrameworkFormat.json().read(json).orElseThrow())
                    .as(f.id() + "\n" + json)
                    .isEqualTo(f);
            for (String ext : List.of(".yaml", ".json")) {
                Path file = dir.resolve(f.id() + ext);
                FrameworkFiles.write(file, f);
                assertThat(FrameworkFiles.read(file).orElseThrow())
                        .as(file.toString())
                        .isEqualTo(f);
            }
        }
    }

    @Test
    void hemmatiFileNamesFifteenPrinciples() {
        String yaml = FrameworkFormat.yaml().write(Frameworks.hemmati2002());
        assertThat(yaml).contains("id: hemmati-2002");
        Framework back = FrameworkFormat.yaml().read(yaml).orElseThrow();
        assertThat(back.groups()).hasSize(15);
        assertThat(back.check(IndicatorRegistry.load())).isEmpty();
    }

    @Test
    void aUserFrameworkInYamlIsReadAndItsProblemsArePointers() {
        Framework town = FrameworkFormat.yaml().read("""
                id: town-forum
                name: Town forum review
                version: "2025.1"
                groups:
                  - key: equity
                    label: Equity
                    indicators: [women-share]
                """).orElseThrow();
        assertThat(town.version()).isEqualTo("2025.1");
        assertThat(town.group("equity").orElseThrow().indicators()).hasSize(1);

        Result<Framework> bad = FrameworkFormat.yaml().read("""
                id: Town Forum
                name: Town forum review
                colour: red
                groups:
                  - key: equity
                    indicators: [women-share, Women Share, women-share]
                """);
        assertThat(bad.problems())
                .extracting(Problem::location)
                .containsExactlyInAnyOrder("/colour", "/id", "/groups/0/indicators/1", "/groups/0/indicators/2");
        // indicators: [women-share, Women Share, women-share] is line 6; after
        // "    indicators: [women-share, " (30 characters) "Women Share" starts in column 31
        assertThat(bad.problems())
                .filteredOn(p -> p.location().equals("/groups/0/indicators/1"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("line 6, column 31: "));
    }

    @Test
    void indicatorIdsCanBeCheckedAgainstARegistryOnReading() {
        String yaml = """
                id: town-forum
                name: Town forum review
                groups:
                  - key: equity
                    indicators: [women-share, womens-share]
                """;
        assertThat(FrameworkFormat.yaml().read(yaml).isValid()).isTrue();
        Result<Framework> r =
                FrameworkFormat.yaml().checkedAgainst(IndicatorRegistry.load()).read(yaml);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("/groups/0/indicators/1");
            assertThat(p.code()).isEqualTo(Problem.UNRESOLVED_REFERENCE);
            assertThat(p.message()).contains("womens-share");
        });
    }

    @Test
    void syntaxErrorsAreLocated() {
        assertThat(FrameworkFormat.json()
                        .read("{\"id\": \"x\",\n  \"groups\": [}")
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(IoProblems.SYNTAX);
                    assertThat(p.location()).matches("2:\\d+");
                });
    }
}
