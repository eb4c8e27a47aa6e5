package org.msptoolkit.governance.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over seeded random constituencies: totals, bounds, house monotonicity, quota. */
class ApportionmentPropertiesTest {
    static Map<String, Long> randomSizes(Random r) {
        int n = 2 + r.nextInt(7);
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("g" + i, (long) r.nextInt(r.nextBoolean() ? 100 : 1_000_000));
        }
        m.put("g0", m.get("g0") + 1); // at least one non-empty group
        return m;
    }

    @Test
    void divisorMethodsAreHouseMonotone() {
        for (long seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            Map<String, Long> sizes = randomSizes(r);
            for (ApportionmentMethod m :
                    new ApportionmentMethod[] {ApportionmentMethod.D_HONDT, ApportionmentMethod.SAINTE_LAGUE}) {
                Allocation prev = Apportionment.allocate(m, 0, sizes, SeatBounds.none());
                for (int house = 1; house <= 40; house++) {
                    Allocation next = Apportionment.allocate(m, house, sizes, SeatBounds.none());
                    for (String g : sizes.keySet()) {
                        assertThat(next.seatsOf(g))
                                .as("seed %d, %s, group %s, house %d", seed, m, g, house)
                                .isGreaterThanOrEqualTo(prev.seatsOf(g));
                    }
                    assertThat(next.seats().values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum())
                            .as("seed %d total", seed)
                            .isEqualTo(house);
                    prev = next;
                }
            }
        }
    }

    @Test
    void hamiltonStaysWithinQuota() {
        for (long seed = 0; seed < 500; seed++) {
            Random r = new Random(seed);
            Map<String, Long> sizes = randomSizes(r);
            int house = r.nextInt(60);
            Allocation a = Apportionment.hamilton(house, sizes);
            double total = sizes.values().stream().mapToLong(Long::longValue).sum();
            int sum = 0;
            for (var e : sizes.entrySet()) {
                double quota = e.getValue() * house / total;
                int s = a.seatsOf(e.getKey());
                sum += s;
                assertThat(s)
                        .as("seed %d group %s quota %f", seed, e.getKey(), quota)
                        .isBetween((int) Math.floor(quota + 1e-9), (int) Math.ceil(quota - 1e-9));
            }
            assertThat(sum).as("seed %d", seed).isEqualTo(house);
        }
    }

    @Test
    void boundsAreAlwaysRespected() {
        for (long seed = 0; seed < 500; seed++) {
            Random r = new Random(seed);
            Map<String, Long> sizes = randomSizes(r);
            int house = sizes.size() + r.nextInt(30);
            SeatBounds b = SeatBounds.none();
            int minSum = 0;
            for (String g : sizes.keySet()) {
                if (r.nextInt(3) == 0 && minSum + 1 <= house) {
                    b = b.withMin(g, 1);
                    minSum++;
                }
                if (r.nextInt(4) == 0) {
                    b = b.withMax(g, Math.max(b.minFor(g), r.nextInt(house / 2 + 1)));
                }
            }
            for (ApportionmentMethod m : ApportionmentMethod.values()) {
                Allocation a;
                try {
                    a = Apportionment.allocate(m, house, sizes, b);
                } catch (IllegalArgumentException infeasible) {
                    assertThat(infeasible.getMessage()).as("seed %d", seed).contains("maximum seats add up to");
                    continue;
                }
                int sum = 0;
                for (String g : sizes.keySet()) {
                    int s = a.seatsOf(g);
                    sum += s;
                    assertThat(s).as("seed %d %s %s min", seed, m, g).isGreaterThanOrEqualTo(b.minFor(g));
                    assertThat(s)
                            .as("seed %d %s %s max", seed, m, g)
                            .isLessThanOrEqualTo(b.maxFor(g).orElse(house));
                }
                assertThat(sum).as("seed %d %s total", seed, m).isEqualTo(house);
                assertThat(a.gallagher()).as("seed %d", seed).isBetween(0.0, 100.0);
            }
        }
    }
}
