package org.msptoolkit.indicators.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;
import org.msptoolkit.indicators.spi.IndicatorProvider;

/** The kit can fail: it catches impure, dishonest and clashing indicators. */
class BrokenProviderTest {
    private static IndicatorProvider offering(Indicator... indicators) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(indicators);
            }
        };
    }

    private static Indicator.Builder base(String id) {
        return Indicator.builder(id, "Broken")
                .principles(Principle.LEARNING)
                .unit("share")
                .scale(Scale.UNIT)
                .direction(Direction.HIGHER_IS_BETTER)
                .formula("f")
                .source("s");
    }

    private static IndicatorProviderCompatibilityKit kit(IndicatorProvider provider) {
        return new IndicatorProviderCompatibilityKit() {
            @Override
            protected IndicatorProvider provider() {
                return provider;
            }

            @Override
            protected int generatedProcesses() {
                return 20;
            }
        };
    }

    @Test
    void aCounterIsNotDeterministic() {
        AtomicInteger calls = new AtomicInteger();
        var k = kit(offering(base("broken.counter")
                .measuredBy(
                        (p, c) -> Measurement.of(calls.incrementAndGet() % 2).withEvidence("x", 1, "x"))
                .build()));
        assertThatThrownBy(k::measuringIsDeterministic).hasMessageContaining("not deterministic");
    }

    @Test
    void aConstantForAnEmptyProcessIsDishonest() {
        var k = kit(offering(
                base("broken.constant").measuredBy((p, c) -> Measurement.of(1)).build()));
        assertThatThrownBy(k::emptyProcessesAreNotMeasurable).hasMessageContaining("citing no recorded evidence");
        assertThatThrownBy(k::runsCleanlyOnGeneratedProcesses).hasMessageContaining("without evidence");
    }

    @Test
    void aBuiltinIdClashes() {
        var k = kit(offering(base("women-share")
                .measuredBy((p, c) -> Measurement.notMeasurable("n"))
                .build()));
        assertThatThrownBy(k::idsAreUniqueAndDoNotClashWithBuiltins).hasMessageContaining("women-share");
    }

    @Test
    void anExceptionIsReportedWithItsSeed() {
        var k = kit(offering(base("broken.throws")
                .measuredBy((p, c) -> {
                    throw new IllegalStateException("boom");
                })
                .build()));
        assertThatThrownBy(k::runsCleanlyOnGeneratedProcesses)
                .hasMessageContaining("seed 0")
                .hasMessageContaining("threw java.lang.IllegalStateException: boom");
    }
}
