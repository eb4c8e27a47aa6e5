package org.msptoolkit.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 20, finding 3: strings that YAML would read as something else (numbers, booleans, null, ~, .inf)
 * are written quoted, so a JSON document converted to YAML reads back as the same document.
 */
class YamlQuotingTest {
    private static final JsonMapper MAPPER = Engine.jsonMapper(ReadLimits.defaults());

    /** Strings a plain YAML scalar would turn into another type or another string, or that need care. */
    static final List<String> ADVERSARIAL = List.of(
            "2021",
            "7",
            "-1",
            "+1",
            "2.0",
            "1.10",
            "1e3",
            "1E+3",
            "1e-3",
            "0",
            "-0",
            "0.",
            ".5",
            "007",
            "0x1F",
            "0o17",
            "0b101",
            "1_000",
            ".inf",
            "-.inf",
            "+.INF",
            ".nan",
            ".NaN",
            "NaN",
            "Infinity",
            "~",
            "null",
            "Null",
            "NULL",
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "N",
            "true",
            "False",
            "TRUE",
            "1:20",
            "12:30:00",
            "2002-08-26",
            "- dash",
            "a: b",
            "#hash",
            "x #y",
            "[x]",
            "{y}",
            "&anchor",
            "*alias",
            "!tag",
            "%pct",
            "@at",
            "`tick",
            "|",
            ">",
            "'single'",
            "\"double\"",
            "multi\nline",
            "tab\tin",
            " lead",
            "trail ",
            "=cmd",
            "é ü 中文",
            "emoji 😀",
            "---",
            "...",
            "? q",
            ": colon",
            ",",
            "-",
            "?",
            ":",
            "<<",
            "=",
            "",
            " ");

    static String pick(SplittableRandom r, boolean blankAllowed) {
        while (true) {
            String s = ADVERSARIAL.get(r.nextInt(ADVERSARIAL.size()));
            if (blankAllowed || !s.isBlank()) {
                return s;
            }
        }
    }

    /** Replaces free-text fields (titles, names, descriptions) and adds x- extension strings, recursively. */
    static void inject(JsonNode node, SplittableRandom r) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : List.copyOf(o.properties())) {
                String k = e.getKey();
                if (e.getValue().isString()
                        && List.of("title", "name", "purpose", "description", "subject", "topic", "measure")
                                .contains(k)
                        && r.nextInt(3) > 0) {
                    o.put(k, pick(r, false));
                } else {
                    inject(e.getValue(), r);
                }
            }
            if (o.has("id") && r.nextInt(4) == 0) { // an entity, not a map such as a tally's options
                o.put("x-note", pick(r, true));
            }
        } else if (node != null && node.isArray()) {
            node.forEach(c -> inject(c, r));
        }
    }

    @Test
    void finding3JsonToYamlToJsonIsIdenticalForAdversarialStrings() {
        Property.forAllSeeds(300, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            ObjectNode tree = (ObjectNode)
                    MAPPER.readTree(MspFormat.json().write(ProcessGenerator.process(seed, ProcessSize.TINY)));
            inject(tree, r);
            tree.put("title", pick(r, false));
            tree.put("x-version", pick(r, true));
            Result<MspDocument> fromJson = MspFormat.json().read(tree.toString());
            assertThat(fromJson.problems()).as(tree.toString()).isEmpty();
            String json = MspFormat.json().write(fromJson.orElseThrow());
            String yaml = MspFormat.yaml().write(fromJson.orElseThrow());
            Result<MspDocument> fromYaml = MspFormat.yaml().read(yaml);
            assertThat(fromYaml.problems()).as(yaml).isEmpty();
            assertThat(MspFormat.json().write(fromYaml.orElseThrow())).as(yaml).isEqualTo(json);
        });
    }

    @Test
    void finding3NumberLikeTitlesAreQuotedInYaml() {
        for (String s : List.of("2021", "1.10", "~", "yes", ".inf", "null")) {
            String json = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"h\",\"title\":"
                    + MAPPER.writeValueAsString(s) + ",\"x-v\":" + MAPPER.writeValueAsString(s) + "}";
            String yaml = MspFormat.yaml().write(MspFormat.json().read(json).orElseThrow());
            assertThat(yaml).as(s).contains("title: \"" + s + "\"").contains("x-v: \"" + s + "\"");
        }
    }
}
