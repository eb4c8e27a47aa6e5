package org.msptoolkit.indicators.it.acme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.evaluation.Evaluation;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;

/**
 * Runs twice: once on the module path ({@code provides} in module-info) and once on the class path
 * ({@code META-INF/services}); the system property {@code msp.it.path} says which.
 */
class ThirdPartyIndicatorTest {
    private static final MspProcess PROCESS = MspProcess.builder("it", "Integration")
            .stakeholder(Stakeholder.of("s1", "NGO", StakeholderGroup.NGOS))
            .participant(
                    Participant.of("p1", "s1", Role.DELEGATE),
                    Participant.of("p2", "s1", Role.OBSERVER),
                    Participant.of("p3", "s1", Role.OBSERVER),
                    Participant.of("p4", "s1", Role.DELEGATE))
            .build();

    @Test
    void runsOnThePathThisExecutionIsFor() {
        String expected = System.getProperty("msp.it.path", "class");
        assertThat(AcmeIndicators.class.getModule().isNamed())
                .as("named module on the %s path", expected)
                .isEqualTo(expected.equals("module"));
        assertThat(IndicatorRegistry.class.getModule().isNamed()).isEqualTo(expected.equals("module"));
    }

    @Test
    void theServiceLoaderFindsTheThirdPartyProviderBesideTheBuiltins() {
        IndicatorRegistry registry = IndicatorRegistry.load();
        assertThat(registry.providers())
                .extracting(IndicatorRegistry.ProviderInfo::id)
                .containsExactly("msp-builtin", "acme");
        assertThat(registry.get(AcmeIndicators.OBSERVER_SHARE).measure(PROCESS).value())
                .hasValue(0.5);
    }

    @Test
    void theThirdPartyIndicatorShowsUpInAnEvaluation() {
        Framework f = Framework.builder("acme-review", "ACME review")
                .group("transparency", "Transparency", "acme.observer-share", "documents-published")
                .build();
        EvaluationReport r = Evaluation.of(PROCESS, f);
        assertThat(r.indicator(AcmeIndicators.OBSERVER_SHARE).orElseThrow().value())
                .hasValue(0.5);
        assertThat(r.group("transparency").orElseThrow().score()).hasValue(0.5);
        // and it joins its principles' groups when the Hemmati framework is built from the loaded registry
        Framework hemmati = Frameworks.fromPrinciples(IndicatorRegistry.load());
        assertThat(hemmati.group(Principle.TRANSPARENCY.code()).orElseThrow().indicators())
                .extracting(Object::toString)
                .contains(AcmeIndicators.OBSERVER_SHARE);
    }
}
