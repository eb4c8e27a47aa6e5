package org.msptoolkit.io.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;

/** Issue 20, findings 4 and 8: framework files with out-of-range numbers or a built-in framework's id. */
class FrameworkInputsTest {
    @Test
    void finding4OutOfRangeNumbersInAFrameworkAreLocatedProblems() {
        for (String n : List.of("1e99999999999", "1e400", "1e-99999")) {
            Result<Framework> r = FrameworkFormat.yaml()
                    .read("id: town\nname: Town\nversion: " + n
                            + "\ngroups:\n  - key: equity\n    label: Equity\n    indicators: [women-share]\n");
            assertThat(r.problems()).as(n).singleElement().satisfies(p -> {
                assertThat(p.location()).matches("3:\\d+|#?/version");
                assertThat(p.message()).contains("out of range").doesNotContain("java.");
            });
        }
    }

    @Test
    void finding8ACustomFrameworkCannotReuseTheIdHemmati2002() {
        Result<Framework> r = FrameworkFormat.yaml()
                .read("id: hemmati-2002\nname: Mine\ngroups:\n  - key: equity\n    label: Equity\n"
                        + "    indicators: [women-share]\n");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).contains("/id");
            assertThat(p.message()).contains("'hemmati-2002' is the id of a built-in framework");
        });
        // the built-in framework itself, written and read back, is still accepted
        assertThat(FrameworkFormat.yaml()
                        .read(FrameworkFormat.yaml().write(Frameworks.hemmati2002()))
                        .orElseThrow())
                .isEqualTo(Frameworks.hemmati2002());
    }
}
