package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.ModelPaths;
import org.msptoolkit.testkit.Corrupted;
import org.msptoolkit.testkit.Corruptions;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Properties over testkit-generated processes. */
class RoundTripPropertiesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Reads numbers as the library does: decimals exact. */
    private static final JsonMapper MAPPER = Engine.jsonMapper(ReadLimits.defaults());

    @Test
    void jsonRoundTripGivesAnEqualProcess() {
        Property.forAll(1000, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            String json = MspFormat.json().write(p);
            Result<MspProcess> back = MspFormat.json().readProcess(json);
            assertThat(back.problems()).isEmpty();
            assertThat(back.orElseThrow()).isEqualTo(p);
        });
    }

    @Test
    void yamlRoundTripGivesAnEqualProcess() {
        Property.forAll(1000, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            String yaml = MspFormat.yaml().write(p);
            Result<MspProcess> back = MspFormat.yaml().readProcess(yaml);
            assertThat(back.problems()).as(yaml).isEmpty();
            assertThat(back.orElseThrow()).isEqualTo(p);
        });
    }

    @Test
    void mediumProcessesRoundTripThroughBothSyntaxes() {
        Property.forAll(40, seed -> ProcessGenerator.process(seed, ProcessSize.MEDIUM), p -> {
            MspProcess viaYaml =
                    MspFormat.yaml().readProcess(MspFormat.yaml().write(p)).orElseThrow();
            assertThat(MspFormat.json()
                            .readProcess(MspFormat.json().write(viaYaml))
                            .orElseThrow())
                    .isEqualTo(p);
        });
    }

    /** Adds unknown fields (top level, first stakeholder, first meeting's first agenda item) to a written document. */
    static ObjectNode withUnknownFields(MspProcess p, long seed) {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(MspFormat.json().write(p));
        ObjectNode portal = F.objectNode();
        portal.put("caseId", "case-" + seed);
        portal.putArray("tags").add("clearing-house").add(seed % 7);
        portal.put("score", new java.math.BigDecimal("0.70"));
        tree.set("x-portal", portal);
        tree.put("legacyField", "kept in lenient mode " + seed);
        if (tree.has("stakeholders")) {
            ((ObjectNode) tree.get("stakeholders").get(0)).put("x-rating", seed % 5);
            ((ObjectNode) tree.get("stakeholders").get(0)).putNull("notes");
        }
        JsonNode meetings = tree.get("meetings");
        if (meetings != null && meetings.get(0).has("agenda")) {
            ((ObjectNode) meetings.get(0).get("agenda").get(0)).put("x-slot", "morning");
        }
        return (ObjectNode) MAPPER.readTree(tree.toString());
    }

    @Test
    void lenientRoundTripsKeepUnknownFieldsInJsonAndYaml() {
        Property.forAll(300, seed -> seed, seed -> {
            MspProcess p = ProcessGenerator.process(seed, ProcessSize.SMALL);
            ObjectNode original = withUnknownFields(p, seed);
            for (MspFormat format : new MspFormat[] {
                MspFormat.json().lenient(), MspFormat.yaml().lenient()
            }) {
                MspDocument d =
                        MspFormat.json().lenient().read(original.toString()).orElseThrow();
                assertThat(d.process()).isEqualTo(p);
                String written = format.write(d);
                MspDocument back = format.read(written).orElseThrow();
                assertThat(back).as(format + "\n" + written).isEqualTo(d);
                // the written tree equals the input tree field for field (in meaning, not order)
                JsonNode rewritten = MAPPER.readTree(MspFormat.json().write(back));
                assertThat(rewritten).isEqualTo(original);
            }
        });
    }

    @Test
    void strictModeReportsEveryUnknownFieldButKeepsExtensions() {
        Property.forAll(100, seed -> seed, seed -> {
            MspProcess p = ProcessGenerator.process(seed, ProcessSize.SMALL);
            ObjectNode tree = withUnknownFields(p, seed);
            Result<MspDocument> r = MspFormat.json().read(tree.toString());
            assertThat(r.isValid()).isFalse();
            assertThat(r.problems()).extracting(Problem::code).containsOnly(IoProblems.UNKNOWN_FIELD);
            assertThat(r.problems()).extracting(Problem::location).contains("/legacyField");
            tree.remove("legacyField");
            if (tree.has("stakeholders")) {
                ((ObjectNode) tree.get("stakeholders").get(0)).remove("notes");
            }
            MspDocument d = MspFormat.json().read(tree.toString()).orElseThrow();
            assertThat(d.extensions().get("", "x-portal")).contains(tree.get("x-portal"));
        });
    }

    @Test
    void domainProblemsOfCorruptedProcessesAreReportedAtTheirJsonPointer() {
        Property.forAllSeeds(300, seed -> {
            MspProcess valid = ProcessGenerator.process(seed, ProcessSize.SMALL);
            Corrupted c = Corruptions.corrupt(valid, new SplittableRandom(seed));
            Result<MspProcess> r = MspFormat.json().readProcess(MspFormat.json().write(c.process()));
            assertThat(r.isValid()).as(c.toString()).isFalse();
            assertThat(r.problems()).as(c.toString()).anySatisfy(pr -> {
                assertThat(pr.location()).isEqualTo(ModelPaths.toPointer(c.expectedLocation()));
                assertThat(pr.code()).isEqualTo(c.expectedCode());
            });
        });
    }

    @Test
    void theJacksonModuleWritesAndReadsTheSameFormat() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Property.forAll(100, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            String json = mapper.writeValueAsString(p);
            assertThat(mapper.readTree(json))
                    .isEqualTo(mapper.readTree(MspFormat.json().write(p)));
            assertThat(mapper.readValue(json, MspProcess.class)).isEqualTo(p);
            p.stakeholders()
                    .forEach(s -> assertThat(mapper.readValue(
                                    mapper.writeValueAsString(s), org.msptoolkit.core.model.Stakeholder.class))
                            .isEqualTo(s));
        });
    }
}
