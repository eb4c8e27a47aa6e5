package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
            assertThat(report.problems()).as("%s", c)
                    .extracting(Problem::location, Problem::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(c.expectedLocation(), c.expectedCode()));
            assertThat(c.isReportedIn(report)).isTrue();
        });
    }
}
