package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndicatorTest {
    private static Indicator.Builder base() {
        return Indicator.builder("t.x", "X")
                .principles(Principle.EQUITY)
                .unit("share")
                .formula("f")
                .source("s")
                .measuredBy((p, c) -> Measurement.notMeasurable("never"));
    }

    @Test
    void builderListsEverythingMissingAtOnce() {
        assertThatThrownBy(() -> Indicator.builder("t.x", "X").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("indicator t.x is missing: at least one principle or criterion, unit, scale, direction, "
                        + "formula, source, measuring function (measuredBy)");
    }

    @Test
    void idsAreKebabCaseWithOptionalNamespaces() {
        assertThat(IndicatorId.of("acme.volunteer-hours").value()).isEqualTo("acme.volunteer-hours");
        assertThatThrownBy(() -> IndicatorId.of("Women Share")).hasMessageContaining("got \"Women Share\"");
    }

    @Nested
    class Normalisation {
        @Test
        void higherAndLowerAreLinearOnABoundedScale() {
            Indicator up = base().scale(Scale.of(0, 4))
                    .direction(Direction.HIGHER_IS_BETTER)
                    .build();
            Indicator down = base().scale(Scale.UNIT)
                    .direction(Direction.LOWER_IS_BETTER)
                    .build();
            assertThat(up.normalise(3).getAsDouble()).isEqualTo(0.75);
            assertThat(down.normalise(0.28).getAsDouble()).isCloseTo(0.72, within(1e-12));
            assertThat(up.normalise(9).getAsDouble()).isEqualTo(1.0);
        }

        @Test
        void targetIsOneInsideTheBandAndFallsLinearlyOutside() {
            Indicator women =
                    base().scale(Scale.UNIT).target(Scale.of(0.4, 0.6)).build();
            assertThat(women.normalise(0.5).getAsDouble()).isEqualTo(1.0);
            assertThat(women.normalise(0.2).getAsDouble()).isCloseTo(0.5, within(1e-12)); // 0.2 / 0.4
            assertThat(women.normalise(0.9).getAsDouble()).isCloseTo(0.25, within(1e-12)); // (1 - .9) / (1 - .6)
        }

        @Test
        void anOpenScaleUsesTheBandOrCannotBeNormalised() {
            Indicator delay =
                    base().scale(Scale.atLeast(0)).target(Scale.of(0, 21)).build();
            assertThat(delay.normalise(25).getAsDouble()).isCloseTo(0.84, within(1e-12)); // 21 / 25
            Indicator count = base().scale(Scale.atLeast(0))
                    .direction(Direction.HIGHER_IS_BETTER)
                    .build();
            assertThat(count.normalise(5)).isEmpty();
        }
    }

    @Test
    void measurementsNameTheirValueOrReason() {
        assertThat(Measurement.of(0.75).withCoverage(1, 2)).hasToString("0.75 (coverage 50%)");
        assertThat(Measurement.notMeasurable("no decisions recorded"))
                .hasToString("not measurable: no decisions recorded");
        assertThatThrownBy(() -> Measurement.of(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Measurement.of(1).withCoverage(1.5)).hasMessageContaining("between 0 and 1");
        assertThat(Measurement.of(1).withEvidence("a", 1, "x"))
                .isEqualTo(Measurement.of(1).withEvidence("a", 1, "x"));
    }

    @Test
    void principlesKeepTheBooksOrderAndConfidence() {
        assertThat(Principle.values()).hasSize(15);
        assertThat(Principle.parse("10")).isEqualTo(Principle.PARTICIPATION_AND_ENGAGEMENT);
        assertThat(Principle.parse("voices-not-votes").confidence()).isEqualTo(SourceConfidence.PARTLY_CONFIRMED);
        assertThat(Principle.TRANSPARENCY.confidence()).isEqualTo(SourceConfidence.BACKGROUND);
        assertThatThrownBy(() -> Principle.parse("fairness")).hasMessageContaining("got \"fairness\"");
    }

    @Test
    void theAssessmentDayIsExplicitOrTheLastActivity() {
        assertThat(EvaluationContext.defaults().assessmentDay(Fixtures.townForum()))
                .hasValue(java.time.LocalDate.of(2024, 9, 2));
        assertThat(EvaluationContext.asOf("2020-01-01").assessmentDay(Fixtures.townForum()))
                .hasValue(java.time.LocalDate.of(2020, 1, 1));
        assertThat(EvaluationContext.defaults().assessmentDay(Fixtures.empty())).isEmpty();
        assertThatThrownBy(() -> EvaluationContext.asOf("yesterday")).hasMessageContaining("got \"yesterday\"");
    }
}
