package org.msptoolkit.learning.internal.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Packed configurations and cubes. Row numbers follow R QCA (qca-methods.md): 1 + the mixed-radix
 * value of the configuration, first condition most significant.
 */
class EncodingTest {
    /** DEV, URB, LIT, IND, STB. */
    private static final Encoding CRISP = new Encoding(new int[] {2, 2, 2, 2, 2});
    /** The multi-value Lipset table: DEV has 3 levels. */
    private static final Encoding MULTI = new Encoding(new int[] {3, 2, 2, 2, 2});

    @Test
    void crispRowNumbersFollowQca() {
        assertThat(CRISP.rowNumber(CRISP.encode(new int[] {0, 0, 0, 0, 0}))).isEqualTo(1);
        assertThat(CRISP.rowNumber(CRISP.encode(new int[] {0, 0, 0, 0, 1}))).isEqualTo(2); // only STB
        assertThat(CRISP.rowNumber(CRISP.encode(new int[] {1, 1, 1, 1, 1}))).isEqualTo(32);
        assertThat(CRISP.rowNumber(CRISP.encode(new int[] {1, 0, 1, 1, 0}))).isEqualTo(23); // 10110 = 22
        assertThat(CRISP.space()).isEqualTo(32);
        assertThat(CRISP.binary()).isTrue();
    }

    @Test
    void multiValueRowNumbersAreMixedRadix() {
        // row = 1 + 16·DEV + 8·URB + 4·LIT + 2·IND + STB
        assertThat(MULTI.rowNumber(MULTI.encode(new int[] {2, 1, 0, 0, 1}))).isEqualTo(42);
        assertThat(MULTI.rowNumber(MULTI.encode(new int[] {1, 0, 0, 0, 0}))).isEqualTo(17);
        assertThat(MULTI.space()).isEqualTo(48);
        assertThat(MULTI.binary()).isFalse();
        assertThat(MULTI.levels(0)).isEqualTo(3);
        assertThat(MULTI.k()).isEqualTo(5);
    }

    @Test
    void fromRowNumberInvertsRowNumber() {
        for (long row = 1; row <= 48; row++) {
            assertThat(MULTI.rowNumber(MULTI.fromRowNumber(row))).isEqualTo(row);
        }
        long c = MULTI.fromRowNumber(42);
        int[] values = new int[5];
        for (int j = 0; j < 5; j++) {
            values[j] = MULTI.value(c, j);
        }
        assertThat(values).containsExactly(2, 1, 0, 0, 1);
    }

    @Test
    void fieldsAreAsWideAsTheLevelsNeed() {
        // DEV needs 2 bits (values 0..2) at bit 0, URB 1 bit at bit 2, LIT at bit 3, …
        assertThat(MULTI.field(0)).isEqualTo(0b11);
        assertThat(MULTI.field(1)).isEqualTo(0b100);
        assertThat(MULTI.fields(0b101)).isEqualTo(0b1011); // DEV and LIT
        assertThat(MULTI.place(1, 1)).isEqualTo(0b100);
        assertThat(MULTI.place(0, 2)).isEqualTo(0b10);
        assertThat(MULTI.encode(new int[] {2, 1, 0, 0, 1})).isEqualTo(0b1_0_0_1_10);
    }

    @Test
    void termSizesMultiplyTheFreeLevels() {
        assertThat(MULTI.size(0)).isEqualTo(48);
        assertThat(MULTI.size(0b1)).isEqualTo(16); // DEV fixed: 2^4
        assertThat(MULTI.size(0b10)).isEqualTo(24); // URB fixed: 3·2^3
        assertThat(MULTI.size(0b11111)).isEqualTo(1);
    }

    @Test
    void tooManyBitsOrConditionsAreRejected() {
        int[] thirtyOne = new int[31];
        Arrays.fill(thirtyOne, 2);
        assertThatIllegalArgumentException().isThrownBy(() -> new Encoding(thirtyOne));
        int[] wide = new int[11];
        Arrays.fill(wide, 64); // 11 fields of 6 bits = 66 bits
        assertThatIllegalArgumentException().isThrownBy(() -> new Encoding(wide));
        int[] thirty = new int[30];
        Arrays.fill(thirty, 2);
        assertThat(new Encoding(thirty).space()).isEqualTo(1L << 30);
    }

    @Test
    void cubesCoverTheirConfigurationsAndContainSmallerCubes() {
        Encoding abc = new Encoding(new int[] {2, 2, 2});
        Cube a = new Cube(0b001, 0b001); // A
        Cube aNotB = new Cube(0b011, 0b001); // A*~B
        Cube notA = new Cube(0b001, 0b000); // ~A
        assertThat(a.complexity()).isEqualTo(1);
        assertThat(aNotB.complexity()).isEqualTo(2);
        assertThat(a.covers(abc, 0b101)).isTrue(); // A=1, B=0, C=1
        assertThat(a.covers(abc, 0b100)).isFalse();
        assertThat(aNotB.covers(abc, 0b011)).isFalse(); // B=1
        assertThat(a.contains(abc, aNotB)).isTrue();
        assertThat(aNotB.contains(abc, a)).isFalse();
        assertThat(notA.contains(abc, aNotB)).isFalse();
        assertThat(new Cube(0, 0).contains(abc, aNotB)).isTrue(); // the tautology
        assertThat(new Cube(0b011, 0b001)).isEqualTo(aNotB).hasSameHashCodeAs(aNotB);
    }
}
