package org.msptoolkit.governance.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Textbook apportionment examples worked by hand (after Wikipedia's D'Hondt, Sainte-Laguë and largest remainder pages). */
class ApportionmentTest {
    static Map<String, Long> sizes(Object... groupAndSize) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < groupAndSize.length; i += 2) {
            m.put((String) groupAndSize[i], ((Number) groupAndSize[i + 1]).longValue());
        }
        return m;
    }

    static final Map<String, Long> FOUR = sizes("A", 100_000, "B", 80_000, "C", 30_000, "D", 20_000);

    @Test
    void dHondtSevenSeats() {
        // Quotients in order: A 100k, B 80k, A 50k, B 40k, A 33.3k, C 30k, B 26.7k -> A3 B3 C1 D0.
        Allocation a = Apportionment.dHondt(7, FOUR);
        assertThat(a.seats())
                .containsExactly(Map.entry("A", 3), Map.entry("B", 3), Map.entry("C", 1), Map.entry("D", 0));
        // Shares in %: votes 43.478/34.783/13.043/8.696, seats 42.857/42.857/14.286/0.
        // Gallagher sqrt((0.6211² + 8.0745² + 1.2422² + 8.6957²)/2) = 8.448; Loosemore-Hanby 9.317.
        assertThat(a.gallagher()).isCloseTo(8.448, within(1e-3));
        assertThat(a.loosemoreHanby()).isCloseTo(9.317, within(1e-3));
    }

    @Test
    void sainteLagueSevenSeats() {
        // Divisors 1,3,5: A 100k, B 80k, A 33.3k, C 30k, B 26.7k, A 20k, D 20k -> A3 B2 C1 D1.
        Allocation a = Apportionment.sainteLague(7, FOUR);
        assertThat(a.seats())
                .containsExactly(Map.entry("A", 3), Map.entry("B", 2), Map.entry("C", 1), Map.entry("D", 1));
        assertThat(a.gallagher()).isLessThan(Apportionment.dHondt(7, FOUR).gallagher());
    }

    @Test
    void hamiltonTenSeats() {
        // Hare quota 10,000: quotas 4.7, 1.6, 1.58, 1.2, 0.61, 0.31 -> 4,1,1,1,0,0 and the 3 largest
        // remainders (.7 A, .61 E, .6 B) get one more: 5,2,1,1,1,0.
        Allocation a = Apportionment.hamilton(
                10, sizes("A", 47_000, "B", 16_000, "C", 15_800, "D", 12_000, "E", 6_100, "F", 3_100));
        assertThat(a.seats().values()).containsExactly(5, 2, 1, 1, 1, 0);
    }

    @Test
    void hamiltonShowsTheAlabamaParadox() {
        // Sizes 6, 6, 2: with 10 seats C gets 2 (remainder .429 beats .286); with 11 seats only 1.
        Map<String, Long> s = sizes("A", 6, "B", 6, "C", 2);
        assertThat(Apportionment.hamilton(10, s).seats().values()).containsExactly(4, 4, 2);
        assertThat(Apportionment.hamilton(11, s).seats().values()).containsExactly(5, 5, 1);
    }

    @Test
    void minimumAndMaximumSeats() {
        // D starts with its minimum seat (its next quotient is 20k/2); the six others go A, B, A, B, A, C.
        assertThat(Apportionment.allocate(
                                ApportionmentMethod.D_HONDT,
                                7,
                                FOUR,
                                SeatBounds.none().withMin("D", 1))
                        .seats()
                        .values())
                .containsExactly(3, 2, 1, 1);
        // A capped at 2: A, B, A, B, C, B and then B (80k/4) ties with D (20k/1): the larger group, B, wins.
        assertThat(Apportionment.allocate(
                                ApportionmentMethod.D_HONDT,
                                7,
                                FOUR,
                                SeatBounds.none().withMax("A", 2))
                        .seats()
                        .values())
                .containsExactly(2, 4, 1, 0);
        // Hamilton with A capped at 4: the other 6 seats by quota over 53,000: 1.81, 1.79, 1.36, 0.69, 0.35.
        Allocation h = Apportionment.allocate(
                ApportionmentMethod.HAMILTON,
                10,
                sizes("A", 47_000, "B", 16_000, "C", 15_800, "D", 12_000, "E", 6_100, "F", 3_100),
                SeatBounds.none().withMax("A", 4));
        assertThat(h.seats().values()).containsExactly(4, 2, 2, 1, 1, 0);
    }

    @Test
    void impossibleRequestsListEveryProblem() {
        assertThatThrownBy(() -> Apportionment.allocate(
                        ApportionmentMethod.D_HONDT,
                        2,
                        sizes("A", 10, "B", -1),
                        SeatBounds.none().withMin("A", 3).withMin("C", 1).withMax("A", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size of group B must be zero or more, got -1")
                .hasMessageContaining("minimum seats given for unknown group C")
                .hasMessageContaining("group A: minimum 3 seats is above its maximum 2")
                .hasMessageContaining("minimum seats add up to 3, more than the 2 seats");
    }
}
