package org.msptoolkit.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.MspFormat;

/** Issue 20, finding 7: a lone UTF-16 surrogate is refused at read time, where it is. */
class LoneSurrogatesTest {
    static final String HEAD = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"h\",";

    @Test
    void finding7LoneSurrogatesAreLocatedProblems() {
        for (String t : List.of("\\ud800", "a\\udfff", "x\\ud83d", "\\ude00\\ud83d")) {
            Result<?> r = MspFormat.json().read(HEAD + "\"title\":\"" + t + "\"}");
            assertThat(r.problems()).as(t).singleElement().satisfies(p -> {
                assertThat(p.location()).contains("/title");
                assertThat(p.message()).contains("lone UTF-16 surrogate");
            });
            Result<?> ext = MspFormat.json().read(HEAD + "\"title\":\"t\",\"x-n\":\"" + t + "\"}");
            assertThat(ext.problems())
                    .as(t)
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("lone UTF-16 surrogate"));
        }
        // a whole pair, escaped or not, is one character and fine
        assertThat(MspFormat.json()
                        .readProcess(HEAD + "\"title\":\"\\ud83d\\ude00 😀\"}")
                        .orElseThrow()
                        .title())
                .isEqualTo("😀 😀");
    }
}
