package org.msptoolkit.io;

import org.msptoolkit.core.validation.Result;
import org.msptoolkit.core.validation.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.Syntax;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;
import org.msptoolkit.testkit.corpus.CorpusGenerator;
import org.msptoolkit.testkit.corpus.CorpusShape;

/**
 * The streaming fast path for JSON maps every valid generated document to the very process the
 * tree path builds, and is taken for it.
 */
class StreamingReadTest {
    static final Engine STRICT = new Engine(Syntax.JSON, ReadLimits.defaults(), false);

    /** The tree path alone, as {@link MspFormat#read(String)} did before the fast path. */
    static Result<MspDocument> viaTree(Engine engine, String text) {
        Engine.Parsed parsed = engine.parse(new StringReader(text), "");
        return parsed.tree() == null ? Result.invalid(parsed.problems()) : engine.read(parsed.tree(), "");
    }

    static void assertFastAndEqual(MspProcess p) {
        String json = MspFormat.json().write(p);
        Optional<MspProcess> fast = STRICT.mapStreaming(json);
        assertThat(fast).as("fast path taken").isPresent();
        Result<MspDocument> tree = viaTree(STRICT, json);
        assertThat(tree.problems()).isEmpty();
        assertThat(fast.get()).isEqualTo(tree.orElseThrow().process()).isEqualTo(p);
        // set and map orders too: writing the fast result gives the same text
        assertThat(MspFormat.json().write(fast.get())).isEqualTo(json);
        Result<MspDocument> viaFormat = MspFormat.json().read(json);
        assertThat(viaFormat.orElseThrow()).isEqualTo(tree.orElseThrow());
        assertThat(STRICT.mapStreaming(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).contains(fast.get());
    }

    @Test
    void everyProcessSizeTakesTheFastPathToAnEqualProcess() {
        Property.forAll(300, seed -> ProcessGenerator.process(seed, ProcessSize.TINY),
                StreamingReadTest::assertFastAndEqual);
        Property.forAll(300, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL),
                StreamingReadTest::assertFastAndEqual);
        Property.forAll(40, seed -> ProcessGenerator.process(seed, ProcessSize.MEDIUM),
                StreamingReadTest::assertFastAndEqual);
        Property.forAll(8, seed -> ProcessGenerator.process(seed, ProcessSize.LARGE),
                StreamingReadTest::assertFastAndEqual);
        Property.forAll(2, seed -> ProcessGenerator.process(seed, ProcessSize.HUGE),
                StreamingReadTest::assertFastAndEqual);
    }

    /**
     * The fast path guesses the next field name from the order met before; documents whose fields
     * come in another order (here shuffled at every depth, seeded) still take it to the same process,
     * and a written document read after them is still right.
     */
    @Test
    void fieldsInAnyOrderTakeTheFastPathToTheSameProcess() {
        for (long seed = 0; seed < 60; seed++) {
            MspProcess p = ProcessGenerator.process(seed, seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL);
            tools.jackson.databind.JsonNode tree = STRICT.mapper().readTree(MspFormat.json().write(p));
            String shuffled = shuffle(tree, new SplittableRandom(seed)).toString();
            assertThat(STRICT.mapStreaming(shuffled)).as("seed " + seed).contains(p);
            assertThat(STRICT.mapStreaming(shuffled.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .as("seed " + seed).contains(p);
            assertFastAndEqual(p);
        }
    }

    private static tools.jackson.databind.JsonNode shuffle(tools.jackson.databind.JsonNode node, SplittableRandom random) {
        var factory = tools.jackson.databind.node.JsonNodeFactory.instance;
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            for (int i = names.size() - 1; i > 0; i--) {
                java.util.Collections.swap(names, i, random.nextInt(i + 1));
            }
            var out = factory.objectNode();
            for (String name : names) {
                out.set(name, shuffle(node.get(name), random));
            }
            return out;
        }
        if (node.isArray()) {
            var out = factory.arrayNode();
            for (tools.jackson.databind.JsonNode element : node) {
                out.add(shuffle(element, random));
            }
            return out;
        }
        return node;
    }

    @Test
    void corpusShapesTakeTheFastPathToAnEqualProcess() {
        for (double skew : new double[] {1, 3}) {
            CorpusGenerator corpus = CorpusGenerator.seeded(17).shape(CorpusShape.clearingHouse().withSkew(skew));
            Property.forAll(60, corpus::process, StreamingReadTest::assertFastAndEqual);
        }
    }

    @Test
    void fastResultsIncludeDomainValidationLikeTheTreePath() {
        // a process with a validation problem maps fast, then validate() reports it at the same pointer
        MspProcess p = ProcessGenerator.process(3, ProcessSize.SMALL);
        String json = MspFormat.json().write(p).replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \" \"");
        assertThat(STRICT.mapStreaming(json)).isPresent();
        Result<MspDocument> fast = MspFormat.json().read(json);
        assertThat(outcome(() -> fast)).isEqualTo(viaTree(STRICT, json).problems());
        assertThat(fast.problems().get(0).location()).isEqualTo("/title");
        assertThat(fast.problems().get(0).message()).startsWith("line 5, column 13: must not be blank");
    }

    @Test
    void hostileAndUnusualDocumentsLeaveTheFastPathAndReportAsBefore() {
        MspProcess p = ProcessGenerator.process(5, ProcessSize.SMALL);
        String json = MspFormat.json().write(p);
        String body = json.substring(json.indexOf('{') + 1);
        List<String> cases = new ArrayList<>(List.of(
                "{ \"x-portal\" : {\"a\" : [1, 2.50]}," + body,
                "{ \"legacyField\" : \"kept in lenient mode\"," + body,
                "{ \"legacyField\" : null," + body,
                "{ \"id\" : \"twice\"," + body,
                json.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"1\""),
                json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1.0"),
                json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"),
                json.replace("\"formatVersion\" : 1,", ""),
                json.replace("\"kind\" : \"process\"", "\"kind\" : \"charter\""),
                json.replace("\"kind\" : \"process\"", "\"kind\" : null"),
                "{ \"x-deep\" : " + "[".repeat(3000) + "]".repeat(3000) + "," + body,
                "{ \"x-big\" : \"" + "a".repeat(ReadLimits.defaults().maxStringLength() + 1) + "\"," + body,
                json + " {}",
                json + " 1",
                "",
                "   ",
                "[]",
                "null",
                "\"process\"",
                json.replaceFirst("\\d{4}-\\d\\d-\\d\\d", "2001-02-29"),

                json.replaceFirst("\\d{4}-\\d\\d-\\d\\d", "2001-2-3"),
                json.replaceFirst("\"role\" : \"[^\"]*\"", "\"role\" : \"emperor\""),
                json.replaceFirst("\"role\" : \"[^\"]*\"", "\"role\" : 7"),
                json.replaceFirst("\"role\" : \"[^\"]*\",?", ""),
                json.replaceFirst("\"publicAuthority\" : (true|false)", "\"publicAuthority\" : \"yes\""),
                json.replaceFirst("\"group\" : \"[^\"]*\"", "\"group\" : null"),

                json.replaceFirst("\"group\" : \"[^\"]*\"", "\"group\" : {\"code\" : \"g\"}"),
                json.replaceFirst("\"stakeholders\" : \\[", "\"stakeholders\" : [ null, "),
                json.replaceFirst("\"stakeholders\" : \\[", "\"stakeholders\" : [ {}, ")));
        for (int cut : new int[] {1, 10, json.length() / 3, json.length() / 2, json.length() - 2}) {
            cases.add(json.substring(0, cut));
        }
        for (int i = 0; i < cases.size(); i++) {
            assertThat(cases.get(i)).as("case %d changes the document", i).isNotEqualTo(json);
            assertThat(STRICT.mapStreaming(cases.get(i))).as("case %d is off the fast path", i).isEmpty();
            assertSameAsTree(cases.get(i), "case " + i);
        }
    }

    /** A small document with a tally, with {@code %s} for the tally's fields. */
    static final String TALLIED = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"p\",\"title\":\"T\","
            + "\"decisions\":[{\"id\":\"d1\",\"date\":\"2001-01-01\",\"subject\":\"s\",\"method\":\"vote\","
            + "\"tally\":{%s}}]}";

    @Test
    void duplicateNamesAtAnyDepthLeaveTheFastPath() {
        String ok = TALLIED.formatted("\"options\":{\"yes\":1,\"no\":2},\"chambers\":{\"north\":{\"yes\":1},"
                + "\"south\":{\"yes\":0}}");
        assertThat(STRICT.mapStreaming(ok)).isPresent();
        assertSameAsTree(ok, "ok");
        String json = MspFormat.json().write(ProcessGenerator.process(5, ProcessSize.SMALL));
        List<String> cases = List.of(
                TALLIED.formatted("\"options\":{\"yes\":1,\"yes\":2}"),
                TALLIED.formatted("\"options\":{\"yes\":1},\"options\":{\"no\":2}"),
                TALLIED.formatted("\"chambers\":{\"north\":{\"yes\":1},\"north\":{\"yes\":0}}"),
                TALLIED.formatted("\"chambers\":{\"north\":{\"yes\":1,\"no\":3,\"yes\":0}}"),
                ok.replace("\"subject\":\"s\",", "\"subject\":\"s\",\"subject\":\"t\","),
                ok.replace("\"title\":\"T\",", "\"title\":\"T\",\"title\":\"T\","),
                json.replaceFirst("\"stakeholders\" : \\[ \\{", "\"stakeholders\" : [ { \"name\" : \"dup\","),
                json.replaceFirst("\"participants\" : \\[ \\{", "\"participants\" : [ { \"role\" : \"chair\","),
                json.replaceFirst("\"meetings\" : \\[ \\{", "\"meetings\" : [ { \"date\" : \"2001-01-01\","),
                json.replaceFirst("\"scope\" : \\{", "\"scope\" : { \"levels\" : [], "),
                json.replaceFirst("\"group\" : \"[^\"]*\"",
                        "\"group\" : {\"code\" : \"g\", \"label\" : \"G\", \"code\" : \"h\"}"));
        for (int i = 0; i < cases.size(); i++) {
            assertThat(cases.get(i)).as("case %d changes the document", i).isNotEqualTo(json).isNotEqualTo(ok);
            assertThat(STRICT.mapStreaming(cases.get(i))).as("case %d is off the fast path", i).isEmpty();
            assertSameAsTree(cases.get(i), "case " + i);
        }
    }

    @Test
    void unusualButValidSpellingsReadAsThroughTheTreePath() {
        String json = MspFormat.json().write(ProcessGenerator.process(5, ProcessSize.SMALL));
        List<String> cases = List.of(
                json.replaceFirst("\\d{4}-\\d\\d-\\d\\d", "+2001-02-03"),
                json.replaceFirst("\\d{4}-\\d\\d-\\d\\d", "+12001-02-03"),
                json.replaceFirst("\"group\" : \"[^\"]*\"", "\"group\" : {\"code\" : \"g\", \"label\" : \"G\"}"),
                json.replaceFirst("\"group\" : \"[^\"]*\"",
                        "\"group\" : {\"code\" : \"g\", \"label\" : \"G\", \"category\" : null}"),
                json.replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \"caf\\\\u00e9 \\\\\"quoted\\\\\"\""),
                json.replaceFirst("\"amount\" : ([0-9.]+)", "\"amount\" : $1e2"),
                json.replaceFirst("\"amount\" : ([0-9.]+)", "\"amount\" : 12345678901234567890123"),
                json.replaceFirst("\"amount\" : ([0-9.]+)", "\"amount\" : -0.000"),
                json.replaceFirst("\"purpose\" : \"[^\"]*\"", "\"purpose\" : null"),
                json.replaceFirst("\"stakeholders\" : \\[", "\"links\" : null, \"stakeholders\" : ["));
        for (int i = 0; i < cases.size(); i++) {
            assertThat(cases.get(i)).as("case %d changes the document", i).isNotEqualTo(json);
            assertSameAsTree(cases.get(i), "case " + i);
        }
    }

    @Test
    void randomlyDamagedDocumentsReadExactlyAsThroughTheTreePath() {
        String alphabet = "{}[]\":,01-9aexnul .\\";
        Property.forAllSeeds(400, seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            String json = MspFormat.json().write(ProcessGenerator.process(seed, ProcessSize.TINY));
            StringBuilder damaged = new StringBuilder(json);
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(damaged.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> damaged.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> damaged.deleteCharAt(at);
                    default -> damaged.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
            }
            assertSameAsTree(damaged.toString(), "seed " + seed);
        });
    }

    /** MspFormat (fast path first) gives what the tree path alone gives, problems, order and locations included. */
    static void assertSameAsTree(String text, String what) {
        for (boolean lenient : new boolean[] {false, true}) {
            MspFormat format = lenient ? MspFormat.json().lenient() : MspFormat.json();
            Engine engine = new Engine(Syntax.JSON, ReadLimits.defaults(), lenient);
            Object expected = outcome(() -> viaTree(engine, text));
            assertThat(outcome(() -> format.read(text))).as(what + (lenient ? " lenient" : " strict"))
                    .isEqualTo(expected);
        }
        assertBytesAsText(STRICT, text, what);
    }

    /**
     * The fast path over the document's UTF-8 bytes (its own byte reader) maps exactly the
     * documents the fast path over text (Jackson's tokenizer) maps, to the same process.
     */
    static void assertBytesAsText(Engine engine, String text, String what) {
        Optional<MspProcess> viaText = engine.mapStreaming(text);
        Optional<MspProcess> viaBytes = engine.mapStreaming(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(viaBytes).as(what + " from bytes").isEqualTo(viaText);
    }

    /**
     * A result as a comparable value: the document, the problems, or the exception a read threw. The
     * "line L, column C: " that a document read puts before each message is left out (the paths
     * compared here differ in whether they can read the text again; OneReadTest checks it).
     */
    static Object outcome(java.util.function.Supplier<Result<MspDocument>> read) {
        try {
            Result<MspDocument> r = read.get();
            return r.isValid() ? r.orElseThrow() : r.problems().stream().map(p -> Problem.of(p.location(), p.code(),
                    p.message().replaceFirst("^line \\d+, column \\d+: ", ""))).toList();
        } catch (RuntimeException e) {
            return "threw " + e;
        }
    }
}
