package org.msptoolkit.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.CorpusRecord;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;

/**
 * Issue 20, finding 4: a number whose exponent is out of range, or whose value no double can hold, is a
 * located problem in every reading path, never a raw NumberFormatException, and a corpus read with
 * skip-on-error keeps its good records.
 */
class OutOfRangeNumbersTest {
    static final String HEAD = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"h\",\"title\":\"t\",";
    static final List<String> BAD = List.of(
            "1e99999999999", "1e-99999999999", "1e400", "-1e400", "1e-2147483648", "12345678901234567890e2147483647");

    static String funding(String amount) {
        return HEAD + "\"stakeholders\":[{\"id\":\"s\",\"name\":\"n\",\"group\":\"women\"}],"
                + "\"funding\":[{\"from\":\"s\",\"amount\":" + amount + ",\"currency\":\"EUR\"}]}";
    }

    static void locatedAmountProblem(Result<?> r, String what) {
        assertThat(r.isValid()).as(what).isFalse();
        assertThat(r.problems()).as(what).singleElement().satisfies(p -> {
            // the JSON pointer, or where the YAML parser stopped: line 8, where the amount is
            assertThat(p.location()).matches(".*/funding/0/amount|8:\\d+");
            assertThat(p.message()).containsAnyOf("out of range", "exceeds");
            assertThat(p.message()).doesNotContain("NumberFormatException").doesNotContain("java.");
        });
    }

    @Test
    void finding4OutOfRangeNumbersAreLocatedProblemsInJsonAndYaml() {
        assertThat(MspFormat.json().read(funding("12.5")).problems()).isEmpty();
        for (String n : BAD) {
            locatedAmountProblem(MspFormat.json().read(funding(n)), "json " + n);
            locatedAmountProblem(MspFormat.json().lenient().read(funding(n)), "lenient json " + n);
            String yaml = "formatVersion: 1\nkind: process\nid: h\ntitle: t\nstakeholders:\n"
                    + "  - {id: s, name: n, group: women}\nfunding:\n  - {from: s, amount: " + n
                    + ", currency: EUR}\n";
            locatedAmountProblem(MspFormat.yaml().read(yaml), "yaml " + n);
        }
        // in an extension field the number is kept only if it can be written back
        for (String n : BAD) {
            Result<?> r = MspFormat.json().read(HEAD + "\"x-big\":" + n + "}");
            assertThat(r.problems())
                    .as(n)
                    .allSatisfy(p -> assertThat(p.message()).doesNotContain("java."));
        }
    }

    @Test
    void finding4ANdjsonCorpusWithOneBadExponentKeepsItsGoodRecordsUnderSkip() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append(funding(i == 3 ? "1e99999999999" : "1." + i).replace("\"id\":\"h\"", "\"id\":\"h" + i + "\""))
                    .append('\n');
        }
        try (CorpusReader in = MspCorpus.ndjson()
                .onError(OnError.SKIP)
                .open(new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)), "c.ndjson")) {
            assertThat(in.documents().count()).isEqualTo(7);
            assertThat(in.problems())
                    .singleElement()
                    .extracting(Problem::location)
                    .satisfies(l -> assertThat(l).startsWith("c.ndjson:4"));
        }
        try (CorpusReader in = MspCorpus.jsonArray()
                .open(
                        new ByteArrayInputStream(("[" + funding("1e99999999999") + "," + funding("2") + "]")
                                .getBytes(StandardCharsets.UTF_8)),
                        "c.json")) {
            List<CorpusRecord> records = in.records().toList();
            assertThat(records.get(0).result().problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.location()).startsWith("c.json"));
        }
    }
}
