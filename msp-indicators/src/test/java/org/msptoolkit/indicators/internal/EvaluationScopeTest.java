package org.msptoolkit.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.Fixtures;
import org.msptoolkit.testkit.Corruptions;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/** The scope's reference day is msp-core's, inside and outside a scope, and facts do not leak between processes. */
class EvaluationScopeTest {
    @Test
    void referenceDayIsTheModelsOnManyProcesses() {
        List<MspProcess> processes = new ArrayList<>(List.of(Fixtures.townForum(), Fixtures.empty(),
                Fixtures.singleGroupNobodyAttended()));
        for (long seed = 1; seed <= 400; seed++) {
            processes.add(ProcessGenerator.process(seed, seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL));
            processes.add(Corruptions.invalidProcess(seed, ProcessSize.TINY).process());
        }
        for (MspProcess p : processes) {
            assertThat(EvaluationScope.run(() -> EvaluationScope.referenceDay(p))).as("%s in a scope", p.id())
                    .isEqualTo(p.referenceDay());
        }
    }

    @Test
    void factsAreKeptPerProcessWithinAScope() {
        MspProcess a = ProcessGenerator.process(1, ProcessSize.SMALL);
        MspProcess b = ProcessGenerator.process(2, ProcessSize.SMALL);
        List<Object> seen = EvaluationScope.run(() -> List.of(
                EvaluationScope.facts(a, StringBuilder.class, p -> new StringBuilder(p.id().value())),
                EvaluationScope.facts(a, StringBuilder.class, p -> new StringBuilder("again")),
                EvaluationScope.facts(b, StringBuilder.class, p -> new StringBuilder(p.id().value())),
                EvaluationScope.referenceDay(a), EvaluationScope.referenceDay(b)));
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThat(seen.get(2).toString()).isEqualTo(b.id().value());
        assertThat(seen.get(3)).isEqualTo(a.referenceDay());
        assertThat(seen.get(4)).isEqualTo(b.referenceDay());
        assertThat(EvaluationScope.facts(a, StringBuilder.class, p -> new StringBuilder("fresh")).toString())
                .as("outside a scope nothing is kept").isEqualTo("fresh");
    }
}
