package org.msptoolkit.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Fixtures;
import org.msptoolkit.testkit.Corruptions;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/**
 * The memo's reference day is msp-core's, with and without a memo, facts do not leak between processes, and a
 * context a user makes carries no memo.
 */
class EvaluationScopeTest {
    @Test
    void referenceDayIsTheModelsOnManyProcesses() {
        List<MspProcess> processes =
                new ArrayList<>(List.of(Fixtures.townForum(), Fixtures.empty(), Fixtures.singleGroupNobodyAttended()));
        for (long seed = 1; seed <= 400; seed++) {
            processes.add(ProcessGenerator.process(seed, seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL));
            processes.add(Corruptions.invalidProcess(seed, ProcessSize.TINY).process());
        }
        EvaluationContext scoped = EvaluationScope.open(EvaluationContext.defaults());
        for (MspProcess p : processes) {
            assertThat(scoped.assessmentDay(p)).as("%s with a memo", p.id()).isEqualTo(p.referenceDay());
            assertThat(EvaluationContext.defaults().assessmentDay(p))
                    .as("%s without", p.id())
                    .isEqualTo(p.referenceDay());
        }
    }

    @Test
    void factsAreKeptPerProcessWithinOneEvaluation() {
        MspProcess a = ProcessGenerator.process(1, ProcessSize.SMALL);
        MspProcess b = ProcessGenerator.process(2, ProcessSize.SMALL);
        EvaluationContext c = EvaluationScope.open(EvaluationContext.defaults());
        Object first = EvaluationScope.facts(c, a, StringBuilder.class, p -> new StringBuilder(p.id().value()));
        Object again = EvaluationScope.facts(c, a, StringBuilder.class, p -> new StringBuilder("again"));
        Object other = EvaluationScope.facts(c, b, StringBuilder.class, p -> new StringBuilder(p.id().value()));
        assertThat(again).isSameAs(first);
        assertThat(other.toString()).isEqualTo(b.id().value());
        assertThat(c.assessmentDay(a)).isEqualTo(a.referenceDay());
        assertThat(c.assessmentDay(b)).isEqualTo(b.referenceDay());
        assertThat(EvaluationScope.facts(
                                EvaluationContext.defaults(), a, StringBuilder.class, p -> new StringBuilder("fresh"))
                        .toString())
                .as("without a memo nothing is kept")
                .isEqualTo("fresh");
        assertThat(EvaluationScope.open(c))
                .as("the memo is not part of the value")
                .isEqualTo(c)
                .isEqualTo(EvaluationContext.defaults())
                .hasSameHashCodeAs(EvaluationContext.defaults());
        Object fresh = EvaluationScope.facts(
                EvaluationScope.open(c), a, StringBuilder.class, p -> new StringBuilder("new memo"));
        assertThat(fresh.toString()).as("each evaluation opens its own memo").isEqualTo("new memo");
    }
}
