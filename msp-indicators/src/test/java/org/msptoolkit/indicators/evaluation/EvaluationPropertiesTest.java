package org.msptoolkit.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;

class EvaluationPropertiesTest {
    private static final Evaluator EVALUATOR = Evaluator.of(IndicatorRegistry.builtin());
    private static final Framework HEMMATI = Frameworks.hemmati2002();

    @Test
    void reportsAreCompleteWithScoresInRangeAndGroupsThatAgreeWithTheirIndicators() {
        Property.forAll(300, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            EvaluationReport r = EVALUATOR.evaluate(p, HEMMATI);
            assertThat(r.indicators()).hasSize(HEMMATI.indicatorIds().size());
            assertThat(r.groups()).hasSize(15);
            for (GroupResult g : r.groups()) {
                assertThat(g.coverage()).isBetween(0.0, 1.0);
                long scored = g.indicators().stream()
                        .filter(id -> r.indicator(id).orElseThrow().score().isPresent())
                        .count();
                assertThat(g.scored()).isEqualTo(scored);
                assertThat(g.score().isPresent()).isEqualTo(scored > 0);
                g.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
            }
            r.indicators()
                    .forEach(x ->
                            assertThat(x.isMeasured() || x.reason().isPresent()).isTrue());
        });
    }

    @Test
    void anEvaluationComparedWithItselfHasNoChanges() {
        Property.forAll(100, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            EvaluationReport r = EVALUATOR.evaluate(p, HEMMATI);
            assertThat(r.diff(EVALUATOR.evaluate(p, HEMMATI)).changes()).isEmpty();
        });
    }

    @Test
    void aTableRowEqualsTheSingleEvaluation() {
        List<MspProcess> ps = java.util.stream.LongStream.range(0, 30)
                .mapToObj(seed -> ProcessGenerator.process(seed, ProcessSize.TINY))
                .toList();
        EvaluationTable t = EVALUATOR.evaluateAll(ps, HEMMATI);
        for (int i = 0; i < ps.size(); i++) {
            assertThat(t.reports().get(i)).as("seed %s", i).isEqualTo(EVALUATOR.evaluate(ps.get(i), HEMMATI));
        }
    }
}
