package org.msptoolkit.io.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.MspFiles;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;

/** The one evaluation document: valid against its JSON Schema, read back equal to the report written. */
class EvaluationDocumentTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText(), InputFormat.JSON);
    private static final Evaluator EVALUATOR = Evaluator.of(IndicatorRegistry.builtin());

    private static String schemaText() {
        try (InputStream in = EvaluationWriter.class.getResourceAsStream(EvaluationWriter.SCHEMA_RESOURCE)) {
            assertThat(in).as(EvaluationWriter.SCHEMA_RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void roundTrips(EvaluationReport report) {
        String json = EvaluationWriter.json(report);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
        Result<EvaluationReport> back = EvaluationReader.read(json);
        assertThat(back.problems()).isEmpty();
        assertThat(back.orElseThrow()).isEqualTo(report);
    }

    static List<Path> examples() throws IOException {
        Path dir = Path.of("..", "examples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyExampleRoundTripsWithEveryFramework() throws IOException {
        for (Path f : examples()) {
            MspProcess p = MspFiles.read(f).orElseThrow().process();
            for (Framework fw : Frameworks.builtIn()) {
                roundTrips(EVALUATOR.evaluate(p, fw));
                roundTrips(EVALUATOR
                        .withContext(EvaluationContext.asOf("2000-01-01"))
                        .evaluate(p, fw));
            }
        }
    }

    @Test
    void generatedProcessesRoundTrip() {
        Property.forAll(
                200,
                seed -> ProcessGenerator.process(seed, ProcessSize.SMALL),
                p -> roundTrips(EVALUATOR.evaluate(p, Frameworks.hemmati2002())));
    }

    @Test
    void anEmptyProcessRoundTrips() {
        roundTrips(EVALUATOR.evaluate(MspProcess.builder("e", "Empty").build(), Frameworks.oecd2021()));
    }

    @Test
    void problemsAreLocatedAndAllReported() {
        Result<EvaluationReport> r = EvaluationReader.read("""
                {"format": "msp-evaluation", "formatVersion": 2, "processId": "p", "processTitle": "P",
                 "frameworkId": "f", "frameworkVersion": "1", "asOf": "someday", "groups": [{}], "indicators": []}
                """);
        assertThat(r.problems())
                .extracting(pr -> pr.location())
                .contains("/formatVersion", "/asOf", "/groups/0/key", "/groups/0/score");
        assertThat(EvaluationReader.read("not json").problems()).hasSize(1);
    }

    @Test
    void theDocumentShowsScoreRulesSourcesAndCaveats() throws IOException {
        MspProcess fsc = MspFiles.read(Path.of("..", "examples", "fsc-general-assembly.yaml"))
                .orElseThrow()
                .process();
        String json = EvaluationWriter.json(EVALUATOR.evaluate(fsc, Frameworks.hemmati2002()));
        // women-share: target band 0.4-0.6 on [0, 1]
        assertThat(json)
                .contains("\"format\" : \"msp-evaluation\"")
                .contains("\"targetLower\" : 0.4")
                .contains("target 0.4 to 0.6 on [0, 1]")
                .contains("https://doi.org/10.4324/9781849772037")
                .doesNotContain("domain reference");
    }
}
