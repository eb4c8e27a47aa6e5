package org.msptoolkit.io.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.Evaluation;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspFiles;
import org.msptoolkit.io.corpus.CorpusSummary;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.indicators.CorpusEvaluator;

/** The README's clearing-house snippet, run as written on a corpus of the three example processes. */
class ClearingHouseReadmeSnippetTest {
    @Test
    void snippetRuns(@TempDir Path dir) {
        Path cases = dir.resolve("cases.ndjson");
        List<MspDocument> examples = List.of(Examples.CSD, Examples.FSC, Examples.LA21).stream()
                .map(n -> MspFiles.read(Path.of("..", "examples", n + ".yaml")).orElseThrow())
                .toList();
        try (CorpusWriter w = MspCorpus.ndjson().writer(cases)) {
            examples.forEach(w::write);
        }
        // --- README snippet ---
        CorpusEvaluator hub = CorpusEvaluator.of(Evaluator.of(IndicatorRegistry.load()), Frameworks.hemmati2002());
        Map<String, OptionalDouble> equity = new LinkedHashMap<>();
        CorpusSummary s = hub.evaluate(
                cases,
                o -> { // called in input order, on this thread
                    o.report()
                            .ifPresent(r -> equity.put(
                                    r.processId(),
                                    r.group("equity").orElseThrow().score()));
                    o.problems().forEach(System.err::println); // a rejected record: every problem, with its line
                });
        // --- end ---
        assertThat(s.toString()).isEqualTo("3 records: 3 evaluated, 0 rejected");
        assertThat(equity.keySet())
                .containsExactlyElementsOf(
                        examples.stream().map(d -> d.process().id().value()).toList());
        examples.forEach(d -> assertThat(equity.get(d.process().id().value()))
                .isEqualTo(Evaluation.of(d.process(), Frameworks.hemmati2002())
                        .group("equity")
                        .orElseThrow()
                        .score()));
    }
}
