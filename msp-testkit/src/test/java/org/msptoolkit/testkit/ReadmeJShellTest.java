package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The README's JShell example, pasted into JShell as a new user would (it lives here: see the pom). */
class ReadmeJShellTest {

    /** Exactly as in the README (in JShell a line may not start with a dot, so dots end the lines). */
    static final String JSHELL_EXAMPLE = """
            import org.msptoolkit.core.model.*; import org.msptoolkit.core.taxonomy.*;
            var p = MspProcess.builder("csd-1998", "CSD Dialogue on Industry").types(ProcessType.INFORMING).
                stakeholder(Stakeholder.of("icc", "International Chamber of Commerce", StakeholderGroup.BUSINESS_AND_INDUSTRY)).
                participant(Participant.of("p1", "icc", Role.DELEGATE).withGender("woman")).
                participant(Participant.of("p2", "unep", Role.OBSERVER)).build();
            p.validate()   // 1 problem: participants[1].stakeholder: no stakeholder with id 'unep' in this process
            """;

    static final String EXPECTED_REPORT =
            "1 problem:\n  participants[1].stakeholder: no stakeholder with id 'unep' in this process";

    @Test
    void theJShellExampleRunsAsPasted() {
        List<String> values = new ArrayList<>();
        try (JShell js = JShell.builder().executionEngine("local").build()) {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            for (String entry : cp.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    js.addToClasspath(entry);
                }
            }
            String rest = JSHELL_EXAMPLE;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = js.sourceCodeAnalysis().analyzeCompletion(rest);
                assertThat(info.completeness().isComplete())
                        .as("complete snippet in: %s", rest)
                        .isTrue();
                for (SnippetEvent e : js.eval(info.source())) {
                    assertThat(e.status())
                            .as(
                                    "%s %s",
                                    e.snippet().source(),
                                    js.diagnostics(e.snippet()).toList())
                            .isIn(Snippet.Status.VALID);
                    assertThat(e.exception())
                            .as("exception in %s", e.snippet().source())
                            .isNull();
                    if (e.value() != null) {
                        values.add(e.value());
                    }
                }
                rest = info.remaining();
            }
        }
        assertThat(values).last().isEqualTo(EXPECTED_REPORT);
        assertThat(values).anyMatch(v -> v.startsWith("MspProcess csd-1998 \"CSD Dialogue on Industry\""));
    }
}
