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

/** Issue 20, finding 8: what the reader used to change without a word is now a located problem. */
class SilentChangesTest {
    static final String HEAD = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"h\",\"title\":\"t\",";

    @Test
    void finding8ACustomGroupWithABuiltInCodeIsALocatedProblem() {
        Result<?> r = MspFormat.json()
                .read(HEAD + "\"stakeholders\":[{\"id\":\"s\",\"name\":\"n\",\"group\":"
                        + "{\"code\":\"women\",\"label\":\"Women's network\"}}]}");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).contains("/stakeholders/0/group");
            assertThat(p.message()).contains("'women' is the code of the built-in group \"Women\"");
        });
        // the built-in label itself says nothing more than the code: accepted
        assertThat(MspFormat.json()
                        .read(HEAD + "\"stakeholders\":[{\"id\":\"s\",\"name\":\"n\",\"group\":"
                                + "{\"code\":\"women\",\"label\":\"Women\"}}]}")
                        .problems())
                .isEmpty();
    }

    @Test
    void finding8ACustomSectorWithAnSdgCodeIsALocatedProblem() {
        Result<?> r = MspFormat.json()
                .read(HEAD + "\"scope\":{\"sectors\":[{\"code\":\"sdg-5\",\"label\":\"Our own label\"}]}}");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).contains("/scope/sectors/0");
            assertThat(p.message()).contains("'sdg-5' is the code of");
        });
    }

    @Test
    void finding8AYamlTildeTitleIsNullNotTheTextTilde() {
        Result<?> r = MspFormat.yaml().read("formatVersion: 1\nkind: process\nid: h\ntitle: ~\n");
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.location()).contains("title"));
        // quoted, it is the text
        assertThat(MspFormat.yaml()
                        .readProcess("formatVersion: 1\nkind: process\nid: h\ntitle: \"~\"\n")
                        .orElseThrow()
                        .title())
                .isEqualTo("~");
    }

    @Test
    void finding8ContentAfterTheClosingBracketOfAJsonArrayCorpusIsAProblem() {
        String one = HEAD + "\"phase\":\"context\"}";
        for (String tail : List.of("\n{\"more\":1}", " ]", " garbage", "\n[" + one + "]")) {
            String corpus = "[" + one + "]" + tail;
            try (CorpusReader in = MspCorpus.jsonArray()
                    .open(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)), "c.json")) {
                List<CorpusRecord> records = in.records().toList();
                assertThat(records).as(tail).hasSize(2);
                assertThat(records.get(0).result().isValid()).isTrue();
                assertThat(records.get(1).result().problems())
                        .as(tail)
                        .singleElement()
                        .extracting(Problem::location)
                        .satisfies(l -> assertThat(l).startsWith("c.json:"));
            }
        }
    }
}
