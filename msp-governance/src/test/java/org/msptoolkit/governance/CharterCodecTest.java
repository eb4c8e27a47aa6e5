package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.InvalidModelException;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Charters to and from plain trees, YAML and JSON; broken charters get every problem, naming the rule. */
class CharterCodecTest {
    static Charter sample() {
        return Charter.builder("Hub rules")
                .version("2.1")
                .kind(CharterKind.POLICY)
                .description("test charter")
                .rule(Rule.of("representation.min-groups", "min", 3))
                .rule(Rule.of("representation.gender-balance", "minShare", 0.4).named("CoE floor"))
                .rule(Rule.of(
                        "representation.group-share",
                        "groups",
                        List.of("ngos", "governments"),
                        "maxShare",
                        0.5,
                        "minSeats",
                        1))
                .rule(Rule.of("decision.quorum", "minShare", 0.5, "strict", true))
                .rule(Rule.of("transparency.funding-disclosure"))
                .build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return new YAMLMapper().readValue(text, Map.class);
    }

    @Test
    void treeRoundTrip() {
        Charter c = sample();
        Map<String, Object> tree = CharterCodec.toTree(c);
        assertThat(tree.get("kind")).isEqualTo("policy");
        assertThat(((List<?>) tree.get("rules")).get(0))
                .isEqualTo(Map.of("kind", "representation.min-groups", "min", 3L));
        assertThat(CharterCodec.fromTree(tree).orElseThrow()).isEqualTo(c);
    }

    @Test
    @SuppressWarnings("unchecked")
    void yamlAndJsonRoundTrip() {
        Charter c = sample();
        String yamlText = new YAMLMapper().writeValueAsString(CharterCodec.toTree(c));
        assertThat(yamlText).contains("minShare: 0.4").contains("kind: \"representation.min-groups\"");
        assertThat(CharterCodec.fromTree(yaml(yamlText)).orElseThrow()).isEqualTo(c);
        JsonMapper json = new JsonMapper();
        String jsonText = json.writeValueAsString(CharterCodec.toTree(c));
        assertThat(jsonText).contains("\"minShare\":0.4");
        assertThat(CharterCodec.fromTree(json.readValue(jsonText, Map.class)).orElseThrow())
                .isEqualTo(c);
    }

    @Test
    void numbersWrittenDifferentlyReadTheSame() {
        Charter a = CharterCodec.fromTree(
                        yaml("name: x\nversion: 1\nrules:\n- kind: participation.notice\n  workingDays: 20.0\n"))
                .orElseThrow();
        Charter b = CharterCodec.fromTree(
                        yaml("name: x\nversion: '1'\nrules:\n- kind: participation.notice\n  workingDays: 20\n"))
                .orElseThrow();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void brokenCharterReportsEveryProblemNamingTheRule() {
        String text = """
                name: Broken
                version: "1"
                colour: red
                rules:
                  - kind: representation.no-such-thing
                  - kind: representation.group-share
                    name: two big groups
                    groups: [ngos, business-and-industry]
                    minShare: 0.7
                  - kind: representation.gender-balance
                    minShare: 1.4
                  - kind: representation.public-balance
                    minPublicShare: 0.6
                    maxPublicShare: 0.4
                  - kind: participation.notice
                    workingDays: 20
                    weeks: 3
                  - kind: participation.consultation-period
                  - kind: accountability.progress-reports
                    cadenceMonths: 12
                    delistAfter: 0
                """;
        Result<Charter> r = CharterCodec.fromTree(yaml(text));
        assertThat(r.isValid()).isFalse();
        // Every problem at once: the unknown top-level field and every broken rule.
        assertThat(r.problems())
                .extracting(Problem::location)
                .containsExactly(
                        "colour",
                        "rules[0].kind",
                        "rules[1].minShare",
                        "rules[2].minShare",
                        "rules[3].minPublicShare",
                        "rules[4].weeks",
                        "rules[5]",
                        "rules[6].delistAfter");
        Result<Charter> r2 = CharterCodec.fromTree(yaml(text.replace("colour: red\n", "")));
        assertThat(r2.problems())
                .extracting(Problem::location)
                .containsExactly(
                        "rules[0].kind",
                        "rules[1].minShare",
                        "rules[2].minShare",
                        "rules[3].minPublicShare",
                        "rules[4].weeks",
                        "rules[5]",
                        "rules[6].delistAfter");
        assertThat(r2.problems().get(0).message())
                .startsWith(
                        "rule representation.no-such-thing: unknown rule kind \"representation.no-such-thing\"; known kinds: ");
        assertThat(r2.problems().get(1).message())
                .isEqualTo(
                        "rule representation.group-share \"two big groups\": "
                                + "a minimum share of 70.0% for each of 2 groups adds up to 140.0%, more than 100%, so it can never be met");
        assertThat(r2.problems().get(1).code()).isEqualTo("impossible-threshold");
        assertThat(r2.problems().get(2).message())
                .contains("must be a share between 0 and 1")
                .contains("got 1.4");
        assertThat(r2.problems().get(3).message()).contains("minPublicShare 0.6 is above maxPublicShare 0.4");
        assertThat(r2.problems().get(4).message()).contains("unknown parameter \"weeks\"");
        assertThat(r2.problems().get(5).message()).contains("give at least one of minWeeks, minDays");
        assertThatThrownBy(r2::orElseThrow)
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("7 problems")
                .hasMessageContaining("rules[1].minShare");
    }

    @Test
    void minimumSharesAcrossRulesThatCannotAllHold() {
        Charter c = Charter.builder("x")
                .rule(Rule.of("representation.group-share", "groups", List.of("ngos"), "minShare", 0.6))
                .rule(Rule.of("representation.group-share", "groups", List.of("governments"), "minShare", 0.5))
                .build();
        assertThat(c.validate()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("rules");
            assertThat(p.message())
                    .contains("rules[0] representation.group-share")
                    .contains("add up to 110.0%");
        });
        assertThatThrownBy(() -> Compliance.check(RepresentationRulesTest.hub(), c))
                .isInstanceOf(InvalidCharterException.class)
                .hasMessageContaining("110.0%");
    }

    @Test
    void shapeProblems() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("kind", "treaty");
        tree.put(
                "rules",
                List.of(
                        "not a map",
                        Map.of("min", 3),
                        Map.of("kind", "participation.notice", "workingDays", List.of(new Object()))));
        assertThat(CharterCodec.fromTree(tree).problems())
                .extracting(Problem::location)
                .containsExactly("name", "version", "kind", "rules[0]", "rules[1].kind", "rules[2].workingDays");
    }

    @Test
    void fractionsAndReservedNames() {
        Charter c = Charter.builder("x")
                .rule(Rule.of("decision.majority", "overall", "3/2"))
                .rule(Rule.of("decision.majority", "chamber", "half"))
                .rule(Rule.of("decision.majority", "chamber", "1/1"))
                .rule(Rule.of("decision.majority", "overall", 0.5, "chamber", "1/2"))
                .build();
        assertThat(c.validate())
                .extracting(Problem::location)
                .containsExactly("rules[0].overall", "rules[1].chamber", "rules[2].chamber");
        assertThat(c.validate().get(2).message()).contains("more than 100% of the votes can never be for");
        assertThatThrownBy(() -> Rule.of("participation.notice", "name", "x"))
                .hasMessageContaining("may not be called \"kind\" or \"name\"");
    }
}
