package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.spi.IndicatorProvider;

class IndicatorRegistryTest {
    static Indicator constant(String id, double value) {
        return Indicator.builder(id, "Constant " + value)
                .principles(Principle.LEARNING)
                .unit("share")
                .scale(Scale.UNIT)
                .direction(Direction.HIGHER_IS_BETTER)
                .formula("constant")
                .source("test")
                .measuredBy((p, c) -> Measurement.of(value).withEvidence("id", 1, "constant"))
                .build();
    }

    static IndicatorProvider provider(String id, int priority, Indicator... indicators) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(indicators);
            }

            @Override
            public int priority() {
                return priority;
            }
        };
    }

    @Test
    void loadFindsTheBuiltinsThroughTheServiceLoader() {
        IndicatorRegistry r = IndicatorRegistry.load();
        assertThat(r.providers()).extracting(IndicatorRegistry.ProviderInfo::id).contains("msp-builtin");
        assertThat(r.find(BuiltinIndicators.WOMEN_SHARE)).isPresent();
        assertThat(r.toString()).startsWith("IndicatorRegistry: ").contains("msp-builtin");
    }

    @Test
    void ordersProvidersByPriorityThenIdAndKeepsEachProvidersOrder() {
        IndicatorRegistry r = IndicatorRegistry.of(
                provider("zeta", 0, constant("z.b", 1), constant("z.a", 1)),
                provider("alpha", 0, constant("a.x", 1)),
                provider("high", 5, constant("h.y", 1)));
        assertThat(r.ids()).extracting(IndicatorId::value).containsExactly("h.y", "a.x", "z.b", "z.a");
        IndicatorRegistry again = IndicatorRegistry.of(
                provider("high", 5, constant("h.y", 1)),
                provider("alpha", 0, constant("a.x", 1)),
                provider("zeta", 0, constant("z.b", 1), constant("z.a", 1)));
        assertThat(again.ids()).isEqualTo(r.ids());
    }

    @Test
    void rejectsDuplicateIndicatorIdsNamingBothProviders() {
        assertThatThrownBy(() -> IndicatorRegistry.of(
                        provider("one", 0, constant("x.same", 1)), provider("two", 0, constant("x.same", 2))))
                .isInstanceOf(IndicatorRegistryException.class)
                .hasMessageContaining("indicator id 'x.same' is offered by provider 'one' and by provider 'two'");
    }

    @Test
    void rejectsABuiltinIdOfferedAgainWithItsLocation() {
        IndicatorRegistryException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                IndicatorRegistryException.class,
                () -> IndicatorRegistry.of(
                        new org.msptoolkit.indicators.internal.builtin.BuiltinIndicatorProvider(),
                        provider("copycat", 0, constant("women-share", 1))));
        assertThat(e.problems()).extracting(Problem::code).containsExactly(Problem.DUPLICATE_ID);
        assertThat(e.problems().get(0).location()).isEqualTo("provider copycat: indicators[0]");
    }

    @Test
    void loadWithAnyClassLoaderAlwaysHasTheBuiltins() {
        ClassLoader bare = new ClassLoader(null) {};
        assertThat(IndicatorRegistry.load(bare).ids())
                .extracting(IndicatorId::value)
                .containsExactlyElementsOf(BuiltinIndicators.ids());
    }

    @Test
    void rejectsDuplicateProviderIdsAndReportsEveryProblemAtOnce() {
        IndicatorRegistryException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                IndicatorRegistryException.class,
                () -> IndicatorRegistry.of(
                        provider("p", 0, constant("a.a", 1)),
                        provider("p", 0, constant("b.b", 1)),
                        provider(" ", 0),
                        provider("q", 0, constant("a.a", 1))));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage())
                .contains(
                        "two providers have the id 'p'",
                        "must not be null or blank",
                        "offered by provider 'p' and by provider 'q'");
    }

    @Test
    void getNamesTheKnownIdsWhenOneIsMissing() {
        assertThatThrownBy(() -> IndicatorRegistry.builtin().get("no-such"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got \"no-such\"")
                .hasMessageContaining("women-share");
        assertThat(IndicatorRegistry.builtin().find("Not An Id")).isEmpty();
    }
}
