package org.msptoolkit.io.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.Extensions;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspWriteException;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.core.validation.Result;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Parses and writes format-v1 documents for one syntax and one set of limits: text to tree under
 * {@link StreamReadConstraints}, tree to {@link MspDocument} collecting problems, domain validation
 * with model paths turned into JSON pointers, and back. Thread-safe. Internal.
 */
public final class Engine {
    private final Syntax syntax;
    private final ReadLimits limits;
    private final boolean lenient;
    private final ObjectMapper mapper;
    /** The fast path's factory: the same limits, duplicate names found by {@link TokenCursor} instead. */
    private final JsonFactory streaming;

    /**
     * @param syntax JSON or YAML
     * @param limits bounds on each document
     * @param lenient whether unknown fields are kept instead of reported
     */
    public Engine(Syntax syntax, ReadLimits limits, boolean lenient) {
        this.syntax = syntax;
        this.limits = limits;
        this.lenient = lenient;
        this.mapper = syntax == Syntax.JSON ? jsonMapper(limits) : yamlMapper(limits);
        this.streaming = JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
    }

    /** @return the limits */
    public ReadLimits limits() {
        return limits;
    }

    /** @return the syntax */
    public Syntax syntax() {
        return syntax;
    }

    /** @return the mapper, configured with the limits */
    public ObjectMapper mapper() {
        return mapper;
    }

    static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .build();
    }

    /**
     * A JSON mapper with these limits, duplicate-field detection and exact decimals.
     *
     * @param limits the limits
     * @return the mapper
     */
    public static JsonMapper jsonMapper(ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    static YAMLMapper yamlMapper(ReadLimits limits) {
        LoadSettings settings = LoadSettings.builder()
                .setMaxAliasesForCollections(Math.max(1, limits.maxYamlAliases()))
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()))
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .build();
        YAMLFactoryBuilder b = limits.maxYamlAliases() > 0 ? YAMLAnchorReplayingFactory.builder()
                : YAMLFactory.builder();
        YAMLFactory factory = b.loadSettings(settings)
                .streamReadConstraints(constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return YAMLMapper.builder(factory)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** What one parse gives: a tree or the problems. */
    public record Parsed(JsonNode tree, List<Problem> problems) {
    }

    /**
     * Parses text into a tree under the limits.
     *
     * @param in the text
     * @param source a name for locations, e.g. a file name; empty for none
     * @return the tree, or the problems
     */
    public Parsed parse(Reader in, String source) {
        try (JsonParser p = parser(mapper.createParser(in))) {
            return parse(p, source);
        } catch (JacksonException e) {
            return new Parsed(null, List.of(Errors.problem(e, source, limits)));
        }
    }

    /**
     * Parses bytes into a tree under the limits.
     *
     * @param in the bytes (UTF-8, or as detected)
     * @param source a name for locations
     * @return the tree, or the problems
     */
    public Parsed parse(InputStream in, String source) {
        try (JsonParser p = parser(mapper.createParser(in))) {
            return parse(p, source);
        } catch (JacksonException e) {
            return new Parsed(null, List.of(Errors.problem(e, source, limits)));
        }
    }

    /**
     * Parses one value from an open parser (for corpora: the parser sits before the value).
     *
     * @param p the parser
     * @param source a name for locations
     * @return the tree, or the problems
     */
    public Parsed parse(JsonParser p, String source) {
        try {
            JsonNode tree = mapper.readTree(p);
            if (tree == null || tree.isMissingNode()) {
                return new Parsed(null, List.of(Problem.of(source, IoProblems.SYNTAX, "the document is empty")));
            }
            return new Parsed(tree, List.of());
        } catch (AliasLimitExceeded e) {
            return new Parsed(null, List.of(Problem.of(Errors.location(source, e.location), IoProblems.LIMIT_EXCEEDED,
                    "the document uses more YAML aliases (*name) than the limit of " + e.limit
                            + " (ReadLimits.maxYamlAliases); format v1 needs none: write the value out in full")));
        } catch (JacksonException e) {
            return new Parsed(null, List.of(Errors.problem(e, source, limits, p.currentLocation())));
        }
    }

    /**
     * Wraps a parser of this engine's syntax with the alias check.
     *
     * @param p a parser
     * @return the parser to read from
     */
    public JsonParser parser(JsonParser p) {
        return syntax == Syntax.YAML && limits.maxYamlAliases() == 0 ? new AliasCountingParser(p, 0) : p;
    }

    /**
     * Reads a document from a tree: envelope, fields, then domain validation, every problem in one
     * pass (see {@link #read(JsonNode, String, Supplier)}), without line and column.
     *
     * @param tree the parsed tree
     * @param source a name to put before JSON pointers, e.g. {@code "csd.yaml#"}; empty for none
     * @return the document or every problem
     */
    public Result<MspDocument> read(JsonNode tree, String source) {
        return read(tree, source, null);
    }

    /**
     * Reads a document from a tree: envelope, fields, then domain validation. Format problems do not
     * hide domain problems: what could be read is validated too (an unreadable element is left out,
     * and references to it are not reported again), each domain problem's model path turned into the
     * JSON pointer of the document. When {@code again} is given, every problem's message starts with
     * the line and column where its value (or the closest enclosing value) starts.
     *
     * @param tree the parsed tree
     * @param source a name to put before JSON pointers; empty for none
     * @param again a fresh parser over the same text, for line and column; {@code null} for none
     * @return the document or every problem
     */
    public Result<MspDocument> read(JsonNode tree, String source, Supplier<JsonParser> again) {
        List<Problem> problems = new ArrayList<>(envelope(tree));
        if (!tree.isObject()) {
            return Result.invalid(located(problems, source, again));
        }
        Reading reading = new Reading(lenient);
        MspProcess process = null;
        try {
            process = new TreeReader(reading).process(tree, "");
        } catch (IllegalArgumentException e) {
            // the parts read do not make a process (e.g. a builder's check); their problems are reported
            if (!reading.failed()) {
                throw e;
            }
        }
        problems.addAll(reading.problems());
        if (process != null) {
            for (Problem p : process.validate().problems()) {
                String pointer = reading.documentPointer(ModelPaths.toPointer(p.location()));
                if (!alreadyReported(pointer, p, problems, reading)) {
                    problems.add(Problem.of(pointer, p.code(), p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Result.invalid(located(problems, source, again));
        }
        return Result.valid(new MspDocument(process, Extensions.of(reading.extensions())));
    }

    /** A domain problem that only repeats a format problem: at or under its pointer, or naming a dropped element. */
    private static boolean alreadyReported(String pointer, Problem p, List<Problem> format, Reading reading) {
        if (format.isEmpty()) {
            return false;
        }
        for (Problem f : format) {
            if (pointer.equals(f.location()) || pointer.startsWith(f.location() + "/")) {
                return true;
            }
        }
        if (p.code().equals(Problem.UNRESOLVED_REFERENCE)) {
            for (String id : reading.droppedIds()) {
                if (p.message().contains("with id '" + id + "'")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The problems with the source before each pointer and, when the text can be read again, line and column. */
    private List<Problem> located(List<Problem> problems, String source, Supplier<JsonParser> again) {
        PointerLocations where = null;
        if (again != null) {
            try {
                where = PointerLocations.scan(parser(again.get()), problems.stream().map(Problem::location).toList());
            } catch (JacksonException | java.io.UncheckedIOException e) {
                where = null; // the text parsed before; without locations the pointers still hold
            }
        }
        String prefix = source.isEmpty() ? "" : source + "#";
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            String at = where == null ? "" : where.lineColumn(p.location())
                    .map(lc -> "line " + lc.replace(":", ", column ") + ": ").orElse("");
            out.add(Problem.of(prefix + p.location(), p.code(), at + p.message()));
        }
        return out;
    }

    /** Domain validation of a mapped process (fast path: no format problems), model paths turned into JSON pointers. */
    private static Result<MspDocument> validated(MspProcess process, Extensions extensions, String source) {
        List<Problem> domain = new ArrayList<>();
        process.validate().problems().forEach(p -> domain.add(
                Problem.of(ModelPaths.toPointer(p.location()), p.code(), p.message())));
        if (!domain.isEmpty()) {
            return Result.invalid(prefix(domain, source));
        }
        return Result.valid(new MspDocument(process, extensions));
    }

    /**
     * The fast path: maps JSON text straight from the token stream to a process, for a document
     * that the tree path would read without a problem and without extension fields. Empty for
     * YAML and for any other document; the caller then reads the text through {@link #parse} and
     * {@link #read(JsonNode, String)}, which report the problems.
     *
     * @param text the JSON text of one document
     * @return the process (not yet validated), or empty
     */
    public Optional<MspProcess> mapStreaming(String text) {
        if (syntax != Syntax.JSON) {
            return Optional.empty();
        }
        try (JsonParser p = streaming.createParser(ObjectReadContext.empty(), text)) {
            return StreamingProcessReader.read(new JacksonCursor(p));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * The fast path over UTF-8 bytes, as {@link #mapStreaming(String)}, through Jackson's byte parser.
     *
     * @param json the bytes of one document
     * @return the process (not yet validated), or empty
     */
    public Optional<MspProcess> mapStreaming(byte[] json) {
        if (syntax != Syntax.JSON) {
            return Optional.empty();
        }
        try (JsonParser p = streaming.createParser(ObjectReadContext.empty(), json)) {
            return StreamingProcessReader.read(new JacksonCursor(p));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a document on the fast path, validation included.
     *
     * @param text the JSON text of one document
     * @param source a name to put before JSON pointers of validation problems; empty for none
     * @return the result, or empty when the tree path has to read the text (see {@link #mapStreaming(String)})
     */
    public Optional<Result<MspDocument>> readStreaming(String text, String source) {
        return mapStreaming(text).map(p -> validated(p, Extensions.none(), source));
    }

    /**
     * Reads a document of UTF-8 bytes on the fast path, validation included.
     *
     * @param json the bytes of one document
     * @param source a name to put before JSON pointers of validation problems; empty for none
     * @return the result, or empty when the tree path has to read the bytes
     */
    public Optional<Result<MspDocument>> readStreaming(byte[] json, String source) {
        return mapStreaming(json).map(p -> validated(p, Extensions.none(), source));
    }

    private static List<Problem> prefix(List<Problem> problems, String source) {
        if (source.isEmpty()) {
            return problems;
        }
        return problems.stream().map(p -> Problem.of(source + "#" + p.location(), p.code(), p.message())).toList();
    }

    private static List<Problem> envelope(JsonNode tree) {
        if (!tree.isObject()) {
            return List.of(Problem.of("", IoProblems.WRONG_TYPE,
                    "an MSP document must be an object with formatVersion: 1 and kind: process, got "
                            + Reading.describe(tree)));
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode version = tree.get("formatVersion");
        if (version == null || version.isNull()) {
            problems.add(Problem.of("/formatVersion", IoProblems.UNSUPPORTED_VERSION,
                    "required field 'formatVersion' is missing; this library reads format version "
                            + MspDocument.FORMAT_VERSION));
        } else if (!version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() != MspDocument.FORMAT_VERSION) {
            problems.add(Problem.of("/formatVersion", IoProblems.UNSUPPORTED_VERSION,
                    "format version " + (version.isNumber() ? version.numberValue().toString() : Reading.describe(version))
                            + " is not supported; this library reads format version "
                            + MspDocument.FORMAT_VERSION));
        }
        JsonNode kind = tree.get("kind");
        if (kind == null || kind.isNull()) {
            problems.add(Problem.of("/kind", IoProblems.MISSING_FIELD, "required field 'kind' is missing; expected "
                    + "\"process\""));
        } else if (!kind.isString() || !kind.stringValue().equals("process")) {
            problems.add(Problem.of("/kind", IoProblems.INVALID_VALUE, "kind must be \"process\", got "
                    + Reading.describe(kind)));
        }
        return problems;
    }

    /**
     * A document as a tree: the process's fields, then its extension fields in their objects.
     *
     * @param document the document
     * @return the tree
     * @throws MspWriteException if an extension field's object no longer exists, or clashes with a field
     */
    public static ObjectNode tree(MspDocument document) {
        ObjectNode root = TreeWriter.document(document.process());
        Extensions x = document.extensions();
        List<String> orphans = new ArrayList<>();
        for (String pointer : x.pointers()) {
            JsonNode target = root.at(pointer);
            if (!(target instanceof ObjectNode object)) {
                orphans.add("'" + pointer + "' " + x.at(pointer).keySet());
                continue;
            }
            for (Map.Entry<String, JsonNode> e : x.at(pointer).entrySet()) {
                if (object.has(e.getKey())) {
                    throw new MspWriteException("extension field '" + e.getKey() + "' at '" + pointer
                            + "' has the name of a format v1 field there");
                }
                object.set(e.getKey(), e.getValue());
            }
        }
        if (!orphans.isEmpty()) {
            throw new MspWriteException("extension fields are attached to objects this process no longer has, "
                    + "so writing would lose them: " + String.join(", ", orphans)
                    + "; move them with Extensions or drop them on purpose");
        }
        return root;
    }

    /**
     * Writes a document as text.
     *
     * @param document the document
     * @param out where to
     */
    public void write(MspDocument document, Writer out) {
        try {
            mapper.writeValue(out, tree(document));
        } catch (JacksonException e) {
            throw new MspWriteException("could not write MSP document " + document.process().id() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a document as UTF-8 bytes.
     *
     * @param document the document
     * @param out where to
     */
    public void write(MspDocument document, OutputStream out) {
        try {
            mapper.writeValue(out, tree(document));
        } catch (JacksonException e) {
            throw new MspWriteException("could not write MSP document " + document.process().id() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * A document as JSON on one line (for NDJSON and JSON-array corpora).
     *
     * @param document the document
     * @return compact JSON text without line breaks
     */
    public String compactJson(MspDocument document) {
        return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(document));
    }

    /**
     * A document as text.
     *
     * @param document the document
     * @return JSON or YAML text
     */
    public String write(MspDocument document) {
        return mapper.writeValueAsString(tree(document));
    }


}
