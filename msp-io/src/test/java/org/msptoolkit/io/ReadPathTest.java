package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.testkit.Corrupted;
import org.msptoolkit.testkit.Corruption;
import org.msptoolkit.testkit.Corruptions;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;
import org.msptoolkit.testkit.corpus.CorpusGenerator;
import org.msptoolkit.testkit.corpus.CorpusShape;

/**
 * The one streaming read, from every kind of input: text, a stream, a file, valid or hostile. What a
 * read gives does not depend on where the bytes come from, a read never throws, and written
 * documents read back to the process written.
 */
class ReadPathTest {

    /** A result as a comparable value: the document, the problems, or the exception a read threw. */
    static Object outcome(java.util.function.Supplier<Result<MspDocument>> read) {
        try {
            Result<MspDocument> r = read.get();
            return r.isValid() ? r.orElseThrow() : r.problems();
        } catch (RuntimeException e) {
            return "threw " + e;
        }
    }

    static Object fromStream(MspFormat format, String text) {
        return outcome(() -> format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ""));
    }

    /**
     * Text and stream give the same outcome, which is not an exception; returns it. Jackson's text
     * and byte parsers word a syntax error differently, and only the byte parser knows where the
     * document limit was reached: syntax and limit problems are compared by code.
     */
    static Object sameFromTextAndStream(MspFormat format, String text, String what) {
        Object fromText = outcome(() -> format.read(text));
        assertThat(fromText).as(what).isNotInstanceOf(String.class);
        assertThat(comparable(fromStream(format, text)))
                .as(what + " as a stream")
                .isEqualTo(comparable(fromText));
        return fromText;
    }

    private static Object comparable(Object outcome) {
        if (!(outcome instanceof List<?> problems)) {
            return outcome;
        }
        return problems.stream()
                .map(o -> (Problem) o)
                .map(p -> p.code().equals(IoProblems.SYNTAX)
                                || p.code().equals(IoProblems.LIMIT_EXCEEDED)
                                || p.code().equals(IoProblems.DUPLICATE_FIELD)
                        ? p.code()
                        : p.toString())
                .toList();
    }

    static void assertReadsBack(MspProcess p) {
        String json = MspFormat.json().write(p);
        MspDocument d = MspFormat.json().read(json).orElseThrow();
        assertThat(d).isEqualTo(MspDocument.of(p));
        // set and map orders too: writing the result gives the same text
        assertThat(MspFormat.json().write(d)).isEqualTo(json);
        assertThat(fromStream(MspFormat.json(), json)).isEqualTo(d);
        assertThat(MspFormat.yaml().read(MspFormat.yaml().write(p)).orElseThrow())
                .isEqualTo(d);
    }

    @Test
    void everyProcessSizeReadsBackFromTextStreamAndYaml() {
        Property.forAll(200, seed -> ProcessGenerator.process(seed, ProcessSize.TINY), ReadPathTest::assertReadsBack);
        Property.forAll(200, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), ReadPathTest::assertReadsBack);
        Property.forAll(30, seed -> ProcessGenerator.process(seed, ProcessSize.MEDIUM), ReadPathTest::assertReadsBack);
        Property.forAll(5, seed -> ProcessGenerator.process(seed, ProcessSize.LARGE), ReadPathTest::assertReadsBack);
        Property.forAll(1, seed -> ProcessGenerator.process(seed, ProcessSize.HUGE), ReadPathTest::assertReadsBack);
        for (double skew : new double[] {1, 3}) {
            CorpusGenerator corpus =
                    CorpusGenerator.seeded(17).shape(CorpusShape.clearingHouse().withSkew(skew));
            Property.forAll(40, corpus::process, ReadPathTest::assertReadsBack);
        }
    }

    /** Fields in any order (here shuffled at every depth, seeded) read to the same process. */
    @Test
    void fieldsInAnyOrderReadToTheSameProcess() {
        var mapper = org.msptoolkit.io.internal.Engine.jsonMapper(ReadLimits.defaults()); // exact decimals
        for (long seed = 0; seed < 60; seed++) {
            MspProcess p = ProcessGenerator.process(seed, seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL);
            String shuffled = shuffle(mapper.readTree(MspFormat.json().write(p)), new SplittableRandom(seed))
                    .toString();
            assertThat(MspFormat.json().read(shuffled).orElseThrow().process())
                    .as("seed " + seed)
                    .isEqualTo(p);
            assertThat(fromStream(MspFormat.json(), shuffled))
                    .as("seed " + seed)
                    .isEqualTo(MspDocument.of(p));
        }
    }

    private static tools.jackson.databind.JsonNode shuffle(
            tools.jackson.databind.JsonNode node, SplittableRandom random) {
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
    void aDomainProblemHasItsPointerLineAndColumn() {
        MspProcess p = ProcessGenerator.process(3, ProcessSize.SMALL);
        String json = MspFormat.json().write(p).replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \" \"");
        Result<MspDocument> r = MspFormat.json().read(json);
        assertThat(r.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.location()).isEqualTo("/title");
            // line 5 of the written document: `  "title" : " ",`, the value's quote in column 13
            assertThat(pr.message()).startsWith("line 5, column 13: must not be blank");
        });
    }

    @Test
    void hostileAndUnusualDocumentsAreReportedAndNeverThrow() {
        MspProcess p = ProcessGenerator.process(5, ProcessSize.SMALL);
        String json = MspFormat.json().write(p);
        String body = json.substring(json.indexOf('{') + 1);
        // {text, valid when strict, valid when lenient}
        List<Object[]> cases = new ArrayList<>(List.of(
                new Object[] {"{ \"x-portal\" : {\"a\" : [1, 2.50]}," + body, true, true},
                new Object[] {"{ \"legacyField\" : \"kept in lenient mode\"," + body, false, true},
                new Object[] {"{ \"legacyField\" : null," + body, false, true},
                new Object[] {"{ \"id\" : \"twice\"," + body, false, false},
                new Object[] {json.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"1\""), false, false},
                new Object[] {json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1.0"), false, false},
                new Object[] {json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"), false, false},
                new Object[] {json.replace("\"formatVersion\" : 1,", ""), false, false},
                new Object[] {json.replace("\"kind\" : \"process\"", "\"kind\" : \"charter\""), false, false},
                new Object[] {json.replace("\"kind\" : \"process\"", "\"kind\" : null"), false, false},
                new Object[] {"{ \"x-deep\" : " + "[".repeat(3000) + "]".repeat(3000) + "," + body, false, false},
                new Object[] {
                    "{ \"x-big\" : \"" + "a".repeat(ReadLimits.defaults().maxStringLength() + 1) + "\"," + body,
                    false,
                    false
                },
                new Object[] {json + " {}", false, false},
                new Object[] {json + " 1", false, false},
                new Object[] {"", false, false},
                new Object[] {"   ", false, false},
                new Object[] {"[]", false, false},
                new Object[] {"null", false, false},
                new Object[] {"\"process\"", false, false},
                new Object[] {json.replaceFirst("\\d{4}-\\d\\d-\\d\\d", "2001-02-29"), false, false},
                new Object[] {json.replaceFirst("\\d{4}-\\d\\d-\\d\\d", "2001-2-3"), false, false},
                new Object[] {json.replaceFirst("\"role\" : \"[^\"]*\"", "\"role\" : \"emperor\""), false, false},
                new Object[] {json.replaceFirst("\"role\" : \"[^\"]*\"", "\"role\" : 7"), false, false},
                new Object[] {json.replaceFirst("\"role\" : \"[^\"]*\",?", ""), false, false},
                new Object[] {
                    json.replaceFirst("\"publicAuthority\" : (true|false)", "\"publicAuthority\" : \"yes\""),
                    false,
                    false
                },
                new Object[] {json.replaceFirst("\"group\" : \"[^\"]*\"", "\"group\" : null"), false, false},
                new Object[] {
                    json.replaceFirst("\"group\" : \"[^\"]*\"", "\"group\" : {\"code\" : \"g\"}"), false, false
                },
                new Object[] {json.replaceFirst("\"stakeholders\" : \\[", "\"stakeholders\" : [ null, "), false, false},
                new Object[] {json.replaceFirst("\"stakeholders\" : \\[", "\"stakeholders\" : [ {}, "), false, false},
                new Object[] {
                    json.replaceFirst("\"group\" : \"[^\"]*\"", "\"group\" : {\"code\" : \"g\", \"label\" : \"G\"}"),
                    true,
                    true
                },
                new Object[] {
                    json.replaceFirst(
                            "\"group\" : \"[^\"]*\"",
                            "\"group\" : {\"code\" : \"g\", \"label\" : \"G\", \"category\" : null}"),
                    true,
                    true
                },
                new Object[] {
                    json.replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \"caf\\\\u00e9 \\\\\"q\\\\\"\""), true, true
                },
                new Object[] {json.replaceFirst("\"amount\" : ([0-9.]+)", "\"amount\" : $1e2"), true, true},
                new Object[] {
                    json.replaceFirst("\"amount\" : ([0-9.]+)", "\"amount\" : 12345678901234567890123"), true, true
                },
                new Object[] {json.replaceFirst("\"amount\" : ([0-9.]+)", "\"amount\" : \"12\""), false, false},
                new Object[] {json.replaceFirst("\"purpose\" : \"[^\"]*\"", "\"purpose\" : null"), true, true}));
        for (int cut : new int[] {1, 10, json.length() / 3, json.length() / 2, json.length() - 2}) {
            cases.add(new Object[] {json.substring(0, cut), false, false});
        }
        for (int i = 0; i < cases.size(); i++) {
            String text = (String) cases.get(i)[0];
            assertThat(text).as("case %d changes the document", i).isNotEqualTo(json);
            Object strict = sameFromTextAndStream(MspFormat.json(), text, "case " + i);
            Object lenient = sameFromTextAndStream(MspFormat.json().lenient(), text, "case " + i + " lenient");
            assertThat(strict instanceof MspDocument)
                    .as("case %d strict: %s", i, strict)
                    .isEqualTo(cases.get(i)[1]);
            assertThat(lenient instanceof MspDocument)
                    .as("case %d lenient: %s", i, lenient)
                    .isEqualTo(cases.get(i)[2]);
        }
    }

    /** A small document with a tally, with {@code %s} for the tally's fields. */
    static final String TALLIED = "{\"formatVersion\":1,\"kind\":\"process\",\"id\":\"p\",\"title\":\"T\","
            + "\"decisions\":[{\"id\":\"d1\",\"date\":\"2001-01-01\",\"subject\":\"s\",\"method\":\"vote\","
            + "\"tally\":{%s}}]}";

    @Test
    void duplicateNamesAtAnyDepthAreOneProblemAtTheirPlace() {
        String ok = TALLIED.formatted(
                "\"options\":{\"yes\":1,\"no\":2},\"chambers\":{\"north\":{\"yes\":1}," + "\"south\":{\"yes\":0}}");
        assertThat(MspFormat.json().read(ok).isValid()).isTrue();
        List<String> cases = List.of(
                TALLIED.formatted("\"options\":{\"yes\":1,\"yes\":2}"),
                TALLIED.formatted("\"options\":{\"yes\":1},\"options\":{\"no\":2}"),
                TALLIED.formatted("\"chambers\":{\"north\":{\"yes\":1},\"north\":{\"yes\":0}}"),
                TALLIED.formatted("\"chambers\":{\"north\":{\"yes\":1,\"no\":3,\"yes\":0}}"),
                ok.replace("\"subject\":\"s\",", "\"subject\":\"s\",\"subject\":\"t\","),
                ok.replace("\"title\":\"T\",", "\"title\":\"T\",\"title\":\"T\","),
                ok.replace("\"title\":\"T\",", "\"title\":\"T\",\"x-a\":1,\"x-a\":2,"));
        for (int i = 0; i < cases.size(); i++) {
            for (MspFormat format : List.of(MspFormat.json(), MspFormat.json().lenient())) {
                Object r = sameFromTextAndStream(format, cases.get(i), "case " + i);
                assertThat(r)
                        .as("case %d", i)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .singleElement()
                        .satisfies(pr -> assertThat(((Problem) pr).code()).isEqualTo(IoProblems.DUPLICATE_FIELD))
                        .satisfies(pr -> assertThat(((Problem) pr).location()).matches("1:\\d+"));
            }
        }
    }

    @Test
    void tallyProblemsAreReportedWhereTheyAre() {
        assertThat(MspFormat.json()
                        .read(TALLIED.formatted("\"options\":{\"yes\":\"1\",\"no\":2.5}"))
                        .problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/decisions/0/tally/options/yes", IoProblems.WRONG_TYPE),
                        org.assertj.core.groups.Tuple.tuple("/decisions/0/tally/options/no", IoProblems.WRONG_TYPE));
        // {"formatVersion":1,... "tally":{"chambers":3}: the 3 is the 152nd character
        int three = TALLIED.indexOf("%s") + "\"chambers\":".length() + 1;
        assertThat(MspFormat.json().read(TALLIED.formatted("\"chambers\":3")).problems())
                .singleElement()
                .satisfies(pr -> assertThat(pr.message())
                        .isEqualTo("line 1, column " + three + ": expected an object of chambers, got the number 3"));
    }

    @Test
    void randomlyDamagedDocumentsAreReportedTheSameFromTextAndStreamAndNeverThrow() {
        String alphabet = "{}[]\":,01-9aexnul .\\";
        Property.forAllSeeds(400, seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            StringBuilder damaged =
                    new StringBuilder(MspFormat.json().write(ProcessGenerator.process(seed, ProcessSize.TINY)));
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(damaged.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> damaged.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> damaged.deleteCharAt(at);
                    default -> damaged.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
            }
            sameFromTextAndStream(MspFormat.json(), damaged.toString(), "seed " + seed);
            sameFromTextAndStream(MspFormat.json().lenient(), damaged.toString(), "seed " + seed);
            assertThat(outcome(() -> MspFormat.yaml().read(damaged.toString()))).isNotInstanceOf(String.class);
        });
    }

    @Test
    void everyCorruptionIsReportedTheSameFromTextAndStream() {
        Property.forAllSeeds(20, seed -> {
            MspProcess valid = ProcessGenerator.process(seed, ProcessSize.SMALL);
            for (Corruption kind : Corruption.values()) {
                Corrupted corrupted = Corruptions.corrupt(valid, kind, new SplittableRandom(seed));
                String json;
                try {
                    json = MspFormat.json().write(corrupted.process());
                } catch (RuntimeException e) {
                    continue; // a corruption the writer refuses has no document to read
                }
                assertThat(sameFromTextAndStream(MspFormat.json(), json, kind.toString()))
                        .as(kind.toString())
                        .isInstanceOf(List.class);
            }
        });
    }

    @Test
    void everyLimitIsEnforcedForTextAndFile(@TempDir Path dir) throws IOException {
        String json = MspFormat.json().write(ProcessGenerator.process(11, ProcessSize.SMALL));
        ReadLimits d = ReadLimits.defaults();
        List<ReadLimits> tight = List.of(
                d.withMaxDocumentLength(json.length() / 2),
                d.withMaxDocumentLength(json.length() - 1),
                d.withMaxNestingDepth(2),
                d.withMaxNestingDepth(3),
                d.withMaxStringLength(5),
                d.withMaxNameLength(4),
                d.withMaxNumberLength(1));
        Path file = dir.resolve("p.json");
        Files.writeString(file, json);
        for (ReadLimits limits : tight) {
            MspFormat format = MspFormat.json().withLimits(limits);
            Object fromText = sameFromTextAndStream(format, json, limits.toString());
            assertThat(fromText)
                    .as(limits.toString())
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .singleElement()
                    .satisfies(pr -> assertThat(((Problem) pr).code()).isEqualTo(IoProblems.LIMIT_EXCEEDED));
            assertThat(format.read(file).problems().get(0).code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
        }
        // the limit counts characters of text, bytes of a file or stream
        assertThat(MspFormat.json()
                        .withLimits(d.withMaxDocumentLength(json.length()))
                        .read(json)
                        .isValid())
                .isTrue();
        long bytes = Files.size(file);
        assertThat(MspFormat.json()
                        .withLimits(d.withMaxDocumentLength(bytes))
                        .read(file)
                        .isValid())
                .isTrue();
    }

    @Test
    void aStreamThatFailsPartWayIsAProblemNotAnException() {
        byte[] bytes = MspFormat.json()
                .write(ProcessGenerator.process(9, ProcessSize.MEDIUM))
                .getBytes(StandardCharsets.UTF_8);
        InputStream failing = new java.io.SequenceInputStream(
                new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, bytes.length / 2)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });
        Object r = outcome(() -> MspFormat.json().read(failing, "net"));
        assertThat(r)
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(pr -> {
                    assertThat(((Problem) pr).location()).startsWith("net");
                    assertThat(((Problem) pr).message()).contains("connection reset");
                });
    }

    @Test
    void brokenFilesReadTheSameAsFileTextAndStream() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(BrokenFilesTest.DIR))) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            MspFormat format = MspFormat.forPath(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Object fromFile = outcome(() -> format.read(file));
            assertThat(fromFile).as(file.toString()).isInstanceOf(List.class);
            // the same problems, named by the file
            Object fromStream = outcome(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return format.read(in, file.toString());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(fromStream).as(file.toString()).isEqualTo(fromFile);
            sameFromTextAndStream(format, text, file.toString());
        }
    }
}
