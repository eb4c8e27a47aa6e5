package org.msptoolkit.io.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.governance.Compliance;
import org.msptoolkit.indicators.evaluation.Evaluation;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.MspFiles;
import org.msptoolkit.io.governance.CharterFiles;
import org.msptoolkit.io.governance.ComplianceWriter;
import org.msptoolkit.io.indicators.EvaluationWriter;
import org.msptoolkit.io.indicators.FrameworkFiles;

/** The README snippet for charter, framework and report files, run as written (paths under the repo root). */
class BridgesReadmeSnippetTest {
    @Test
    void snippetRuns(@TempDir Path out) throws IOException {
        Path root = Path.of("..");
        // --- README snippet ---
        var p = MspFiles.readProcess(root.resolve("examples/csd-1998-industry-dialogue.yaml"))
                .orElseThrow();
        var policy = CharterFiles.read(root.resolve("examples/charters/eu-consultation-policy.yaml"))
                .orElseThrow();
        var compliance = Compliance.check(p, policy);
        String complianceCsv = ComplianceWriter.csv(compliance);
        var report = Evaluation.of(p, Frameworks.hemmati2002());
        Files.writeString(out.resolve("csd-eval.json"), EvaluationWriter.json(report));
        String evalCsv = EvaluationWriter.csv(report);
        FrameworkFiles.write(out.resolve("hemmati-2002.yaml"), Frameworks.hemmati2002());
        var mine = FrameworkFiles.read(out.resolve("hemmati-2002.yaml")).orElseThrow();
        // --- end ---
        assertThat(complianceCsv).contains("16 working days ahead; 20 required");
        assertThat(evalCsv).contains("csd-6-1998-industry-dialogue,women-share,");
        assertThat(Files.readString(out.resolve("csd-eval.json"))).contains("\"frameworkId\" : \"hemmati-2002\"");
        assertThat(mine).isEqualTo(Frameworks.hemmati2002());
    }
}
