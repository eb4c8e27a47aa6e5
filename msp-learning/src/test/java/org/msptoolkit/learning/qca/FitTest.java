package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FitTest {
    private static final double[] X = {1, 0.6, 0.2, 0};
    private static final double[] Y = {0.9, 0.4, 0.5, 0.1};

    @Test
    void sufficiencyByHand() {
        // min(X,Y) = .9 .4 .2 0 -> 1.5 ; ΣX = 1.8 ; ΣY = 1.9 ; min(X,Y,1-Y) = .1 .4 .2 0 -> 0.7
        SufficiencyFit f = SufficiencyFit.of(X, Y);
        assertThat(f.inclS()).isCloseTo(1.5 / 1.8, within(1e-12));
        assertThat(f.pri()).isCloseTo(0.8 / 1.1, within(1e-12));
        assertThat(f.covS()).isCloseTo(1.5 / 1.9, within(1e-12));
    }

    @Test
    void necessityByHand() {
        // Σ(1-X) = 0 + .4 + .8 + 1 = 2.2 ; Σ(1-min) = .1 + .6 + .8 + 1 = 2.5
        NecessityFit f = NecessityFit.of(X, Y);
        assertThat(f.inclN()).isCloseTo(1.5 / 1.9, within(1e-12));
        assertThat(f.covN()).isCloseTo(1.5 / 1.8, within(1e-12));
        assertThat(f.roN()).isCloseTo(2.2 / 2.5, within(1e-12));
    }

    @Test
    void expressionsOnACaseTable() {
        CaseTable t = CaseTable.of(List.of("a", "b", "c", "d"), List.of("A", "B", "Y"), new double[][] {
            {1, 0.3, 0.9}, {0.6, 0.8, 0.4}, {0.2, 0.1, 0.5}, {0, 0.7, 0.1}
        });
        // A*~B: min(1,.7)=.7, min(.6,.2)=.2, min(.2,.9)=.2, 0 ; + ~A*B: 0, .4, .1, .7 -> max .7 .4 .2 .7
        double[] x = Expression.parse("A*~B + ~A*B", t).memberships(t);
        assertThat(x).containsExactly(new double[] {0.7, 0.4, 0.2, 0.7}, within(1e-12));
        SufficiencyFit f = Qca.sufficiency("A*~B + ~A*B", t, "Y");
        // min(X,Y) = .7 .4 .2 .1 = 1.4 ; ΣX = 2.0 ; ΣY = 1.9
        assertThat(f.inclS()).isCloseTo(1.4 / 2.0, within(1e-12));
        assertThat(f.covS()).isCloseTo(1.4 / 1.9, within(1e-12));
        assertThat(Qca.necessity("A", t, "Y").inclN()).isCloseTo((0.9 + 0.4 + 0.2 + 0) / 1.9, within(1e-12));
    }

    @Test
    void parserWritesQcaNotationAndNamesErrorPositions() {
        List<Condition> cs = List.of(
                Condition.binary("DEV"),
                Condition.binary("URB"),
                Condition.binary("IND"),
                Condition.binary("STB"),
                new Condition("POL", 3));
        assertThat(Expression.parse("DEV*~IND + URB*STB", cs)).hasToString("DEV*~IND + URB*STB");
        assertThat(Expression.parse(" STB * DEV+POL[2]", cs)).hasToString("DEV*STB + POL[2]");
        assertThat(Expression.parse("DEV[0]*IND[1]", cs)).hasToString("~DEV*IND");
        assertThatThrownBy(() -> Expression.parse("DEV*+URB", cs))
                .isInstanceOf(QcaException.class)
                .hasMessageContaining("position 5");
        assertThatThrownBy(() -> Expression.parse("DEV*FOO + BAR", cs))
                .isInstanceOf(QcaException.class)
                .satisfies(e -> assertThat(((QcaException) e).problems()).hasSize(2))
                .hasMessageContaining("position 5")
                .hasMessageContaining("'FOO'")
                .hasMessageContaining("position 11");
        assertThatThrownBy(() -> Expression.parse("POL*DEV", cs)).hasMessageContaining("POL[1]");
        assertThatThrownBy(() -> Expression.parse("DEV[", cs)).hasMessageContaining("position");
    }
}
