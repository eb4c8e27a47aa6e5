package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Result;

class ExamplesTest {
    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyExampleIsValidAndFullyFilled() throws IOException {
        List<Path> files = examples();
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path f : files) {
            Result<MspDocument> r = MspFiles.read(f);
            assertThat(r.problems()).as(f.toString()).isEmpty();
            MspProcess p = r.orElseThrow().process();
            assertThat(p.stakeholders()).as(f + " stakeholders").hasSizeGreaterThanOrEqualTo(5);
            assertThat(p.participants()).as(f + " participants").isNotEmpty();
            assertThat(p.meetings()).as(f + " meetings").isNotEmpty();
            assertThat(p.decisions()).as(f + " decisions").isNotEmpty();
            assertThat(p.commitments()).as(f + " commitments").isNotEmpty();
            assertThat(p.documents()).as(f + " documents").isNotEmpty();
            assertThat(p.funding()).as(f + " funding").isNotEmpty();
            assertThat(p.links()).as(f + " links").isNotEmpty();
            assertThat(r.orElseThrow().extensions().get("", "x-source"))
                    .as(f + " x-source kept")
                    .isPresent();
        }
    }

    @Test
    void examplesSurviveYamlAndJsonRoundTrips() throws IOException {
        for (Path f : examples()) {
            MspDocument d = MspFiles.read(f).orElseThrow();
            String json = MspFormat.json().write(d);
            assertThat(MspFormat.json().read(json).orElseThrow())
                    .as(f + " via JSON")
                    .isEqualTo(d);
            String yaml = MspFormat.yaml().write(d);
            assertThat(MspFormat.yaml().read(yaml).orElseThrow())
                    .as(f + " via YAML\n" + yaml)
                    .isEqualTo(d);
        }
    }

    @Test
    void fscExampleHasPerChamberTalliesForNorthAndSouth() throws IOException {
        MspProcess p = MspFiles.readProcess(Path.of("..", "examples", "fsc-general-assembly.yaml"))
                .orElseThrow();
        var tally = p.decisions().get(0).tally().orElseThrow();
        assertThat(tally.chambers())
                .containsOnlyKeys(
                        "environmental-north",
                        "environmental-south",
                        "social-north",
                        "social-south",
                        "economic-north",
                        "economic-south");
        long yesOverChambers =
                tally.chambers().values().stream().mapToLong(m -> m.get("for")).sum();
        assertThat(yesOverChambers).isEqualTo(tally.options().get("for"));
    }
}
