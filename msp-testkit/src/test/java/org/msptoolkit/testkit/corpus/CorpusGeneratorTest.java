package org.msptoolkit.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.Property;

class CorpusGeneratorTest {
    private static final CorpusGenerator CORPUS = CorpusGenerator.seeded(42);

    @Test
    void everyProcessHasExactlyItsDrawnShape() {
        Property.forAll(40, seed -> seed, i -> {
            ProcessShape s = CORPUS.shapeOf(i);
            MspProcess p = CORPUS.process(i);
            assertThat(p.stakeholders()).as("stakeholders of %s", s).hasSize(s.stakeholders());
            assertThat(p.participants()).as("participants of %s", s).hasSize(s.participants());
            assertThat(p.meetings()).as("meetings of %s", s).hasSize(s.meetings());
            assertThat(p.contributions()).hasSize(s.contributions());
            assertThat(p.decisions()).hasSize(s.decisions());
            assertThat(p.commitments()).hasSize(s.commitments());
            assertThat(p.documents()).hasSize(s.documents());
            for (Meeting m : p.meetings()) {
                assertThat(m.attendance().map(List::size).orElse(0)).isLessThanOrEqualTo(200);
                assertThat(m.speakingTurns().map(List::size).orElse(0)).isLessThanOrEqualTo(30);
            }
        });
    }

    @Test
    void shapesStayWithinTheClearingHouseRanges() {
        Property.forAll(2_000, seed -> CORPUS.shapeOf(seed), s -> {
            assertThat(s.participants()).isBetween(10, 2_000);
            assertThat(s.meetings()).isBetween(5, 300);
            assertThat(List.of(s.decisions(), s.commitments(), s.documents(), s.contributions()))
                    .allSatisfy(n -> assertThat(n).isBetween(10, 500));
            assertThat(s.stakeholders())
                    .isBetween(Math.max(1, s.participants() / 20), Math.max(1, s.participants() / 4));
            assertThat(s.maxAttendance()).isEqualTo(Math.min(200, s.participants()));
        });
    }

    @Test
    void participantCountsAreLogUniform() {
        // Log-uniform on [10, 2001): P(X < 100) = ln(10) / ln(200.1) = 0.4346, median 10 * sqrt(200.1) = 141,
        // mean (2001 - 10) / ln(200.1) - 1/2 = 375.2 (the -1/2 from rounding down).
        int n = 20_000;
        int[] counts = LongStream.range(0, n)
                .mapToInt(i -> CORPUS.shapeOf(i).participants())
                .sorted()
                .toArray();
        double below100 = java.util.Arrays.stream(counts).filter(c -> c < 100).count() / (double) n;
        assertThat(below100).isCloseTo(0.4346, org.assertj.core.data.Offset.offset(0.015));
        assertThat(counts[n / 2]).isBetween(133, 150);
        assertThat(java.util.Arrays.stream(counts).average().orElseThrow())
                .isCloseTo(375.2, org.assertj.core.data.Offset.offset(12.0));
        assertThat(counts[0]).isLessThan(12);
        assertThat(counts[n - 1]).isGreaterThan(1_950);
    }

    @Test
    void skewZeroIsUniformAndSkewTwoFavoursSmallProcesses() {
        CorpusGenerator uniform = CORPUS.shape(CorpusShape.clearingHouse().withSkew(0));
        CorpusGenerator steep = CORPUS.shape(CorpusShape.clearingHouse().withSkew(2));
        // uniform on 5..300: mean 152.5; density ~ x^-2 on [5, 301): mean ln(301/5) / (1/5 - 1/301) = 20.8
        double uniformMean = LongStream.range(0, 10_000)
                .mapToInt(i -> uniform.shapeOf(i).meetings())
                .average()
                .orElseThrow();
        double steepMean = LongStream.range(0, 10_000)
                .mapToInt(i -> steep.shapeOf(i).meetings())
                .average()
                .orElseThrow();
        assertThat(uniformMean).isCloseTo(152.5, org.assertj.core.data.Offset.offset(4.0));
        assertThat(steepMean).isCloseTo(20.8 - 0.5, org.assertj.core.data.Offset.offset(1.5));
    }

    @Test
    void generatedProcessesValidateClean() {
        Property.forAll(
                12,
                seed -> CorpusGenerator.seeded(seed).process(seed),
                p -> assertThat(p.validate().problems())
                        .as("problems of %s", p.id())
                        .isEmpty());
    }

    @Test
    void aCorpusIsTheSameOnEveryRunAndEachProcessCanBeMadeAlone() {
        List<MspProcess> first = CorpusGenerator.seeded(7).processes(6).toList();
        assertThat(CorpusGenerator.seeded(7).processes(6).toList()).isEqualTo(first);
        assertThat(CorpusGenerator.seeded(7).process(4)).isEqualTo(first.get(4));
        assertThat(LongStream.range(0, 6)
                        .parallel()
                        .mapToObj(CorpusGenerator.seeded(7)::process)
                        .toList())
                .isEqualTo(first);
        assertThat(first.stream().map(MspProcess::id).distinct()).hasSize(6);
        assertThat(CorpusGenerator.seeded(8).process(4)).isNotEqualTo(first.get(4));
        assertThat(CorpusGenerator.seeded(7).shape()).isEqualTo(CorpusShape.clearingHouse());
        assertThat(CorpusGenerator.seeded(7).seed()).isEqualTo(7);
    }

    @Test
    void aShapeGivesAnExactProcessThroughTheGeneratorHook() {
        ProcessShape shape = new ProcessShape(3, 12, 4, 5, 2, 7, 8, 9, 10);
        MspProcess p = ProcessGenerator.ofShape(1, shape);
        assertThat(List.of(
                        p.stakeholders().size(),
                        p.participants().size(),
                        p.meetings().size(),
                        p.contributions().size(),
                        p.decisions().size(),
                        p.commitments().size(),
                        p.documents().size()))
                .containsExactly(3, 12, 4, 7, 8, 9, 10);
        assertThat(p.meetings()).allSatisfy(m -> {
            assertThat(m.attendance().map(List::size).orElse(0)).isLessThanOrEqualTo(5);
            assertThat(m.speakingTurns().map(List::size).orElse(0)).isLessThanOrEqualTo(2);
        });
        assertThat(p.validate().isValid()).isTrue();
        assertThat(ProcessGenerator.ofShape(1, shape)).isEqualTo(p);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new ProcessShape(0, 0, -1, 0, 0, 0, 0, 0, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stakeholders is 0, must be at least 1")
                .hasMessageContaining("participants is 0")
                .hasMessageContaining("meetings is -1")
                .hasMessageContaining("documents is -2");
        assertThatThrownBy(() -> CountRange.of(5, 4)).hasMessageContaining("5..4");
        assertThatThrownBy(() -> CountRange.of(0, 4)).hasMessageContaining("0..4");
        assertThatThrownBy(() -> CorpusShape.clearingHouse().withSkew(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> CORPUS.process(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> CORPUS.processes(-3)).hasMessageContaining("-3");
        assertThatThrownBy(() -> CORPUS.shape(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("newShape");
        assertThatThrownBy(() -> ProcessGenerator.ofShape(1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("shape");
    }

    @Test
    void countRangeReachesBothEnds() {
        CountRange r = CountRange.of(10, 500);
        for (double skew : new double[] {0, 1, 2}) {
            assertThat(r.at(0, skew)).isEqualTo(10);
            assertThat(r.at(Math.nextDown(1.0), skew)).isEqualTo(500);
        }
        assertThat(CountRange.of(3, 3).at(0.7, 1)).isEqualTo(3);
        assertThat(r).hasToString("10..500");
    }

    @Test
    void readableDescriptions() {
        assertThat(CORPUS.toString()).contains("seed 42", "participants 10..2000", "log-uniform");
        assertThat(new ProcessShape(3, 12, 4, 5, 2, 7, 8, 9, 10).toString())
                .contains("3 stakeholders", "12 participants", "4 meetings", "10 documents");
        assertThat(Optional.of(CORPUS.processes(0).count())).contains(0L);
    }
}
