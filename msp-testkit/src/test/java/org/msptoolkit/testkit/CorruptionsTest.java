package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.ValidationReport;

class CorruptionsTest {

    @ParameterizedTest
    @EnumSource(Corruption.class)
    void eachCorruptionIsReportedExactlyAtItsPathWithItsCode(Corruption kind) {
        Property.forAllSeeds(60, seed -> {
            ProcessSize size = seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL;
            Corrupted c = Corruptions.corrupt(ProcessGenerator.process(seed, size), kind, new SplittableRandom(seed));
            ValidationReport report = c.process().validate();
            assertThat(report.problems())
                    .as("%s", c)
                    .extracting(Problem::location, Problem::code)
                    .containsExactly(tuple(c.expectedLocation(), c.expectedCode()));
            assertThat(c.isReportedIn(report)).isTrue();
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.expectedCode()).isEqualTo(kind.expectedCode());
        });
    }

    /** With nothing to corrupt, a valid element is added first, so the one problem is still there. */
    @ParameterizedTest
    @EnumSource(Corruption.class)
    void eachCorruptionWorksOnABareProcess(Corruption kind) {
        MspProcess bare = MspProcess.builder("bare", "Bare process")
                .stakeholder(Stakeholder.of("s1", "Only stakeholder", StakeholderGroup.NGOS))
                .participant(Participant.of("p1", "s1", Role.CHAIR))
                .build();
        assertThat(bare.validate().isValid()).isTrue();
        Corrupted c = Corruptions.corrupt(bare, kind, new SplittableRandom(kind.ordinal()));
        assertThat(c.process().validate().problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(tuple(c.expectedLocation(), c.expectedCode()));
    }

    @Test
    void everyProblemCodeIsProducedBySomeCorruption() throws IllegalAccessException {
        List<String> codes = new java.util.ArrayList<>();
        for (Field f : Problem.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(7);
        assertThat(Arrays.stream(Corruption.values())
                        .map(Corruption::expectedCode)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void theSameRandomStateGivesTheSameCorruption() {
        MspProcess p = ProcessGenerator.process(11, ProcessSize.SMALL);
        for (Corruption kind : Corruption.values()) {
            assertThat(Corruptions.corrupt(p, kind, new SplittableRandom(3)))
                    .isEqualTo(Corruptions.corrupt(p, kind, new SplittableRandom(3)));
        }
        assertThat(Corruptions.corrupt(p, new SplittableRandom(8)).kind()).isIn((Object[]) Corruption.values());
    }

    @Test
    void corruptAllKeepsEveryEarlierCorruption() {
        List<Corrupted> steps = Corruptions.corruptAll(
                ProcessGenerator.process(4, ProcessSize.SMALL),
                List.of(Corruption.SELF_LINK, Corruption.BLANK_STAKEHOLDER_NAME, Corruption.NEGATIVE_FUNDING),
                new SplittableRandom(4));
        assertThat(steps).hasSize(3);
        ValidationReport last = steps.get(2).process().validate();
        assertThat(last.size()).isEqualTo(3);
        assertThat(steps).allMatch(c -> c.isReportedIn(last));
        assertThat(steps.get(0).process().validate().size()).isEqualTo(1);
    }

    @Test
    void argumentsAreChecked() {
        MspProcess empty = MspProcess.builder("e", "Empty").build();
        assertThatThrownBy(() -> Corruptions.corrupt(empty, Corruption.SELF_LINK, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one stakeholder");
        assertThatThrownBy(() -> Corruptions.corrupt(null, Corruption.SELF_LINK, new SplittableRandom(1)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("valid");
        assertThatThrownBy(() -> Corruptions.corrupt(empty, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("random");
        assertThatThrownBy(() -> Corruptions.corruptAll(empty, null, new SplittableRandom(1)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kinds");
        assertThatThrownBy(() -> new Corrupted(empty, Corruption.SELF_LINK, "x", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("expectedCode");
    }

    @Test
    void aCorruptedProcessReadsWell() {
        Corrupted c = Corruptions.corrupt(
                ProcessGenerator.process(2, ProcessSize.TINY), Corruption.SELF_LINK, new SplittableRandom(2));
        assertThat(c.toString()).matches("SELF_LINK at links\\[\\d+]\\.target \\(self-link\\) in msp-[0-9a-f]+");
    }
}
