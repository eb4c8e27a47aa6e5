package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PropertyTest {

    @AfterEach
    void clearSystemProperties() {
        System.clearProperty(Property.SEED_PROPERTY);
        System.clearProperty(Property.BASE_PROPERTY);
    }

    @Test
    void runsThePropertyForEachSeedFromZero() {
        List<Long> seen = new ArrayList<>();
        Property.forAll(5, seed -> seed * 10, seen::add);
        assertThat(seen).containsExactly(0L, 10L, 20L, 30L, 40L);
    }

    @Test
    void aFailureNamesTheSeedAndHowToReplayIt() {
        AssertionError e = catchThrowableOfType(
                AssertionError.class,
                () -> Property.forAll(
                        100, seed -> seed, value -> assertThat(value).isLessThan(37L)));
        assertThat(e.getMessage())
                .contains("property failed for seed 37 (try 38 of 100)")
                .contains("-Dmsp.seed=37")
                .contains("for value 37")
                .contains("-Dtest='PropertyTest#aFailureNamesTheSeedAndHowToReplayIt'");
        assertThat(e.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void theSeedPropertyReplaysOneSeed() {
        System.setProperty(Property.SEED_PROPERTY, "12345");
        List<Long> seen = new ArrayList<>();
        Property.forAllSeeds(100, seen::add);
        assertThat(seen).containsExactly(12345L);
    }

    @Test
    void theBasePropertyMovesTheFirstSeed() {
        System.setProperty(Property.BASE_PROPERTY, "1000");
        List<Long> seen = new ArrayList<>();
        Property.forAllSeeds(3, seen::add);
        assertThat(seen).containsExactly(1000L, 1001L, 1002L);
    }

    @Test
    void aMalformedSeedPropertyIsRejectedByName() {
        System.setProperty(Property.SEED_PROPERTY, "abc");
        assertThatThrownBy(() -> Property.forAllSeeds(3, seed -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("msp.seed")
                .hasMessageContaining("abc");
    }

    @Test
    void aFailingGeneratorIsReportedAsSuch() {
        AssertionError e = catchThrowableOfType(
                AssertionError.class,
                () -> Property.forAll(
                        10,
                        seed -> {
                            if (seed == 4) {
                                throw new IllegalStateException("boom");
                            }
                            return seed;
                        },
                        value -> {}));
        assertThat(e.getMessage())
                .startsWith("generating a value failed for seed 4")
                .contains("boom");
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExceptionInThePropertyFailsItToo() {
        AssertionError e = catchThrowableOfType(
                AssertionError.class,
                () -> Property.forAllSeeds(10, seed -> {
                    if (seed == 2) {
                        throw new IllegalArgumentException("bad");
                    }
                }));
        assertThat(e.getMessage()).contains("seed 2").contains("bad");
    }

    @Test
    void anAssumptionAbortsTheTestInsteadOfFailingIt() {
        assertThatThrownBy(() -> Property.forAll(3, seed -> seed, v -> Assumptions.assumeTrue(false, "no data")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void forAllProcessesGeneratesProcessesOfTheSize() {
        List<Integer> sizes = new ArrayList<>();
        Property.forAllProcesses(
                20, ProcessSize.TINY, p -> sizes.add(p.participants().size()));
        assertThat(sizes).hasSize(20).allMatch(n -> n >= 1 && n <= 5);
        AssertionError e = catchThrowableOfType(
                AssertionError.class,
                () -> Property.forAllProcesses(
                        20, ProcessSize.TINY, p -> assertThat(p.participants()).hasSizeLessThan(3)));
        assertThat(e.getMessage()).contains("for value MspProcess msp-");
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> Property.forAllSeeds(0, seed -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> Property.forAll(3, null, v -> {}))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("generator");
    }
}
