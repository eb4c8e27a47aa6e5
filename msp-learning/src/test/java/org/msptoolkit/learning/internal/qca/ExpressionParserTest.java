package org.msptoolkit.learning.internal.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.qca.Condition;
import org.msptoolkit.learning.qca.Expression;
import org.msptoolkit.learning.qca.Literal;
import org.msptoolkit.learning.qca.QcaException;
import org.msptoolkit.learning.qca.Term;

/** QCA notation: {@code *} AND, {@code +} OR, {@code ~} NOT, parentheses, {@code X[v]}; errors at 1-based positions. */
class ExpressionParserTest {
    private static final Condition A = Condition.binary("A");
    private static final Condition B = Condition.binary("B");
    private static final Condition C = Condition.binary("C");
    private static final Condition D = Condition.binary("D");
    private static final List<Condition> ABCD = List.of(A, B, C, D);
    private static final List<Condition> LIPSET = List.of(
            Condition.binary("DEV"),
            Condition.binary("URB"),
            Condition.binary("LIT"),
            Condition.binary("IND"),
            Condition.binary("STB"));
    private static final Condition DEV3 = new Condition("DEV", 3);
    private static final List<Condition> MULTI = List.of(DEV3, Condition.binary("URB"));

    private static String parse(String text, List<Condition> conditions) {
        return ExpressionParser.parse(text, conditions).toString();
    }

    @Test
    void productsAndSumsOfLiterals() {
        Expression e = ExpressionParser.parse("A*~B + C", ABCD);
        assertThat(e.terms())
                .containsExactly(
                        new Term(List.of(new Literal(A, 1), new Literal(B, 0))), new Term(List.of(new Literal(C, 1))));
    }

    @Test
    void multiLetterConditionNames() {
        assertThat(parse("DEV*~IND + URB*STB", LIPSET)).isEqualTo("DEV*~IND + URB*STB");
    }

    @Test
    void namesMayHoldDigitsUnderscoresAndDots() {
        List<Condition> cs =
                List.of(Condition.binary("C01"), Condition.binary("gender_balance"), Condition.binary("x.y"));
        assertThat(parse("C01*~gender_balance + x.y", cs)).isEqualTo("C01*~gender_balance + x.y");
    }

    @Test
    void literalsFollowTheConditionOrderAndTermsTheGivenOrder() {
        assertThat(parse("STB*DEV + IND*~URB", LIPSET)).isEqualTo("DEV*STB + ~URB*IND");
    }

    @Test
    void blanksAreIgnored() {
        assertThat(parse("  DEV *  ~ IND+URB ", LIPSET)).isEqualTo("DEV*~IND + URB");
    }

    @Test
    void parenthesesDistributeOverSums() {
        assertThat(parse("A*(B + ~C)", ABCD)).isEqualTo("A*B + A*~C");
        assertThat(parse("(A + B)*(C + D)", ABCD)).isEqualTo("A*C + A*D + B*C + B*D");
        assertThat(parse("((A))", ABCD)).isEqualTo("A");
        assertThat(parse("(A + B) + C", ABCD)).isEqualTo("A + B + C");
    }

    @Test
    void negatedGroupsFollowDeMorgan() {
        assertThat(parse("~(A*B)", ABCD)).isEqualTo("~A + ~B");
        assertThat(parse("~(A + B)", ABCD)).isEqualTo("~A*~B");
        assertThat(parse("~(A*~B + C)", ABCD)).isEqualTo("~A*~C + B*~C");
        assertThat(parse("~~A", ABCD)).isEqualTo("A");
    }

    @Test
    void repeatedLiteralsAndTermsAreKeptOnce() {
        assertThat(parse("A*(A + B)", ABCD)).isEqualTo("A + A*B");
        assertThat(parse("B*A + A*B", ABCD)).isEqualTo("A*B");
    }

    @Test
    void aConditionAndItsNegationStayInOneTerm() {
        // For fuzzy sets A*~A is min(a, 1 − a), not 0, so it is kept.
        assertThat(parse("A*~A", ABCD)).isEqualTo("A*~A");
    }

    @Test
    void multiValueLiteralsNeedAValue() {
        assertThat(parse("DEV[2]*~URB + DEV[0]", MULTI)).isEqualTo("DEV[2]*~URB + DEV[0]");
        assertThat(parse("URB[0] + URB[1]", MULTI)).isEqualTo("~URB + URB");
        assertThat(parse("~URB[0]", MULTI)).isEqualTo("URB");
    }

    @Test
    void syntaxErrorsNameTheirPosition() {
        syntax("A*", ABCD, 3, "expected a condition name but the expression ended");
        syntax("A + * B", ABCD, 5, "expected a condition name but found '*'");
        syntax("A B", ABCD, 3, "expected '+', '*' or the end but found 'B'");
        syntax("A)", ABCD, 2, "expected '+', '*' or the end but found ')'");
        syntax("(A + B", ABCD, 7, "expected ')' to close '(' at position 1");
        syntax("A*(B + C", ABCD, 9, "expected ')' to close '(' at position 3");
        syntax("", ABCD, 1, "expected a condition name but the expression ended");
        syntax("DEV[", MULTI, 5, "expected a value after '[' at position 4");
        syntax("DEV[1", MULTI, 6, "expected ']'");
        syntax("DEV", MULTI, 1, "multi-value condition DEV needs a value, e.g. DEV[1]");
        syntax("~DEV[1]", MULTI, 1, "'~' cannot negate a value of multi-value condition DEV");
        syntax("URB + ~(DEV[1]*URB)", MULTI, 7, "'~' cannot negate a value of multi-value condition DEV");
    }

    @Test
    void aValueOutsideTheLevelsIsRejectedAtTheName() {
        assertThatThrownBy(() -> ExpressionParser.parse("URB + DEV[3]", MULTI))
                .isInstanceOfSatisfying(QcaException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).location()).isEqualTo("position 7");
                    assertThat(e.problems().get(0).code()).isEqualTo(QcaException.SYNTAX);
                    assertThat(e.problems().get(0).message()).startsWith("value 3 is not a level of");
                });
    }

    @Test
    void everyUnknownConditionIsReportedAtOnce() {
        assertThatThrownBy(() -> ExpressionParser.parse("A*X + ~(Y*B)", ABCD))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::location, Problem::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("position 3", QcaException.UNKNOWN_NAME),
                                        org.assertj.core.groups.Tuple.tuple("position 9", QcaException.UNKNOWN_NAME)))
                .hasMessageContaining("unknown condition 'X'")
                .hasMessageContaining("unknown condition 'Y'");
    }

    @Test
    void publicParseChecksItsArguments() {
        assertThatNullPointerException()
                .isThrownBy(() -> Expression.parse(null, ABCD))
                .withMessage("text");
        assertThatNullPointerException()
                .isThrownBy(() -> Expression.parse("A", (List<Condition>) null))
                .withMessage("conditions");
    }

    private static void syntax(String text, List<Condition> conditions, int position, String message) {
        assertThatThrownBy(() -> ExpressionParser.parse(text, conditions))
                .as(text)
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(Problem.of("position " + position, QcaException.SYNTAX, message)));
    }
}
