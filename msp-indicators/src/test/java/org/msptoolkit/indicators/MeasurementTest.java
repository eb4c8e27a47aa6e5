package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MeasurementTest {
    @Test
    void evidenceKeepsTheOrderAddedWhicheverWayItIsAdded() {
        for (long seed = 0; seed < 500; seed++) {
            Random rnd = new Random(seed);
            Measurement m = Measurement.of(rnd.nextDouble());
            List<Evidence> expected = new ArrayList<>();
            int steps = rnd.nextInt(6);
            for (int s = 0; s < steps; s++) {
                if (rnd.nextBoolean()) {
                    Evidence e = Evidence.of("path" + expected.size(), expected.size(), "one");
                    expected.add(e);
                    m = m.withEvidence(e.path(), e.count(), e.note());
                } else {
                    Evidence[] items = new Evidence[rnd.nextInt(6)];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = Evidence.of("path" + expected.size(), expected.size(), "many");
                        expected.add(items[i]);
                    }
                    m = m.withEvidence(items);
                }
                if (rnd.nextInt(4) == 0) {
                    m = m.withCoverage(0.5);
                }
            }
            assertThat(m.evidence()).as("seed %d", seed).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void copiesShareNoEvidenceAddedLater() {
        Measurement base = Measurement.of(1);
        for (int i = 0; i < 5; i++) {
            base = base.withEvidence("p" + i, i, "");
        }
        Measurement a = base.withEvidence("a", 1, "");
        Measurement b = base.withEvidence("b", 2, "");
        assertThat(base.evidence()).extracting(Evidence::path).containsExactly("p0", "p1", "p2", "p3", "p4");
        assertThat(a.evidence()).extracting(Evidence::path).containsExactly("p0", "p1", "p2", "p3", "p4", "a");
        assertThat(b.evidence()).extracting(Evidence::path).containsExactly("p0", "p1", "p2", "p3", "p4", "b");
        assertThat(Measurement.of(1).withEvidence("x", 1, "").withEvidence("y", 2, ""))
                .isEqualTo(Measurement.of(1).withEvidence(Evidence.of("x", 1, ""), Evidence.of("y", 2, "")));
    }

    @Test
    void aNullItemIsNamedByItsPosition() {
        assertThatThrownBy(() -> Measurement.of(1).withEvidence(Evidence.of("a", 1, ""), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("evidence[1]");
        assertThatThrownBy(() -> Measurement.of(1).withEvidence((Evidence[]) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("evidence");
        assertThat(Measurement.of(1).withEvidence().evidence()).isEmpty();
    }
}
