package org.msptoolkit.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspFormat;

/**
 * Issue 20, finding 1: a date read from a document outside 1800-01-01..2200-12-31 is a located problem,
 * so that no date computation downstream sees a year such as +999999999.
 */
class UnboundedDatesTest {
    static final String HEAD = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"h\",\"title\":\"t\",";

    static List<Problem> problems(String json) {
        Result<?> r = MspFormat.json().read(json);
        assertThat(r.isValid()).isFalse();
        return r.problems();
    }

    @Test
    void finding1DatesOutsideThePlausibleRangeAreLocatedProblems() {
        for (String day : List.of("+999999999-12-31", "9999-12-31", "2201-01-01", "1799-12-31", "-0001-01-01")) {
            List<Problem> ps = problems(HEAD + "\"period\":{\"start\":\"2000-01-01\",\"end\":\"" + day + "\"}}");
            assertThat(ps).as(day).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(IoProblems.INVALID_VALUE);
                assertThat(p.location()).contains("/period/end");
                assertThat(p.message()).contains("1800-01-01 to 2200-12-31");
            });
        }
        // the YAML reader and the meeting dates the notice rule counts between
        String yaml = "formatVersion: 1\nkind: process\nid: h\ntitle: t\nmeetings:\n"
                + "  - id: m\n    date: \"+999999999-12-31\"\n    noticeGiven: \"2000-01-01\"\n";
        assertThat(MspFormat.yaml().read(yaml).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("outside the accepted range"));
    }

    @Test
    void finding1TheEndsOfThePlausibleRangeAreAccepted() {
        String json = HEAD + "\"period\":{\"start\":\"1800-01-01\",\"end\":\"2200-12-31\"}}";
        assertThat(MspFormat.json().read(json).problems()).isEmpty();
    }
}
