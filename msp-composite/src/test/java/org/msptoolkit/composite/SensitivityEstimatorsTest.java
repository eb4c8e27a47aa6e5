package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimators reproduce the analytic indices of y = x1 + 2·x2 + 3·x3 (xi ~ U(0, 1)). */
class SensitivityEstimatorsTest {
    private static double[] evaluate(double[][] design) {
        double[] y = new double[design.length];
        for (int r = 0; r < design.length; r++) {
            y[r] = design[r][0] + 2 * design[r][1] + 3 * design[r][2];
        }
        return y;
    }

    @Test
    void linearModelGivesSquaredCoefficientShares() {
        double[] expected = {1 / 14.0, 4 / 14.0, 9 / 14.0};
        for (long seed = 1; seed <= 5; seed++) {
            int n = 20_000;
            double[][] design = SensitivityEstimators.saltelliDesign(n, 3, seed);
            List<SensitivityIndex> s =
                    SensitivityEstimators.estimate(evaluate(design), n, List.of("x1", "x2", "x3"), 200, seed);
            for (int i = 0; i < 3; i++) {
                // standard errors at N = 20 000 are below 0.01
                assertThat(s.get(i).firstOrder())
                        .as("Si of x%d, seed %d", i + 1, seed)
                        .isCloseTo(expected[i], within(0.03));
                assertThat(s.get(i).total())
                        .as("STi of x%d, seed %d", i + 1, seed)
                        .isCloseTo(expected[i], within(0.03));
                assertThat(s.get(i).firstOrderLow())
                        .isLessThanOrEqualTo(s.get(i).firstOrderHigh());
                assertThat(s.get(i).totalLow()).isLessThan(s.get(i).total() + 1e-12);
                assertThat(s.get(i).totalHigh()).isGreaterThan(s.get(i).total() - 1e-12);
            }
        }
    }

    @Test
    void bootstrapIntervalsCoverTheTruthMostOfTheTime() {
        int covered = 0;
        int trials = 0;
        for (long seed = 100; seed < 110; seed++) {
            int n = 2_000;
            double[][] design = SensitivityEstimators.saltelliDesign(n, 3, seed);
            List<SensitivityIndex> s =
                    SensitivityEstimators.estimate(evaluate(design), n, List.of("x1", "x2", "x3"), 300, seed);
            double[] expected = {1 / 14.0, 4 / 14.0, 9 / 14.0};
            for (int i = 0; i < 3; i++) {
                trials++;
                if (s.get(i).totalLow() <= expected[i]
                        && expected[i] <= s.get(i).totalHigh()) {
                    covered++;
                }
            }
        }
        // nominal 90 % intervals: expect well over half of 30 to cover
        assertThat(covered).as("covered %d of %d", covered, trials).isGreaterThanOrEqualTo(20);
    }

    @Test
    void designHasAbAndMixedRows() {
        double[][] x = SensitivityEstimators.saltelliDesign(4, 2, 9);
        assertThat(x).hasNumberOfRows(16);
        // AB_1 row r: column 0 from B, column 1 from A
        assertThat(x[2 * 4 + 1][0]).isEqualTo(x[4 + 1][0]);
        assertThat(x[2 * 4 + 1][1]).isEqualTo(x[1][1]);
        assertThat(x[3 * 4 + 2][1]).isEqualTo(x[4 + 2][1]);
        assertThat(x[3 * 4 + 2][0]).isEqualTo(x[2][0]);
    }
}
