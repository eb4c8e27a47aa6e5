package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msptoolkit.core.model.MspProcess;

class ProcessGeneratorTest {

    @ParameterizedTest
    @EnumSource(value = ProcessSize.class, names = {"TINY", "SMALL", "MEDIUM"})
    void everyGeneratedProcessValidatesClean(ProcessSize size) {
        int seeds = switch (size) {
            case TINY -> 300;
            case SMALL -> 200;
            default -> 25;
        };
        Property.forAll(seeds, seed -> ProcessGenerator.process(seed, size),
                p -> assertThat(p.validate().problems()).as("problems of %s", p.id()).isEmpty());
    }

    @Test
    void largeProcessesValidateClean() {
        Property.forAll(3, seed -> ProcessGenerator.process(seed, ProcessSize.LARGE),
                p -> assertThat(p.validate().problems()).isEmpty());
    }

    @Test
    void hugeProcessValidatesCleanAndIsHuge() {
        MspProcess p = ProcessGenerator.process(7, ProcessSize.HUGE);
        assertThat(p.participants().size()).isBetween(20_000, 50_000);
        assertThat(p.validate().problems()).isEmpty();
    }
}
