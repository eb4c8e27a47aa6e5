package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;

/** Every built-in indicator on thousands of generated processes: no exceptions, values in range, determinism. */
class BuiltinIndicatorsPropertiesTest {
    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.builtin();

    private static void runsCleanly(MspProcess p) {
        for (Indicator i : REGISTRY.indicators()) {
            Measurement m = i.measure(p);
            assertThat(m).as("%s", i.id()).isEqualTo(i.measure(p.toBuilder().build()));
            assertThat(m.coverage()).as("%s coverage", i.id()).isBetween(0.0, 1.0);
            if (m.isMeasured()) {
                double v = m.value().getAsDouble();
                assertThat(i.scale().contains(v))
                        .as("%s = %s within %s", i.id(), v, i.scale())
                        .isTrue();
                assertThat(m.evidence()).as("%s evidence", i.id()).isNotEmpty();
                i.normalise(v)
                        .ifPresent(s -> assertThat(s).as("%s score", i.id()).isBetween(0.0, 1.0));
            } else {
                assertThat(m.reason().orElseThrow()).as("%s reason", i.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyBuiltinRunsCleanlyOnTwoThousandSmallProcesses() {
        Property.forAll(
                2000,
                seed -> ProcessGenerator.process(seed, ProcessSize.SMALL),
                BuiltinIndicatorsPropertiesTest::runsCleanly);
    }

    @Test
    void everyBuiltinRunsCleanlyOnTinyAndMediumProcesses() {
        Property.forAll(
                1000,
                seed -> ProcessGenerator.process(seed, ProcessSize.TINY),
                BuiltinIndicatorsPropertiesTest::runsCleanly);
        Property.forAll(
                100,
                seed -> ProcessGenerator.process(seed, ProcessSize.MEDIUM),
                BuiltinIndicatorsPropertiesTest::runsCleanly);
    }

    @Test
    void charterComplianceRunsCleanlyWithACharter() {
        EvaluationContext context = EvaluationContext.defaults()
                .withCharter(org.msptoolkit.governance.Charter.builder("Policy")
                        .rule(org.msptoolkit.governance.Rule.of("representation.min-groups", "min", 3))
                        .rule(org.msptoolkit.governance.Rule.of("participation.notice", "workingDays", 20))
                        .rule(org.msptoolkit.governance.Rule.of("transparency.funding-disclosure"))
                        .rule(org.msptoolkit.governance.Rule.of("representation.gender-balance", "minShare", 0.4))
                        .build());
        Indicator charter = REGISTRY.get(BuiltinIndicators.CHARTER_COMPLIANCE);
        Property.forAll(500, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            Measurement m = charter.measure(p, context);
            assertThat(m).isEqualTo(charter.measure(p, context));
            m.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
            assertThat(m.coverage()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void generatedProcessesAreMeasuredOnMostIndicators() {
        // a property the generator's shape makes true: most indicators find their data in a SMALL process
        Property.forAll(200, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            long measured = REGISTRY.indicators().stream()
                    .filter(i -> i.measure(p).isMeasured())
                    .count();
            assertThat(measured).isGreaterThanOrEqualTo(REGISTRY.size() / 3);
        });
    }
}
