package org.msptoolkit.io.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.indicators.spi.IndicatorProvider;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.corpus.*;

class CorpusEvaluatorTest {
    private static final Evaluator EVALUATOR = Evaluator.of(IndicatorRegistry.builtin());
    private static final Framework HEMMATI = Frameworks.hemmati2002();

    private static List<CorpusOutcome> evaluate(CorpusEvaluator ce, String text) {
        List<CorpusOutcome> out = new ArrayList<>();
        CorpusSummary s =
                ce.evaluate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.ndjson", out::add);
        assertThat(s.records()).isEqualTo(out.size());
        assertThat(s.evaluated())
                .isEqualTo(out.stream().filter(CorpusOutcome::isEvaluated).count());
        return out;
    }

    /** What reading the corpus record by record and evaluating each valid process one at a time gives. */
    private static List<CorpusOutcome> oneAtATime(MspCorpus corpus, String text) {
        List<CorpusOutcome> expected = new ArrayList<>();
        try (CorpusReader r = corpus.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.ndjson");
                Stream<CorpusRecord> records = r.records()) {
            records.forEach(rec -> expected.add(
                    rec.result().isValid()
                            ? CorpusOutcome.evaluated(
                                    expected.size(),
                                    rec.line(),
                                    EVALUATOR.evaluate(
                                            rec.result().orElseThrow().process(), HEMMATI))
                            : CorpusOutcome.rejected(
                                    expected.size(), rec.line(), rec.result().problems())));
        }
        return expected;
    }

    @Test
    void everyRecordGetsItsOutcomeInInputOrderWhateverTheThreadCount() {
        String text = CorpusFixtures.write(MspCorpus.ndjson(), CorpusFixtures.processes(120));
        List<CorpusOutcome> expected = oneAtATime(MspCorpus.ndjson(), text);
        assertThat(expected).hasSize(120).allMatch(CorpusOutcome::isEvaluated);
        for (int threads : new int[] {1, 2, 3, 8}) {
            List<CorpusOutcome> got =
                    evaluate(CorpusEvaluator.of(EVALUATOR, HEMMATI).threads(threads), text);
            assertThat(got).as("%d threads", threads).isEqualTo(expected);
            assertThat(got)
                    .extracting(CorpusOutcome::index)
                    .containsExactlyElementsOf(
                            java.util.stream.LongStream.range(0, 120).boxed().toList());
        }
    }

    @Test
    void badRecordsBecomeOutcomesWithTheirLinesAndTheRestIsEvaluated() {
        String text = CorpusFixtures.ndjsonWithBadRecords();
        List<CorpusOutcome> got =
                evaluate(CorpusEvaluator.of(EVALUATOR, HEMMATI).threads(2), text);
        assertThat(got).isEqualTo(oneAtATime(MspCorpus.ndjson(), text));
        // lines 1, 2 good; 3 a syntax error; 4 good; 5 a dangling reference; 6 blank; 7 good
        assertThat(got).extracting(CorpusOutcome::line).containsExactly(1L, 2L, 3L, 4L, 5L, 7L);
        assertThat(got).extracting(CorpusOutcome::isEvaluated).containsExactly(true, true, false, true, false, true);
        assertThat(got.get(2).problems()).extracting(Problem::code).containsExactly(IoProblems.SYNTAX);
        assertThat(got.get(2).problems().get(0).location()).startsWith("c.ndjson:3:");
        assertThat(got.get(4).problems()).extracting(Problem::code).containsExactly(Problem.UNRESOLVED_REFERENCE);
        assertThat(got.get(4).problems().get(0).location()).startsWith("c.ndjson:5");
        assertThat(got.get(4).toString()).startsWith("line 5: rejected, 1 problem(s)");
    }

    @Test
    void aRecordOverTheLimitIsRejectedUnreadAndTheNextIsEvaluated() {
        List<String> lines = CorpusFixtures.write(MspCorpus.ndjson(), CorpusFixtures.processes(3))
                .lines()
                .toList();
        int limit = lines.stream().mapToInt(String::length).max().orElseThrow();
        String text = String.join("\n", lines.get(0), lines.get(1) + " ".repeat(limit), lines.get(2)) + "\n";
        MspCorpus corpus = MspCorpus.ndjson().withLimits(ReadLimits.defaults().withMaxDocumentLength(limit));
        List<CorpusOutcome> got =
                evaluate(CorpusEvaluator.of(EVALUATOR, HEMMATI).corpus(corpus).threads(2), text);
        assertThat(got).extracting(CorpusOutcome::isEvaluated).containsExactly(true, false, true);
        assertThat(got.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
            assertThat(p.location()).isEqualTo("c.ndjson:2");
        });
    }

    @Test
    void jsonArrayCorporaAreEvaluatedToo(@TempDir Path dir) throws Exception {
        List<MspProcess> ps = CorpusFixtures.processes(30);
        Path file = dir.resolve("c.json");
        Files.writeString(file, CorpusFixtures.write(MspCorpus.jsonArray(), ps));
        List<EvaluationReport> got = new ArrayList<>();
        CorpusSummary s = CorpusEvaluator.of(EVALUATOR, HEMMATI)
                .corpus(MspCorpus.jsonArray())
                .threads(3)
                .evaluate(file, o -> got.add(o.report().orElseThrow()));
        assertThat(s).isEqualTo(new CorpusSummary(30, 0));
        assertThat(got)
                .isEqualTo(ps.stream().map(p -> EVALUATOR.evaluate(p, HEMMATI)).toList());
        assertThat(s.toString()).isEqualTo("30 records: 30 evaluated, 0 rejected");
    }

    @Test
    void atMostAFewRecordsPerThreadAreInFlightAheadOfTheSink() {
        AtomicInteger started = new AtomicInteger();
        Indicator counting = Indicator.builder("test.counting", "Counting")
                .principles(Principle.LEARNING)
                .unit("x")
                .scale(Scale.UNIT)
                .direction(Direction.HIGHER_IS_BETTER)
                .formula("1")
                .source("test")
                .measuredBy((p, c) -> {
                    started.incrementAndGet();
                    return Measurement.of(1);
                })
                .build();
        IndicatorProvider provider = new IndicatorProvider() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(counting);
            }
        };
        Framework f = Framework.builder("t", "T")
                .group("learning", "Learning", "test.counting")
                .build();
        int threads = 3;
        String text = CorpusFixtures.write(MspCorpus.ndjson(), CorpusFixtures.processes(200));
        List<Integer> aheadOfSink = new ArrayList<>();
        CorpusEvaluator.of(Evaluator.of(IndicatorRegistry.of(provider)), f)
                .threads(threads)
                .evaluate(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "",
                        o -> aheadOfSink.add(started.get() - (int) o.index() - 1));
        assertThat(started.get()).isEqualTo(200);
        assertThat(aheadOfSink)
                .hasSize(200)
                .allSatisfy(n -> assertThat(n).isBetween(0, threads * CorpusEvaluator.RECORDS_PER_THREAD));
    }

    @Test
    void anExceptionInTheSinkStopsTheEvaluationAndReachesTheCaller() {
        String text = CorpusFixtures.write(MspCorpus.ndjson(), CorpusFixtures.processes(40));
        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> CorpusEvaluator.of(EVALUATOR, HEMMATI)
                        .threads(2)
                        .evaluate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "", o -> {
                            if (seen.incrementAndGet() == 5) {
                                throw new IllegalStateException("sink full");
                            }
                        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sink full");
        assertThat(seen).hasValue(5);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> CorpusEvaluator.of(EVALUATOR, HEMMATI).threads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, got 0");
        assertThat(CorpusEvaluator.of(EVALUATOR, HEMMATI).threads(2).toString())
                .startsWith("CorpusEvaluator[hemmati-2002, 2 thread(s), MspCorpus[NDJSON");
    }
}
