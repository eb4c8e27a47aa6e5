package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MinimiseTest {

    static Set<String> terms(Model m) {
        return m.terms().stream().map(t -> t.term().toString()).collect(Collectors.toSet());
    }

    static List<Set<String>> models(Solution s) {
        return s.models().stream().map(MinimiseTest::terms).toList();
    }

    @Test
    void crispLipsetParsimoniousIsDevAndStb() {
        TruthTable tt = TruthTable.builder(Lipset.table("LC.csv"), "SURV").build();
        Solution ps = Qca.minimise(tt, MinimiseOptions.parsimonious());
        assertThat(models(ps)).containsExactly(Set.of("DEV*STB"));
        assertThat(ps.models().get(0).fit().inclS()).isEqualTo(1.0);
        assertThat(ps.models().get(0).fit().covS()).isEqualTo(1.0);
        // remainders with DEV=1, STB=1 other than rows 22, 24, 32: 1xxx1 has 8 rows, 3 observed
        assertThat(ps.simplifyingAssumptions(0)).containsExactly(18L, 20L, 26L, 28L, 30L);
        Solution cs = Qca.minimise(tt, MinimiseOptions.conservative());
        assertThat(models(cs)).containsExactly(Set.of("DEV*~URB*LIT*STB", "DEV*LIT*IND*STB"));
        assertThat(cs.essentialPrimeImplicants())
                .extracting(Term::toString)
                .containsExactlyInAnyOrder("DEV*~URB*LIT*STB", "DEV*LIT*IND*STB");
        assertThat(cs.toText()).contains("M1: ").contains("<-> SURV");
    }

    @Test
    void fuzzyLipsetParsimoniousMatchesTheReference() {
        TruthTable tt = TruthTable.builder(Lipset.table("LF.csv"), "SURV")
                .inclusionCut(0.8)
                .build();
        Solution ps = Qca.minimise(tt, MinimiseOptions.parsimonious());
        assertThat(models(ps)).containsExactly(Set.of("DEV*~IND", "URB*STB"));
        SufficiencyFit fit = ps.models().get(0).fit();
        assertThat(fit.inclS()).isCloseTo(0.850, within(0.0005));
        assertThat(fit.pri()).isCloseTo(0.819, within(0.0005));
        assertThat(fit.covS()).isCloseTo(0.714, within(0.0005));
        // the model fit equals the fit of the parsed expression
        SufficiencyFit direct = Qca.sufficiency("DEV*~IND + URB*STB", tt.data(), "SURV");
        assertThat(direct.inclS()).isCloseTo(fit.inclS(), within(1e-12));
        assertThat(ps.toText()).contains("M1: DEV*~IND + URB*STB -> SURV").contains("0.850  0.819  0.714");
        assertThat(ps.toJson()).contains("\"terms\":[\"DEV*~IND\",\"URB*STB\"]");
    }

    /** The cyclic chart: positives are all configurations of A,B,C but 000 and 111. */
    private static TruthTable cyclic() {
        List<String> ids = new ArrayList<>();
        double[][] v = new double[8][];
        for (int r = 0; r < 8; r++) {
            ids.add("c" + r);
            int a = r >> 2 & 1;
            int b = r >> 1 & 1;
            int c = r & 1;
            v[r] = new double[] {a, b, c, r == 0 || r == 7 ? 0 : 1};
        }
        return TruthTable.builder(CaseTable.of(ids, List.of("A", "B", "C", "Y"), v), "Y")
                .build();
    }

    @Test
    void cyclicChartHasTwoMinimalModels() {
        for (MinimiseOptions o : List.of(MinimiseOptions.parsimonious(), MinimiseOptions.conservative())) {
            Solution s = Qca.minimise(cyclic(), o);
            assertThat(s.primeImplicants()).hasSize(6);
            assertThat(s.essentialPrimeImplicants()).isEmpty();
            assertThat(models(s))
                    .containsExactlyInAnyOrder(Set.of("~A*C", "B*~C", "A*~B"), Set.of("~A*B", "A*~C", "~B*C"));
            assertThat(s.models().get(0).terms())
                    .allSatisfy(t -> assertThat(t.covU()).isCloseTo(2.0 / 6, within(1e-12)));
        }
        Solution one = Qca.minimise(cyclic(), MinimiseOptions.parsimonious().withMaxModels(1));
        assertThat(one.models()).hasSize(1);
        assertThat(one.truncated()).isTrue();
    }

    @Test
    void rowDominanceDropsDominatedImplicants() {
        // positives 110, 111, 011 ; negatives 000, 100 ; remainders 001, 010, 101
        double[][] v = {{1, 1, 0, 1}, {1, 1, 1, 1}, {0, 1, 1, 1}, {0, 0, 0, 0}, {1, 0, 0, 0}};
        TruthTable tt = TruthTable.builder(
                        CaseTable.of(List.of("a", "b", "c", "d", "e"), List.of("A", "B", "C", "Y"), v), "Y")
                .build();
        Solution all = Qca.minimise(tt, MinimiseOptions.parsimonious());
        // PIs: B (covers all three), C (111, 011)
        assertThat(all.primeImplicants()).extracting(Term::toString).containsExactlyInAnyOrder("B", "C");
        assertThat(models(all)).containsExactly(Set.of("B"));
        Solution dom = Qca.minimise(tt, MinimiseOptions.parsimonious().withRowDominance());
        assertThat(dom.primeImplicants()).extracting(Term::toString).containsExactly("B");
    }

    /** Positive 101, negatives 000, 001, 011; remainders 010, 100, 110, 111. */
    private static TruthTable counterfactuals() {
        double[][] v = {{1, 0, 1, 1}, {0, 0, 0, 0}, {0, 0, 1, 0}, {0, 1, 1, 0}};
        return TruthTable.builder(CaseTable.of(List.of("p", "n1", "n2", "n3"), List.of("A", "B", "C", "Y"), v), "Y")
                .build();
    }

    @Test
    void intermediateSolutionUsesOnlyEasyCounterfactuals() {
        TruthTable tt = counterfactuals();
        assertThat(models(Qca.minimise(tt, MinimiseOptions.parsimonious()))).containsExactly(Set.of("A"));
        assertThat(models(Qca.minimise(tt, MinimiseOptions.conservative()))).containsExactly(Set.of("A*~B*C"));
        // expecting A, B, C present: 111 is easy (B moved to its expected value); 100 and 110 are difficult
        Solution is = Qca.minimise(tt, MinimiseOptions.intermediate("A", "B", "C"));
        assertThat(models(is)).containsExactly(Set.of("A*C"));
        assertThat(is.simplifyingAssumptions(0)).containsExactly(8L);
        assertThat(is.difficultCounterfactuals(0)).containsExactly(5L, 7L);
        // expecting A, ~B, ~C: 100 is easy, 110 and 111 difficult
        Solution is2 = Qca.minimise(tt, MinimiseOptions.intermediate("A", "~B", "~C"));
        assertThat(models(is2)).containsExactly(Set.of("A*~B"));
        assertThat(is2.simplifyingAssumptions(0)).containsExactly(5L);
        assertThat(is2.difficultCounterfactuals(0)).containsExactly(7L, 8L);
        assertThat(is2.toText())
                .contains("easy counterfactuals: [5]")
                .contains("difficult counterfactuals (not assumed): [7, 8]");
        // no expectations: nothing is easy, the intermediate equals the conservative solution
        assertThat(models(Qca.minimise(tt, MinimiseOptions.intermediate()))).containsExactly(Set.of("A*~B*C"));
        assertThatThrownBy(() -> Qca.minimise(tt, MinimiseOptions.intermediate("Z")))
                .hasMessageContaining("'Z'");
    }

    @Test
    void multiValueLipsetMinimises() {
        TruthTable tt = TruthTable.builder(Lipset.table("LM.csv"), "SURV").build();
        Solution ps = Qca.minimise(tt, MinimiseOptions.parsimonious());
        // every model must explain exactly the surviving cases and be fully consistent
        assertThat(ps.models()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.fit().inclS()).isEqualTo(1.0);
            assertThat(m.fit().covS()).isEqualTo(1.0);
        });
        assertThat(ps.models().get(0).toString()).contains("[");
    }

    @Test
    void noPositiveRowIsAClearError() {
        double[][] v = {{1, 0}, {0, 0}};
        TruthTable tt = TruthTable.builder(CaseTable.of(List.of("a", "b"), List.of("A", "Y"), v), "Y")
                .build();
        assertThatThrownBy(() -> Qca.minimise(tt, MinimiseOptions.parsimonious()))
                .isInstanceOf(QcaException.class)
                .hasMessageContaining("no positive row");
    }
}
