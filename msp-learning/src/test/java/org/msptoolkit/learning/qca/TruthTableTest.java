package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TruthTableTest {

    @Test
    void crispLipsetRowsNumbersAndCases() {
        CaseTable lc = Lipset.table("LC.csv");
        TruthTable tt = TruthTable.builder(lc, "SURV").build();
        assertThat(tt.rows())
                .extracting(TruthTableRow::number)
                .containsExactly(1L, 2L, 5L, 6L, 22L, 23L, 24L, 31L, 32L);
        TruthTableRow r32 = tt.rows().get(8);
        assertThat(r32.values()).containsExactly(1, 1, 1, 1, 1);
        assertThat(r32.cases()).containsExactly("BE", "CZ", "NL", "UK");
        assertThat(r32.outcome()).isEqualTo(RowOutcome.POSITIVE);
        assertThat(r32.inclS().getAsDouble()).isEqualTo(1.0);
        TruthTableRow r1 = tt.rows().get(0);
        assertThat(r1.cases()).containsExactly("GR", "PT", "ES");
        assertThat(r1.n()).isEqualTo(3);
        assertThat(r1.outcome()).isEqualTo(RowOutcome.NEGATIVE);
        assertThat(tt.rows())
                .filteredOn(r -> r.outcome() == RowOutcome.POSITIVE)
                .extracting(TruthTableRow::number)
                .containsExactly(22L, 24L, 32L);
    }

    @Test
    void completeTableListsRemainders() {
        CaseTable lc = Lipset.table("LC.csv");
        TruthTable tt = TruthTable.builder(lc, "SURV").complete(true).build();
        assertThat(tt.rows()).hasSize(32);
        assertThat(tt.rows())
                .filteredOn(r -> r.outcome() == RowOutcome.REMAINDER)
                .hasSize(23)
                .allSatisfy(r -> assertThat(r.inclS()).isEmpty());
        assertThat(tt.rows().get(2).values()).containsExactly(0, 0, 0, 1, 0); // row 3
    }

    private static CaseTable contradictory() {
        // A B -> Y ; row 4 (11) has 2 of 3 cases with the outcome, row 3 (10) has 1 of 1, row 2 (01) 0 of 2
        return CaseTable.of(List.of("p1", "p2", "p3", "p4", "p5", "p6"), List.of("A", "B", "Y"), new double[][] {
            {1, 1, 1}, {1, 1, 1}, {1, 1, 0}, {1, 0, 1}, {0, 1, 0}, {0, 1, 0}
        });
    }

    @Test
    void twoInclusionCutsMarkContradictions() {
        TruthTable one = TruthTable.builder(contradictory(), "Y").build();
        assertThat(one.rows()).extracting(r -> r.outcome().code()).containsExactly("0", "1", "0");
        TruthTable two =
                TruthTable.builder(contradictory(), "Y").inclusionCut(1, 0.6).build();
        assertThat(two.rows()).extracting(r -> r.outcome().code()).containsExactly("0", "1", "C");
        assertThat(two.rows().get(2).inclS().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        // PRI for crisp rows equals incl: (2 - 0) / (3 - 0)
        assertThat(two.rows().get(2).pri().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void frequencyCutTurnsRareRowsIntoRemainders() {
        TruthTable tt = TruthTable.builder(contradictory(), "Y").frequencyCut(2).build();
        assertThat(tt.rows()).extracting(r -> r.outcome().code()).containsExactly("0", "?", "0");
    }

    @Test
    void fuzzyRowsUseAllCasesForInclusionAndPri() {
        // two fuzzy cases; row 2 (A=0,B=1) gets case f1 (A=0.2,B=0.7)
        CaseTable t = CaseTable.of(
                List.of("f1", "f2"), List.of("A", "B", "Y"), new double[][] {{0.2, 0.7, 0.6}, {0.4, 0.9, 0.3}});
        TruthTable tt = TruthTable.builder(t, "Y").inclusionCut(0.8).build();
        assertThat(tt.rows()).hasSize(1);
        TruthTableRow r = tt.rows().get(0);
        assertThat(r.number()).isEqualTo(2);
        assertThat(r.cases()).containsExactly("f1", "f2");
        // memberships in ~A*B: f1 min(0.8,0.7)=0.7, f2 min(0.6,0.9)=0.6
        // incl = (min(.7,.6)+min(.6,.3)) / 1.3 = 0.9/1.3 ; PRI = (0.9 - (min(.6,.4)+min(.3,.7))) / (1.3 - 0.7)
        assertThat(r.inclS().getAsDouble()).isCloseTo(0.9 / 1.3, within(1e-12));
        assertThat(r.pri().getAsDouble()).isCloseTo((0.9 - 0.7) / (1.3 - 0.7), within(1e-12));
        assertThat(r.outcome()).isEqualTo(RowOutcome.NEGATIVE);
    }

    @Test
    void multiValueRowsUseMixedRadixNumbers() {
        CaseTable lm = Lipset.table("LM.csv");
        TruthTable tt = TruthTable.builder(lm, "SURV").build();
        assertThat(tt.conditions().get(0).levels()).isEqualTo(3);
        // BE = 2,1,1,1,1 -> 1 + 2*16 + 15 = 48
        assertThat(tt.rows())
                .filteredOn(r -> r.cases().contains("BE"))
                .extracting(TruthTableRow::number)
                .containsExactly(48L);
        assertThat(tt.rows())
                .filteredOn(r -> r.cases().contains("CZ"))
                .extracting(TruthTableRow::number)
                .containsExactly(32L);
    }

    @Test
    void badInputIsReportedAllAtOnce() {
        CaseTable lc = CaseTable.of(List.of("a"), List.of("A", "Y"), new double[][] {{0.5, 1.5}});
        assertThatThrownBy(() -> TruthTable.builder(lc, "Y")
                        .conditions("A", "NOPE")
                        .inclusionCut(1.2)
                        .build())
                .isInstanceOf(QcaException.class)
                .satisfies(e -> assertThat(((QcaException) e).problems()).hasSize(3))
                .hasMessageContaining("NOPE")
                .hasMessageContaining("1.5")
                .hasMessageContaining("1.2");
    }

    @Test
    void textShowsRowsInQcaLayout() {
        CaseTable lc = Lipset.table("LC.csv");
        String text = TruthTable.builder(lc, "SURV").build().toText();
        assertThat(text)
                .contains("DEV URB LIT IND STB  OUT")
                .contains("BE,CZ,NL,UK")
                .contains("32 ");
    }
}
