package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;

/** Hostile input is bounded by {@link ReadLimits}: each gets its documented problem, without exhausting memory. */
class HostileInputTest {
    static final String HEAD = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"h\",\"title\":\"t\",";

    static Problem only(Result<?> r) {
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0);
    }

    @Test
    void a100000DeepJsonNestingStopsAtTheDepthLimit() {
        String deep = HEAD + "\"x-deep\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Problem p = only(MspFormat.json().read(deep));
        assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        assertThat(p.message()).contains("nested deeper than the limit of 64").contains("maxNestingDepth");
        assertThat(p.location()).startsWith("1:");
    }

    @Test
    void a100000DeepYamlNestingStopsAtTheDepthLimit() {
        String deep = "formatVersion: 1\nkind: process\nid: h\ntitle: t\nx-deep: " + "[".repeat(100_000)
                + "]".repeat(100_000) + "\n";
        Problem p = only(MspFormat.yaml().read(deep));
        assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        assertThat(p.message()).contains("maxNestingDepth");
    }

    @Test
    void theDepthLimitIsConfigurable() {
        String nested = HEAD + "\"x-n\":" + "[".repeat(20) + "]".repeat(20) + "}";
        assertThat(MspFormat.json().read(nested).isValid()).isTrue();
        Problem p = only(MspFormat.json()
                .withLimits(ReadLimits.defaults().withMaxNestingDepth(10))
                .read(nested));
        assertThat(p.message()).contains("limit of 10");
    }

    @Test
    void aYamlAliasBombIsRefusedAtItsFirstAlias() {
        Problem p = only(MspFiles.read(Path.of(BrokenFilesTest.DIR + "alias-bomb.yaml")));
        assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        assertThat(p.location()).endsWith("alias-bomb.yaml:6:10");
    }

    @Test
    void whenAliasesAreAllowedTheBombIsStillBounded() {
        Result<MspDocument> r = MspFormat.yaml()
                .withLimits(ReadLimits.defaults().withMaxYamlAliases(50))
                .read(Path.of(BrokenFilesTest.DIR + "alias-bomb.yaml"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).extracting(Problem::code).containsExactly(IoProblems.LIMIT_EXCEEDED);
    }

    @Test
    void aHugeStringStopsAtTheStringLimit() {
        String huge = HEAD.replace("\"title\":\"t\",", "") + "\"title\":\"" + "x".repeat(2_000_000) + "\"}";
        Problem p = only(MspFormat.json().read(huge));
        assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        assertThat(p.message())
                .contains("string is longer than the limit of 1000000")
                .contains("maxStringLength");
        Problem y =
                only(MspFormat.yaml().read("formatVersion: 1\nkind: process\nid: h\ntitle: " + "x".repeat(2_000_000)));
        assertThat(y.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
    }

    @Test
    void aHugeNumberStopsAtTheNumberLimit() {
        String json = HEAD + "\"stakeholders\":[{\"id\":\"s\",\"name\":\"n\",\"group\":\"women\",\"constituencySize\":"
                + "9".repeat(5_000) + "}]}";
        Problem p = only(MspFormat.json().read(json));
        assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        assertThat(p.message()).contains("maxNumberLength");
    }

    @Test
    void aDocumentLongerThanTheLimitStops() {
        String json = HEAD + "\"purpose\":\"" + "p".repeat(5_000) + "\"}";
        ReadLimits small = ReadLimits.defaults().withMaxDocumentLength(1_000);
        Problem p = only(MspFormat.json().withLimits(small).read(json));
        assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        assertThat(p.message()).contains("maxDocumentLength");
        Problem y = only(MspFormat.yaml()
                .withLimits(small)
                .read("formatVersion: 1\nkind: process\nid: h\ntitle: t\n" + "purpose: " + "p".repeat(5_000) + "\n"));
        assertThat(y.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
    }

    @Test
    void aHugeFieldNameStopsAtTheNameLimit() {
        String json = HEAD + "\"x-" + "n".repeat(5_000) + "\":1}";
        Problem p = only(MspFormat.json().read(json));
        assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        assertThat(p.message()).contains("maxNameLength");
    }

    @Test
    void typeNamesInTheInputInstantiateNothing() {
        String json = HEAD + "\"stakeholders\":[[\"java.net.URL\",\"http://example.org\"]],"
                + "\"x-type\":{\"@class\":\"java.lang.ProcessBuilder\"}}";
        Result<MspDocument> r = MspFormat.json().read(json);
        assertThat(r.problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/stakeholders/0", IoProblems.WRONG_TYPE));
    }
}
