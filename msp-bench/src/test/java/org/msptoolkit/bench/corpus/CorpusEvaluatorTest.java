package org.msptoolkit.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.ReadLimits;

class CorpusEvaluatorTest {
    private static final Evaluator EVALUATOR = Evaluator.of(IndicatorRegistry.builtin());
    private static final CorpusEvaluator CORPUS = CorpusEvaluator.of(EVALUATOR, Frameworks.hemmati2002());

    /** 12 valid records, then a blank line, a syntax error, an invalid process and a last valid record. */
    private static String corpusText() {
        String valid = new String(BenchCorpus.inMemory(13, 3), StandardCharsets.UTF_8);
        String[] lines = valid.split("\n");
        String invalid = lines[0].replaceFirst("\"stakeholder\":\"s1\"", "\"stakeholder\":\"s999\"");
        assertThat(invalid).isNotEqualTo(lines[0]);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(lines[i]).append('\n');
        }
        sb.append("   \n").append("{\"formatVersion\": 1, oops\n").append(invalid).append("\r\n").append(lines[12]);
        return sb.toString();
    }

    @Test
    void outcomesArriveInInputOrderAndEqualOneByOneEvaluationOnAnyNumberOfThreads() {
        String text = corpusText();
        List<MspProcess> processes = BenchCorpus.generator(3).processes(13).toList();
        for (int threads : new int[] {1, 2, 3}) {
            List<ProcessOutcome> out = new ArrayList<>();
            CorpusSummary s = CORPUS.threads(threads).evaluate(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out::add);
            assertThat(s).as("threads %d", threads).isEqualTo(new CorpusSummary(13, 2));
            assertThat(out).extracting(ProcessOutcome::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L,
                    9L, 10L, 11L, 12L, 13L, 14L);
            assertThat(out).extracting(ProcessOutcome::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L,
                    10L, 11L, 12L, 14L, 15L, 16L);
            for (int i = 0; i < 12; i++) {
                EvaluationReport expected = EVALUATOR.evaluate(processes.get(i), Frameworks.hemmati2002());
                assertThat(out.get(i).report()).as("threads %d, record %d", threads, i).contains(expected);
            }
            assertThat(out.get(14).report()).contains(EVALUATOR.evaluate(processes.get(12), Frameworks.hemmati2002()));
            assertThat(out.get(12).isEvaluated()).isFalse();
            assertThat(out.get(12).problems()).extracting(p -> p.code()).contains(IoProblems.SYNTAX);
            assertThat(out.get(13).problems()).anySatisfy(p -> {
                assertThat(p.location()).isEqualTo("/participants/0/stakeholder");
                assertThat(p.message()).contains("s999");
            });
        }
    }

    @Test
    void aRecordLongerThanTheLimitIsRejectedWithoutBeingHeld() {
        String text = "{\"formatVersion\":1}\n" + "x".repeat(5_000) + "\n";
        List<ProcessOutcome> out = new ArrayList<>();
        CorpusSummary s = CORPUS.threads(1).format(MspFormat.json().withLimits(ReadLimits.defaults()
                .withMaxDocumentLength(1_000))).evaluate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                out::add);
        assertThat(s.rejected()).isEqualTo(2);
        assertThat(out.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
            assertThat(p.message()).contains("1000");
        });
        assertThat(out.get(1).line()).isEqualTo(2);
    }

    @Test
    void anEmptyCorpusHasNoOutcomes() {
        List<ProcessOutcome> out = new ArrayList<>();
        assertThat(CORPUS.evaluate(new ByteArrayInputStream(new byte[0]), out::add)).isEqualTo(new CorpusSummary(0, 0));
        assertThat(out).isEmpty();
    }

    @Test
    void aFailingSinkStopsTheEvaluation() {
        String text = corpusText();
        assertThatThrownBy(() -> CORPUS.threads(2).evaluate(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), o -> {
                    throw new IllegalStateException("sink full at " + o.index());
                })).hasMessage("sink full at 0");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> CORPUS.threads(0)).hasMessageContaining("threads must be at least 1, got 0");
        assertThatThrownBy(() -> CORPUS.format(MspFormat.yaml())).hasMessageContaining("JSON");
        assertThatThrownBy(() -> CorpusEvaluator.of(null, Frameworks.hemmati2002())).hasMessageContaining("evaluator");
        assertThatThrownBy(() -> CORPUS.evaluate(null, o -> { })).hasMessageContaining("input");
        assertThat(CORPUS.threads(3).threads()).isEqualTo(3);
        assertThat(CORPUS.threads(2).toString()).contains("hemmati-2002", "2 thread(s)");
    }

    @Test
    void linesAreSplitOnNewlinesWithBlankLinesSkippedAndLongLinesFlagged() throws IOException {
        LineSplitter s = new LineSplitter(new StringReader("a\r\n\n  \nbcdef\nlast"), 4);
        assertThat(s.next()).isEqualTo(new LineSplitter.Line(1, "a\r", false));
        assertThat(s.next()).isEqualTo(new LineSplitter.Line(4, "", true));
        assertThat(s.next()).isEqualTo(new LineSplitter.Line(5, "last", false));
        assertThat(s.next()).isNull();
        assertThat(new LineSplitter(new StringReader(""), 4).next()).isNull();
        assertThat(new LineSplitter(new StringReader("\n\n"), 4).next()).isNull();
    }
}
