package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Hand-derived values for every normalisation on small vectors with a missing value and ties. */
class NormalisationTest {
    private static final double NA = Double.NaN;
    private static final List<String> UNITS = List.of("A", "B", "C", "D", "E");
    /** 1, 3, NA, 3, 5: a tie (B, D) and a missing value (C). */
    private static final double[] X = {1, 3, NA, 3, 5};

    private static double[] run(Normalisation n, double[] x, int direction, OptionalDouble target) {
        double[] adjusted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            adjusted[i] = x[i] * direction;
        }
        return n.normalise(adjusted, new NormalisationContext("x", direction, target, UNITS));
    }

    private static double[] run(Normalisation n, int direction) {
        return run(n, X, direction, OptionalDouble.empty());
    }

    private static void expect(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("value %d", i).isNaN();
            } else {
                assertThat(actual[i]).as("value %d", i).isCloseTo(expected[i], within(1e-12));
            }
        }
    }

    @Test
    void minMaxMapsOntoTheInterval() {
        expect(run(Normalisation.minMax(0, 100), 1), 0, 50, NA, 50, 100);
        expect(run(Normalisation.minMax(1, 100), 1), 1, 50.5, NA, 50.5, 100);
    }

    @Test
    void negativeDirectionFlipsMinMax() {
        // (max − x)/(max − min)·100 on the original values
        expect(run(Normalisation.minMax(0, 100), -1), 100, 50, NA, 50, 0);
    }

    @Test
    void constantIndicatorGivesNaNLikeCoinr() {
        expect(
                run(Normalisation.minMax(), new double[] {2, 2, 2, NA, 2}, 1, OptionalDouble.empty()),
                NA,
                NA,
                NA,
                NA,
                NA);
    }

    @Test
    void zScoreUsesSampleStandardDeviation() {
        // mean 3, sd = sqrt(8/3); (1 − 3)/sd = −sqrt(3/2)
        double z = Math.sqrt(1.5);
        expect(run(Normalisation.zScore(), 1), -z, 0, NA, 0, z);
        expect(run(Normalisation.zScore(10, 2), 1), 10 - 2 * z, 10, NA, 10, 10 + 2 * z);
        expect(run(Normalisation.zScore(), -1), z, 0, NA, 0, -z);
    }

    @Test
    void ranksUseMinForTiesAndKeepMissing() {
        expect(run(Normalisation.rank(), 1), 1, 2, NA, 2, 4);
        expect(run(Normalisation.borda(), 1), 0, 1, NA, 1, 3);
        expect(run(Normalisation.percentRank(), 1), 0, 1.0 / 3, NA, 1.0 / 3, 1);
        expect(run(Normalisation.rank(), -1), 4, 2, NA, 2, 1);
    }

    @Test
    void fractionAndDistanceToMax() {
        expect(run(Normalisation.fractionOfMax(), 1), 0.2, 0.6, NA, 0.6, 1);
        expect(run(Normalisation.distanceToMax(), 1), 0, 0.5, NA, 0.5, 1);
        // direction −1: x' = −x, max −1, min −5
        expect(run(Normalisation.distanceToMax(), -1), 1, 0.5, NA, 0.5, 0);
    }

    @Test
    void distanceToReferenceUnit() {
        // reference D = 3: 1 − (3 − x)/(3 − 1)
        expect(run(Normalisation.distanceToReference("D", false), 1), 0, 1, NA, 1, 2);
        expect(run(Normalisation.distanceToReference("D", true), 1), 0, 1, NA, 1, 1);
    }

    @Test
    void distanceToTargetBothDirections() {
        expect(
                run(Normalisation.distanceToTarget(false), X, 1, OptionalDouble.of(4)),
                0,
                2.0 / 3,
                NA,
                2.0 / 3,
                4.0 / 3);
        expect(run(Normalisation.distanceToTarget(true), X, 1, OptionalDouble.of(4)), 0, 2.0 / 3, NA, 2.0 / 3, 1);
        // lower is better, target 2: (max − x)/(max − target)
        expect(
                run(Normalisation.distanceToTarget(false), X, -1, OptionalDouble.of(2)),
                4.0 / 3,
                2.0 / 3,
                NA,
                2.0 / 3,
                0);
    }

    @Test
    void goalpostsInOwnUnits() {
        expect(run(Normalisation.goalposts(0, 4, 1, true), 1), 0.25, 0.75, NA, 0.75, 1);
        expect(run(Normalisation.goalposts(0, 4, 100, false), 1), 25, 75, NA, 75, 125);
        // lower is better: (u − x)/(u − l)
        expect(run(Normalisation.goalposts(0, 4, 1, true), -1), 0.75, 0.25, NA, 0.25, 0);
    }

    @Test
    void scaledAndNone() {
        expect(run(Normalisation.scaled(0, 10), 1), 10, 30, NA, 30, 50);
        expect(run(Normalisation.none(), -1), -1, -3, NA, -3, -5);
    }

    @Test
    void normalisationsRecordTheirParameters() {
        assertThat(Normalisation.minMax(1, 100)).hasToString("minMax(1.0, 100.0)");
        assertThat(Normalisation.zScore(10, 2)).isEqualTo(Normalisation.zScore(10, 2));
        assertThat(Normalisation.percentRank()).hasToString("percentRank()");
    }

    @Test
    void parametersFromMetadataOverrideTheTemplate() {
        NormalisationContext c = new NormalisationContext(
                "x",
                1,
                OptionalDouble.empty(),
                UNITS,
                java.util.Map.of("goalpost_lower", 1.0, "goalpost_upper", 3.0, "goalpost_trunc2posts", 0.0));
        // (x − 1)/(3 − 1)·100, not truncated; the scale comes from the template
        expect(
                Normalisation.fromMetadata(Normalisation.goalposts(0, 10, 100, true))
                        .normalise(X, c),
                0,
                100,
                NA,
                100,
                200);
        NormalisationContext m =
                new NormalisationContext("x", 1, OptionalDouble.empty(), UNITS, java.util.Map.of("minmax_upper", 10.0));
        expect(Normalisation.fromMetadata(Normalisation.minMax(0, 100)).normalise(X, m), 0, 5, NA, 5, 10);
        expect(Normalisation.fromMetadata(Normalisation.rank()).normalise(X, m), 1, 2, NA, 2, 4);
    }
}
