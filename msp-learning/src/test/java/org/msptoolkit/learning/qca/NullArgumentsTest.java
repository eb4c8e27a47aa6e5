package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A null argument throws {@link NullPointerException} naming the parameter (the package's documented contract). */
class NullArgumentsTest {
    private static final CaseTable DATA = CaseTable.parseCsv("case,A,OUT\nx,1,1\ny,0,0\n", "t.csv");

    @Test
    void qcaEntryPoints() {
        TruthTable tt = TruthTable.builder(DATA, "OUT").build();
        assertThatNullPointerException()
                .isThrownBy(() -> Qca.minimise(null, MinimiseOptions.conservative()))
                .withMessage("table");
        assertThatNullPointerException()
                .isThrownBy(() -> Qca.minimise(tt, null))
                .withMessage("options");
        assertThatNullPointerException()
                .isThrownBy(() -> Qca.sufficiency(null, DATA, "OUT"))
                .withMessage("expression");
        assertThatNullPointerException()
                .isThrownBy(() -> Qca.sufficiency("A", null, "OUT"))
                .withMessage("data");
        assertThatNullPointerException()
                .isThrownBy(() -> Qca.necessity("A", DATA, null))
                .withMessage("outcome");
    }

    @Test
    void tablesAndBuilders() {
        assertThatNullPointerException()
                .isThrownBy(() -> TruthTable.builder(null, "OUT"))
                .withMessage("data");
        assertThatNullPointerException()
                .isThrownBy(() -> TruthTable.builder(DATA, null))
                .withMessage("outcome");
        assertThatNullPointerException()
                .isThrownBy(() -> TruthTable.builder(DATA, "OUT").conditions((List<String>) null))
                .withMessage("names");
        assertThatNullPointerException().isThrownBy(() -> DATA.column(null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> DATA.indexOf(null)).withMessage("name");
        assertThatNullPointerException()
                .isThrownBy(() -> DATA.withColumn("B", null))
                .withMessage("column");
        assertThatNullPointerException()
                .isThrownBy(() -> CaseTable.of(null, List.of(), new double[0][]))
                .withMessage("caseIds");
    }

    @Test
    void calibration() {
        Calibration c = Calibration.logistic(0, 5, 10);
        assertThatNullPointerException()
                .isThrownBy(() -> c.apply((double[]) null))
                .withMessage("raw");
        assertThatNullPointerException()
                .isThrownBy(() -> c.apply(null, "A", "S"))
                .withMessage("table");
        assertThatNullPointerException()
                .isThrownBy(() -> c.apply(DATA, null, "S"))
                .withMessage("rawColumn");
        assertThatNullPointerException()
                .isThrownBy(() -> c.apply(DATA, "A", null))
                .withMessage("setName");
        assertThatNullPointerException()
                .isThrownBy(() -> Calibration.crisp((double[]) null))
                .withMessage("thresholds");
    }
}
