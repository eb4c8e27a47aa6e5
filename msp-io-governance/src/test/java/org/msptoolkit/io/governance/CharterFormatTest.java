package org.msptoolkit.io.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.InvalidModelException;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.CharterKind;
import org.msptoolkit.governance.Rule;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.ReadLimits;

class CharterFormatTest {
    static List<Path> charters() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "charters"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theThreeExampleChartersRoundTripThroughYamlAndJson() throws IOException {
        List<Path> files = charters();
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactly(
                        "eu-consultation-policy.yaml", "fsc-general-assembly.yaml", "stakeholder-hub-50-50.yaml");
        for (Path f : files) {
            Result<Charter> r = CharterFiles.read(f);
            assertThat(r.problems()).as(f.toString()).isEmpty();
            Charter c = r.orElseThrow();
            String yaml = CharterFormat.yaml().write(c);
            assertThat(CharterFormat.yaml().read(yaml).orElseThrow())
                    .as(f + " via YAML\n" + yaml)
                    .isEqualTo(c);
            String json = CharterFormat.json().write(c);
            assertThat(CharterFormat.json().read(json).orElseThrow())
                    .as(f + " via JSON\n" + json)
                    .isEqualTo(c);
            // and across: YAML written, read as JSON's tree equals the same charter
            assertThat(CharterFormat.yaml().read(json).orElseThrow())
                    .as(f + " JSON is YAML")
                    .isEqualTo(c);
        }
    }

    @Test
    void exampleChartersHoldWhatTheFilesSay() {
        Charter hub = CharterFiles.read(Path.of("..", "examples", "charters", "stakeholder-hub-50-50.yaml"))
                .orElseThrow();
        assertThat(hub.name()).isEqualTo("Stakeholder hub (50-50)");
        assertThat(hub.kind()).isEqualTo(CharterKind.CHARTER);
        assertThat(hub.rules()).hasSize(9);
        assertThat(hub.rules().get(2).kind()).isEqualTo("representation.gender-balance");
        assertThat(hub.rules().get(2).parameters().get("minShare")).hasToString("0.4");
        Charter eu = CharterFiles.read(Path.of("..", "examples", "charters", "eu-consultation-policy.yaml"))
                .orElseThrow();
        assertThat(eu.kind()).isEqualTo(CharterKind.POLICY);
        assertThat(eu.version()).isEqualTo("2002");
        assertThat(eu.rules().get(2).parameters().get("documentKinds"))
                .isEqualTo(List.of("report", "minutes", "decision-record"));
    }

    @Test
    void filesAndStreamsRoundTripAndStreamsAreNotClosed(@TempDir Path dir) {
        Charter c = Charter.builder("Town forum")
                .version("2.1")
                .kind(CharterKind.POLICY)
                .description("x")
                .rule(Rule.of("participation.notice", "workingDays", 20).named("notice"))
                .rule(Rule.of("representation.gender-balance", "minShare", 0.4))
                .build();
        for (String name : List.of("c.yaml", "c.yml", "c.json")) {
            Path f = dir.resolve(name);
            CharterFiles.write(f, c);
            assertThat(CharterFiles.read(f).orElseThrow()).as(name).isEqualTo(c);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CharterFormat.json().write(c, out);
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(CharterFormat.json().read(in, "mem").orElseThrow()).isEqualTo(c);
        assertThat(closed[0]).isFalse();
        assertThatThrownBy(() -> CharterFormat.forPath(Path.of("c.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".json, .yaml or .yml");
    }

    @Test
    void unknownRuleKindIsNamedAtItsPointer() {
        String yaml = """
                name: Broken
                version: "1"
                rules:
                  - kind: representation.min-groups
                    min: 3
                  - kind: representation.magic-balance
                    name: wishful thinking
                    share: 0.5
                """;
        Result<Charter> r = CharterFormat.yaml().read(yaml);
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("/rules/1/kind");
            assertThat(p.code()).isEqualTo("unknown-rule-kind");
            // "  - kind: representation.magic-balance" is line 6; the value starts in column 11
            assertThat(p.message())
                    .startsWith("line 6, column 11: ")
                    .contains("representation.magic-balance \"wishful thinking\"")
                    .contains("unknown rule kind")
                    .contains("representation.min-groups");
        });
        assertThatThrownBy(r::orElseThrow)
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("representation.magic-balance");
    }

    @Test
    void impossibleMinimumSharesAreReportedNamingTheRules(@TempDir Path dir) throws IOException {
        // two groups each guaranteed 70 %: 140 % > 100 %, so the charter can never be met
        Path f = dir.resolve("impossible.yaml");
        Files.writeString(f, """
                name: Impossible
                version: "1"
                rules:
                  - kind: representation.group-share
                    name: business floor
                    groups: [business-and-industry]
                    minShare: 0.7
                  - kind: representation.group-share
                    name: NGO floor
                    groups: [ngos]
                    minShare: 0.7
                """);
        Result<Charter> r = CharterFiles.read(f);
        assertThat(r.problems()).as(r.toString()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(f + "#/rules");
            // the rules list starts with the "-" of its first rule, line 4, column 3
            assertThat(p.message()).startsWith("line 4, column 3: ");
            assertThat(p.message())
                    .contains("rules[0] representation.group-share \"business floor\"")
                    .contains("rules[1] representation.group-share \"NGO floor\"")
                    .contains("140")
                    .contains("more than 100%");
        });
    }

    @Test
    void shapeProblemsArePointersWithLineAndColumn() {
        String json = """
                {"name": "Bad", "version": "1", "colour": "red", "rules": [
                  {"kind": "representation.gender-balance", "minShare": 1.7},
                  {"kind": "participation.notice"},
                  {"kind": "participation.attendance", "minShare": "half"}
                ]}
                """;
        Result<Charter> r = CharterFormat.json().read(json);
        assertThat(r.problems()).as(r.toString()).extracting(Problem::location).contains("/colour");
        // the value of "colour" starts on line 1 after '{"name": "Bad", "version": "1", "colour": '
        // (42 characters), so in column 43
        assertThat(r.problems())
                .filteredOn(p -> p.location().equals("/colour"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("line 1, column 43: "));
        // every problem is located as a pointer, never as a model path
        assertThat(r.problems())
                .allSatisfy(p -> assertThat(p.location()).doesNotContain("[").startsWith("/"));
    }

    @Test
    void ruleParameterProblemsArePointers() {
        String json = """
                {"name": "Bad", "version": "1", "rules": [
                  {"kind": "representation.min-groups", "min": 3},
                  {"kind": "representation.gender-balance", "minShare": 1.7}
                ]}
                """;
        Result<Charter> r = CharterFormat.json().read(json);
        assertThat(r.problems())
                .as(r.toString())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.location()).startsWith("/rules/1"))
                .allSatisfy(p -> assertThat(p.message()).startsWith("line 3, "))
                .anySatisfy(p -> assertThat(p.message()).contains("representation.gender-balance"));
    }

    @Test
    void syntaxErrorsAreAtFileLineColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("truncated.json");
        Files.writeString(f, "{\"name\": \"X\",\n \"version\": \"1\",\n \"rules\": [\n");
        Result<Charter> r = CharterFiles.read(f);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.SYNTAX);
            assertThat(p.location()).matches(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+");
        });
        Path y = dir.resolve("bad.yaml");
        Files.writeString(y, "name: X\nversion: \"1\"\nrules: [\n  - kind: a\n", StandardCharsets.UTF_8);
        assertThat(CharterFiles.read(y).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.location()).startsWith(y + ":"));
    }

    @Test
    void hostileInputIsBoundedByTheLimits() {
        String bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n";
        assertThat(CharterFormat.yaml().read(bomb).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED));
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThat(CharterFormat.json().read(deep).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED));
        String longName = "{\"name\": \"" + "x".repeat(200) + "\", \"version\": \"1\", \"rules\": []}";
        assertThat(CharterFormat.json()
                        .withLimits(ReadLimits.defaults().withMaxStringLength(50))
                        .read(longName)
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("maxStringLength"));
        assertThat(CharterFormat.json().read("[1, 2]").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(IoProblems.WRONG_TYPE));
    }
}
