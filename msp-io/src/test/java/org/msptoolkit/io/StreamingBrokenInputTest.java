package org.msptoolkit.io;

import org.msptoolkit.core.validation.Result;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.Syntax;
import org.msptoolkit.testkit.Corrupted;
import org.msptoolkit.testkit.Corruption;
import org.msptoolkit.testkit.Corruptions;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;

/**
 * Broken files and corrupted processes read exactly as through the tree path alone: the fast path
 * changes no problem, order or location.
 */
class StreamingBrokenInputTest {

    static List<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(BrokenFilesTest.DIR))) {
            return files.sorted().toList();
        }
    }

    /** The tree path alone for a file, as {@link MspFormat#read(Path)} did before the fast path. */
    static Object viaTree(Path file) throws IOException {
        return viaTree(file, new Engine(Syntax.JSON, ReadLimits.defaults(), false));
    }

    /** The tree path alone for a file, with the given engine's limits. */
    static Object viaTree(Path file, Engine engine) throws IOException {
        String source = file.toString();
        return StreamingReadTest.outcome(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                Engine.Parsed parsed = engine.parse(in, source);
                return parsed.tree() == null ? Result.invalid(parsed.problems())
                        : engine.read(parsed.tree(), source);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyBrokenFileReadsAsThroughTheTreePathAsFileAndAsText() throws IOException {
        List<Path> files = brokenFiles();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // every file's text as JSON: the .yaml ones are JSON syntax errors
            StreamingReadTest.assertSameAsTree(text, file.toString());
            if (file.toString().endsWith(".json")) {
                Object expected = viaTree(file);
                assertThat(expected).as(file.toString()).isInstanceOf(List.class);
                assertThat(StreamingReadTest.outcome(() -> MspFormat.json().read(file))).as(file.toString())
                        .isEqualTo(expected);
                assertThat(fromStream(MspFormat.json(), file)).as(file + " as a stream").isEqualTo(expected);
            }
        }
    }

    /** {@link MspFormat#read(InputStream, String)} of the file's bytes, named as the file. */
    static Object fromStream(MspFormat format, Path file) {
        return StreamingReadTest.outcome(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return format.read(in, file.toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Gives {@code bytes}, then fails as a broken connection does. */
    private static InputStream failingAfter(byte[] bytes) {
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(bytes), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
    }

    @Test
    void aStreamIsReadAsBeforeWhetherItIsValidTooLongOrBroken(@TempDir Path dir) throws IOException {
        MspProcess p = ProcessGenerator.process(9, ProcessSize.MEDIUM);
        String json = MspFormat.json().write(p);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("p.json");
        Files.write(file, bytes);
        // valid: the fast path, the same document
        assertThat(fromStream(MspFormat.json(), file)).isEqualTo(viaTree(file)).isEqualTo(MspDocument.of(p));
        // longer than the document limit: reported by the stream parser as before
        ReadLimits shorter = ReadLimits.defaults().withMaxDocumentLength(bytes.length / 2);
        Object tooLong = fromStream(MspFormat.json().withLimits(shorter), file);
        assertThat(tooLong).isInstanceOf(List.class)
                .isEqualTo(viaTree(file, new Engine(Syntax.JSON, shorter, false)));
        // a stream that fails part-way: the same problem as reading it through the tree path
        Engine engine = new Engine(Syntax.JSON, ReadLimits.defaults(), false);
        byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        Object expected = StreamingReadTest.outcome(() -> {
            Engine.Parsed parsed = engine.parse(failingAfter(half), "net");
            return parsed.tree() == null ? Result.invalid(parsed.problems()) : engine.read(parsed.tree(), "net");
        });
        assertThat(expected).isInstanceOf(List.class);
        assertThat(StreamingReadTest.outcome(() -> MspFormat.json().read(failingAfter(half), "net")))
                .isEqualTo(expected);
        // YAML is read as a stream, as always
        assertThat(fromStream(MspFormat.yaml(), file)).isEqualTo(MspDocument.of(p));
    }

    @Test
    void yamlNeverTakesTheFastPath() {
        Engine yaml = new Engine(Syntax.YAML, ReadLimits.defaults(), false);
        String json = MspFormat.json().write(ProcessGenerator.process(1, ProcessSize.TINY));
        assertThat(yaml.mapStreaming(json)).isEmpty();
        assertThat(MspFormat.yaml().read(json).orElseThrow().process()).isEqualTo(ProcessGenerator.process(1,
                ProcessSize.TINY));
    }

    @Test
    void everyCorruptionReportsTheSameProblemsAtTheSamePointers() {
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
                Object fast = StreamingReadTest.outcome(() -> MspFormat.json().read(json));
                assertThat(fast).as(kind + " strict").isInstanceOf(List.class)
                        .isEqualTo(StreamingReadTest.outcome(() -> StreamingReadTest.viaTree(StreamingReadTest.STRICT,
                                json)));
                StreamingReadTest.assertSameAsTree(json, kind.toString());
            }
        });
    }

    @Test
    void aValidFileTakesTheFastPathWithTheSameResult(@TempDir Path dir) throws IOException {
        MspProcess p = ProcessGenerator.process(9, ProcessSize.MEDIUM);
        Path file = dir.resolve("p.json");
        Files.writeString(file, MspFormat.json().write(p));
        assertThat(StreamingReadTest.outcome(() -> MspFormat.json().read(file))).isEqualTo(viaTree(file))
                .isEqualTo(MspDocument.of(p));
        Path broken = dir.resolve("b.json");
        Files.writeString(broken, MspFormat.json().write(p).replace("\"kind\" : \"process\"", "\"kind\" : 1"));
        Object expected = viaTree(broken);
        assertThat(expected).isInstanceOf(List.class);
        assertThat(StreamingReadTest.outcome(() -> MspFormat.json().read(broken))).isEqualTo(expected);
        Path missing = dir.resolve("missing.json");
        assertThat(MspFormat.json().read(missing).problems()).singleElement()
                .satisfies(pr -> assertThat(pr.code()).isEqualTo(IoProblems.IO));
    }
}
