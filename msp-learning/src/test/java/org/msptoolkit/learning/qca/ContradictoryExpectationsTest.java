package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 20, finding 8: contradictory directional expectations ({@code A} and {@code ~A}) are refused. */
class ContradictoryExpectationsTest {
    @Test
    void finding8ExpectingAAndNotAIsRefused() {
        assertThatThrownBy(() -> MinimiseOptions.intermediate("A", "~A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'A'")
                .hasMessageContaining("~A");
        assertThatThrownBy(() -> MinimiseOptions.intermediate("DEV[2]", "DEV"))
                .isInstanceOf(IllegalArgumentException.class);
        // the same expectation twice says nothing new and is kept once
        assertThat(MinimiseOptions.intermediate("A", " A").directionalExpectations())
                .containsExactlyEntriesOf(java.util.Map.of("A", 1));
    }
}
