package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static final double EPS = 1e-12;

    @Test
    void logisticAnchorsGetFivePercentHalfAndNinetyFivePercent() {
        Calibration cal = Calibration.logistic(165, 175, 185);
        assertThat(cal.apply(165)).isCloseTo(0.05, within(EPS));
        assertThat(cal.apply(175)).isCloseTo(0.5, within(EPS));
        assertThat(cal.apply(185)).isCloseTo(0.95, within(EPS));
        assertThat(cal.apply(170)).isCloseTo(0.18660549686337, within(1e-12));
    }

    @Test
    void logisticAboveCrossoverUsesTheInclusionDistance() {
        // e=0, c=10, i=30: at x=20 (half way to i) the log-odds are ln(19)/2
        Calibration cal = Calibration.logistic(0, 10, 30);
        double expected = 1 / (1 + Math.exp(-Math.log(19) / 2));
        assertThat(cal.apply(20)).isCloseTo(expected, within(EPS));
    }

    @Test
    void decreasingSetMirrorsTheIncreasingOne() {
        Calibration dec = Calibration.logistic(185, 175, 165);
        assertThat(dec.apply(185)).isCloseTo(0.05, within(EPS));
        assertThat(dec.apply(175)).isCloseTo(0.5, within(EPS));
        assertThat(dec.apply(165)).isCloseTo(0.95, within(EPS));
        assertThat(dec.apply(180)).isCloseTo(0.18660549686337, within(1e-12));
    }

    @Test
    void inclusionDegreeIsConfigurable() {
        Calibration cal = Calibration.logistic(0, 5, 10, 0.99);
        assertThat(cal.apply(0)).isCloseTo(0.01, within(EPS));
        assertThat(cal.apply(10)).isCloseTo(0.99, within(EPS));
    }

    @Test
    void linearAndPowerShapes() {
        Calibration lin = Calibration.linear(0, 10, 30);
        assertThat(lin.apply(-5)).isZero();
        assertThat(lin.apply(5)).isCloseTo(0.25, within(EPS));
        assertThat(lin.apply(10)).isCloseTo(0.5, within(EPS));
        assertThat(lin.apply(20)).isCloseTo(0.75, within(EPS));
        assertThat(lin.apply(40)).isEqualTo(1);
        Calibration pow = Calibration.power(0, 10, 30, 2, 0.5);
        assertThat(pow.apply(5)).isCloseTo(0.125, within(EPS)); // (1/2)^2 / 2
        assertThat(pow.apply(20)).isCloseTo(1 - Math.sqrt(0.5) / 2, within(EPS));
        Calibration dec = Calibration.linear(30, 10, 0);
        assertThat(dec.apply(5)).isCloseTo(0.75, within(EPS));
        assertThat(dec.apply(35)).isZero();
    }

    @Test
    void bellRisesThenFalls() {
        Calibration bell = Calibration.bell(0, 10, 20, 30, 40, 50, false);
        assertThat(bell.apply(0)).isZero();
        assertThat(bell.apply(10)).isCloseTo(0.5, within(EPS));
        assertThat(bell.apply(25)).isEqualTo(1);
        assertThat(bell.apply(40)).isCloseTo(0.5, within(EPS));
        assertThat(bell.apply(45)).isCloseTo(0.25, within(EPS));
        assertThat(bell.apply(60)).isZero();
        Calibration lbell = Calibration.bell(0, 10, 20, 30, 40, 50, true);
        assertThat(lbell.apply(0)).isCloseTo(0.05, within(EPS));
        assertThat(lbell.apply(20)).isCloseTo(0.95, within(EPS));
        assertThat(lbell.apply(30)).isCloseTo(0.95, within(EPS));
        assertThat(lbell.apply(50)).isCloseTo(0.05, within(EPS));
    }

    @Test
    void crispWithOneOrMoreThresholds() {
        assertThat(Calibration.crisp(175).apply(175)).isEqualTo(1);
        assertThat(Calibration.crisp(175).apply(174.9)).isZero();
        Calibration mv = Calibration.crisp(550, 850);
        assertThat(mv.apply(new double[] {400, 550, 700, 900})).containsExactly(0, 1, 1, 2);
    }

    @Test
    void badAnchorsAreRejected() {
        assertThatThrownBy(() -> Calibration.logistic(10, 5, 20)).hasMessageContaining("e=10.0");
        assertThatThrownBy(() -> Calibration.logistic(0, 5, 10, 0.4)).hasMessageContaining("0.4");
        assertThatThrownBy(() -> Calibration.crisp(3, 2)).hasMessageContaining("increasing");
    }

    @Test
    void rawLipsetCalibratesToThePublishedFuzzyScores() {
        CaseTable raw = Lipset.table("LR.csv");
        CaseTable fuzzy = Lipset.table("LF.csv");
        double[][] anchors = {{400, 550, 900}, {25, 50, 65}, {50, 75, 90}, {20, 30, 40}};
        String[] names = {"DEV", "URB", "LIT", "IND"};
        // the published scores were cut to 2 decimals (sometimes down rather than rounded): within 0.01
        for (int c = 0; c < names.length; c++) {
            double[] got = Calibration.logistic(anchors[c][0], anchors[c][1], anchors[c][2])
                    .apply(raw.column(names[c]));
            double[] published = fuzzy.column(names[c]);
            for (int i = 0; i < got.length; i++) {
                assertThat(got[i]).as(names[c] + " of " + raw.caseIds().get(i)).isCloseTo(published[i], within(0.01));
            }
        }
    }
}
