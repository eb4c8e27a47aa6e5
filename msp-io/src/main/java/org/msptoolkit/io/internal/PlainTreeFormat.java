package org.msptoolkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspWriteException;
import org.msptoolkit.io.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads and writes values whose codec works on plain trees (maps with text keys, lists, text,
 * numbers, booleans) — charters, frameworks — in JSON or YAML, with the same parser set-up, limits
 * and syntax-error locations as MSP documents. Codec problems located by model paths such as
 * {@code rules[2].maxShare} are relocated to JSON pointers ({@code file#/rules/2/maxShare}), and
 * for text and files (not streams) their messages start with the line and column where the value is
 * ({@code line 14, column 15: ...}).
 * Thread-safe. Internal.
 *
 * @param <T> the value type
 */
public final class PlainTreeFormat<T> {
    /** Turns a plain tree into a value, or problems located by model paths. */
    @FunctionalInterface
    public interface Decoder<T> {
        /**
         * Returns the value, or the problems.
         *
         * @param tree the plain tree (a map for an object document; otherwise whatever the document
         *     holds, {@code null} for a JSON null)
         * @return the value, or the problems
         */
        Result<T> decode(@Nullable Object tree);
    }

    private final Engine engine;
    private final Decoder<T> decoder;
    private final Function<T, Map<String, Object>> encoder;

    /**
     * A format for one kind of plain-tree document.
     *
     * @param syntax JSON or YAML
     * @param limits bounds on each document
     * @param decoder tree to value
     * @param encoder value to tree
     */
    public PlainTreeFormat(
            Syntax syntax, ReadLimits limits, Decoder<T> decoder, Function<T, Map<String, Object>> encoder) {
        this.engine = new Engine(syntax, limits, false);
        this.decoder = decoder;
        this.encoder = encoder;
    }

    /**
     * Reads from text.
     *
     * @param text JSON or YAML
     * @return the value or every problem
     */
    public Result<T> read(String text) {
        return finish(
                engine.parse(new StringReader(text), ""),
                "",
                () -> engine.parser(engine.mapper().createParser(new StringReader(text))));
    }

    /**
     * Reads a file; locations start with the file name.
     *
     * @param file the file
     * @return the value or every problem
     */
    public Result<T> read(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) <= engine.limits().maxDocumentLength()) {
                // small enough to keep: read once, and scan again for line numbers only if a problem needs them
                byte[] bytes = Files.readAllBytes(file);
                return finish(
                        engine.parse(new java.io.ByteArrayInputStream(bytes), source),
                        source,
                        () -> engine.parser(engine.mapper().createParser(bytes)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return finish(engine.parse(in, source), source, null);
            }
        } catch (IOException e) {
            return Result.invalid(List.of(Problem.of(source, IoProblems.IO, "cannot read the file: " + e)));
        }
    }

    /**
     * Reads from a stream, which is not closed.
     *
     * @param in the bytes
     * @param source a name for locations, or empty
     * @return the value or every problem
     */
    public Result<T> read(InputStream in, String source) {
        return finish(
                engine.parse(
                        new java.io.FilterInputStream(in) {
                            @Override
                            public void close() {
                                // the caller owns the stream
                            }
                        },
                        source),
                source,
                null);
    }

    private Result<T> finish(
            Engine.Parsed parsed, String source, java.util.function.@Nullable Supplier<JsonParser> again) {
        if (parsed.tree() == null) {
            return Result.invalid(parsed.problems());
        }
        List<String> outOfRange = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        outOfRange(parsed.tree(), "", outOfRange, messages);
        Result<T> r;
        List<String> pointers;
        if (!outOfRange.isEmpty()) {
            // refused before decoding: a codec would turn 1e400 into an infinite double
            pointers = outOfRange;
            List<Problem> refused = new ArrayList<>();
            for (int i = 0; i < outOfRange.size(); i++) {
                refused.add(Problem.of(outOfRange.get(i), IoProblems.INVALID_VALUE, messages.get(i)));
            }
            r = Result.invalid(refused);
        } else {
            r = decoder.decode(plain(parsed.tree()));
            if (r.isValid()) {
                return r;
            }
            pointers = r.problems().stream()
                    .map(p -> ModelPaths.toPointer(p.location()))
                    .toList();
        }
        PointerLocations where = again == null ? null : PointerLocations.scan(again.get(), pointers);
        String prefix = source.isEmpty() ? "" : source + "#";
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < pointers.size(); i++) {
            Problem p = r.problems().get(i);
            String at = where == null
                    ? ""
                    : where.lineColumn(pointers.get(i))
                            .map(lc -> "line " + lc.replace(":", ", column ") + ": ")
                            .orElse("");
            out.add(Problem.of(prefix + pointers.get(i), p.code(), at + p.message()));
        }
        return Result.invalid(out);
    }

    /**
     * Collects the JSON pointers (and what is wrong) of numbers out of the range of {@link Values#outOfRange}
     * and of texts with a lone surrogate.
     */
    private static void outOfRange(JsonNode node, String pointer, List<String> found, List<String> messages) {
        if (node.isObject()) {
            node.properties()
                    .forEach(e -> outOfRange(
                            e.getValue(),
                            pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                            found,
                            messages));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                outOfRange(node.get(i), pointer + "/" + i, found, messages);
            }
        } else if ((node.isBigDecimal() && Values.outOfRange(node.decimalValue()))
                || (node.isBigInteger() && Values.outOfRange(new BigDecimal(node.bigIntegerValue())))) {
            found.add(pointer);
            messages.add(Values.OUT_OF_RANGE);
        } else if (node.isString() && Values.loneSurrogate(node.asString()) >= 0) {
            found.add(pointer);
            messages.add(Values.LONE_SURROGATE);
        }
    }

    /**
     * A value as text.
     *
     * @param value the value
     * @return JSON or YAML
     */
    public String write(T value) {
        try {
            return engine.mapper().writeValueAsString(encoder.apply(value));
        } catch (JacksonException e) {
            throw new MspWriteException("could not write " + value + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a value as UTF-8 to a stream (the caller closes it).
     *
     * @param value the value
     * @param out where to
     */
    public void write(T value, OutputStream out) {
        try {
            ObjectMapper m = engine.mapper();
            out.write(m.writeValueAsBytes(encoder.apply(value)));
        } catch (JacksonException e) {
            throw new MspWriteException("could not write " + value + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a value to a file, replacing it.
     *
     * @param value the value
     * @param file the file
     */
    public void write(T value, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * A Jackson tree as plain data: objects as ordered maps, arrays as lists, whole numbers as
     * {@link Long} (or {@link BigInteger}), other numbers as exact {@link BigDecimal}, {@code null}
     * for JSON null. Iterative in depth only through recursion bounded by the parser's nesting limit.
     *
     * @param node the tree
     * @return plain data
     */
    public static @Nullable Object plain(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            node.properties().forEach(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        if (node.isArray()) {
            List<Object> l = new ArrayList<>(node.size());
            node.values().forEach(v -> l.add(plain(v)));
            return l;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(d)) {
                return d;
            }
            return node.decimalValue();
        }
        return node.toString();
    }
}
