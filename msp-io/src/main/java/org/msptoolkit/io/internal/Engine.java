package org.msptoolkit.io.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.Extensions;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspWriteException;
import org.msptoolkit.io.ReadLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
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
 * Reads and writes format-v1 documents for one syntax and one set of limits: text to
 * {@link MspDocument} in one streaming pass under {@link StreamReadConstraints} ({@link ProcessReader}),
 * collecting every problem, domain validation with model paths turned into JSON pointers, and back.
 * Charters and frameworks ({@link PlainTreeFormat}) are parsed into a tree with {@link #parse}.
 * Thread-safe. Internal.
 */
public final class Engine {
    private final Syntax syntax;
    private final ReadLimits limits;
    private final boolean lenient;
    private final ObjectMapper mapper;
    /**
     * The reader's factory: the mapper's for YAML; for JSON the same limits without Jackson's
     * duplicate-name detection, which {@link Cursor} does itself at less cost.
     */
    private final TokenStreamFactory reading;
    /** Indexes of value positions, reused from one document to the next. */
    private final ValueIndexPool indexes = new ValueIndexPool();

    /**
     * An engine for one syntax, its limits and its strictness.
     *
     * @param syntax JSON or YAML
     * @param limits bounds on each document
     * @param lenient whether unknown fields are kept instead of reported
     */
    public Engine(Syntax syntax, ReadLimits limits, boolean lenient) {
        this.syntax = syntax;
        this.limits = limits;
        this.lenient = lenient;
        this.mapper = syntax == Syntax.JSON ? jsonMapper(limits) : yamlMapper(limits);
        this.reading = syntax == Syntax.JSON
                ? JsonFactory.builder()
                        .streamReadConstraints(constraints(limits))
                        .build()
                : mapper.tokenStreamFactory();
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns the syntax.
     *
     * @return the syntax
     */
    public Syntax syntax() {
        return syntax;
    }

    /**
     * A parser for the streaming reader over text.
     *
     * @param text JSON or YAML text
     * @return the parser (YAML wrapped with the alias check)
     */
    public JsonParser readParser(String text) {
        return parser(reading.createParser(ObjectReadContext.empty(), text));
    }

    /**
     * A parser for the streaming reader over bytes.
     *
     * @param bytes UTF-8 (or as detected)
     * @return the parser
     */
    public JsonParser readParser(byte[] bytes) {
        return parser(reading.createParser(ObjectReadContext.empty(), bytes));
    }

    /**
     * A parser for the streaming reader over a stream.
     *
     * @param in the bytes; closed with the parser
     * @return the parser
     */
    public JsonParser readParser(InputStream in) {
        return parser(reading.createParser(ObjectReadContext.empty(), in));
    }

    /**
     * Returns the mapper, configured with the limits.
     *
     * @return the mapper, configured with the limits
     */
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
                .setSchema(new YamlSchema())
                .build();
        YAMLFactoryBuilder b =
                limits.maxYamlAliases() > 0 ? YAMLAnchorReplayingFactory.builder() : YAMLFactory.builder();
        YAMLFactory factory = b.loadSettings(settings)
                .streamReadConstraints(constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(YamlQuoting.INSTANCE)
                .build();
        return YAMLMapper.builder(factory)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** What one parse gives: a tree or the problems. */
    public record Parsed(@Nullable JsonNode tree, List<Problem> problems) {}

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
            return new Parsed(
                    null,
                    List.of(
                            Problem.of(
                                    Errors.location(source, e.location),
                                    IoProblems.LIMIT_EXCEEDED,
                                    "the document uses more YAML aliases (*name) than the limit of " + e.limit
                                            + " (ReadLimits.maxYamlAliases); format v1 needs none: write the value out in full")));
        } catch (JacksonException e) {
            return new Parsed(null, List.of(Errors.problem(e, source, limits, p.currentLocation())));
        } catch (NumberFormatException e) {
            // Jackson's BigDecimal refuses an exponent such as 1e99999999999 with this unchecked exception
            return new Parsed(
                    null,
                    List.of(Problem.of(
                            Errors.location(source, p.currentLocation()),
                            IoProblems.INVALID_VALUE,
                            Values.OUT_OF_RANGE)));
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
     * Reads a document from text in one streaming pass (see {@link #read(JsonParser, String, String, long, long)}).
     *
     * @param text JSON or YAML text
     * @param source a name for locations, e.g. a file name; empty for none
     * @return the document or every problem
     */
    public Result<MspDocument> read(String text, String source) {
        try (JsonParser p = readParser(text)) {
            return read(p, source, source, 0, text.length());
        } catch (JacksonException e) {
            return Result.invalid(List.of(Errors.problem(e, source, limits)));
        }
    }

    /**
     * Reads a document from bytes (UTF-8, or as detected) in one streaming pass.
     *
     * @param bytes the bytes
     * @param source a name for locations
     * @return the document or every problem
     */
    public Result<MspDocument> read(byte[] bytes, String source) {
        try (JsonParser p = readParser(bytes)) {
            return read(p, source, source, 0, bytes.length);
        } catch (JacksonException e) {
            return Result.invalid(List.of(Errors.problem(e, source, limits)));
        }
    }

    /**
     * Reads a document from a stream in one streaming pass; the stream is closed.
     *
     * @param in the bytes
     * @param source a name for locations
     * @return the document or every problem
     */
    public Result<MspDocument> read(InputStream in, String source) {
        try (JsonParser p = readParser(in)) {
            return read(p, source, source, 0, 0);
        } catch (JacksonException e) {
            return Result.invalid(List.of(Errors.problem(e, source, limits)));
        }
    }

    /**
     * Reads one whole document from a parser of this engine's mapper, in one pass: envelope, fields
     * and domain validation. Format problems do not hide domain problems: an element that cannot be
     * read is left out (and references to it are not reported again), what could be read is
     * validated, each domain problem's model path turned into the JSON pointer of the document.
     * Every problem's message starts with the line and column where its value (or the closest
     * enclosing value) starts. A syntax or limit error ends the read with that one problem, at
     * {@code source:line:column}.
     *
     * @param p the parser, before the document
     * @param source a name for {@code source:line:column} of a syntax error; empty for none
     * @param record a name to put before JSON pointers, e.g. {@code "c.ndjson:5"}; empty for none
     * @param lineShift added to every line reported (for a record on a later line of a corpus)
     * @param length the document's length if known, else 0
     * @return the document or every problem
     */
    public Result<MspDocument> read(JsonParser p, String source, String record, long lineShift, long length) {
        try {
            if (p.nextToken() == null) {
                return Result.invalid(List.of(Problem.of(record, IoProblems.SYNTAX, "the document is empty")));
            }
            ValueIndex index = indexes.take(length);
            try {
                ProcessReader.Read<MspProcess> read = new ProcessReader(p, lenient, index).whole();
                JsonToken trailing = p.nextToken();
                if (trailing != null) {
                    return Result.invalid(List.of(Problem.of(
                            Errors.location(source, p.currentTokenLocation(), lineShift),
                            IoProblems.SYNTAX,
                            "trailing token (" + trailing + ") after the document; a file holds " + "one document")));
                }
                return finish(read, record, lineShift);
            } finally {
                indexes.giveBack(index);
            }
        } catch (AliasLimitExceeded e) {
            return Result.invalid(List.of(Problem.of(
                    Errors.location(source, e.location),
                    IoProblems.LIMIT_EXCEEDED,
                    "the document uses more YAML aliases (*name) than the limit of " + e.limit
                            + " (ReadLimits.maxYamlAliases); format v1 needs none: write the value out in full")));
        } catch (JacksonException e) {
            return Result.invalid(List.of(Errors.problem(e, source, limits, p.currentLocation(), lineShift)));
        }
    }

    /**
     * Reads one document from a parser at its first token, without domain validation (for a corpus,
     * whose records are validated by whoever calls {@link #finish}); a syntax or limit error throws.
     *
     * @param p the parser, at the document's first token; left at its last
     * @return what the read gave
     */
    public ProcessReader.Read<MspProcess> readDocument(JsonParser p) {
        return new ProcessReader(p, lenient, 0).whole();
    }

    /**
     * Finishes a read: domain validation of what could be read, then every problem located.
     *
     * @param read what {@link #readDocument} gave
     * @param source a name to put before JSON pointers; empty for none
     * @param lineShift added to every line reported
     * @return the document or every problem
     */
    public Result<MspDocument> finish(ProcessReader.Read<MspProcess> read, String source, long lineShift) {
        Cursor c = read.cursor();
        MspProcess process = read.value();
        List<Cursor.Found> problems = new ArrayList<>(c.problems());
        // in document order (a missing field at the start of its object)
        problems.sort(java.util.Comparator.comparingLong(f -> f.position() < 0 ? Long.MAX_VALUE : f.position()));
        int format = problems.size();
        if (process != null) {
            for (Problem p : process.validate().problems()) {
                String pointer = c.documentPointer(ModelPaths.toPointer(p.location()));
                if (!repeats(pointer, p, problems.subList(0, format), c)) {
                    problems.add(new Cursor.Found(pointer, p.code(), p.message(), c.positionOf(pointer)));
                }
            }
        }
        if (!problems.isEmpty() || process == null) {
            return Result.invalid(Cursor.located(problems, source.isEmpty() ? "" : source + "#", lineShift));
        }
        return Result.valid(new MspDocument(process, Extensions.of(c.extensions())));
    }

    /**
     * Whether a domain problem only repeats a format problem: it is at or under the pointer of one,
     * or it is a reference to an element that was left out because it could not be read.
     */
    private static boolean repeats(String pointer, Problem p, List<Cursor.Found> format, Cursor c) {
        if (format.isEmpty()) {
            return false;
        }
        for (Cursor.Found f : format) {
            if (pointer.equals(f.pointer()) || pointer.startsWith(f.pointer() + "/")) {
                return true;
            }
        }
        if (p.code().equals(Problem.UNRESOLVED_REFERENCE) && !c.droppedIds().isEmpty()) {
            String target = c.textAt(pointer);
            return target != null && c.droppedIds().contains(target);
        }
        return false;
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
            throw new MspWriteException(
                    "could not write MSP document " + document.process().id() + ": " + e.getOriginalMessage(), e);
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
            throw new MspWriteException(
                    "could not write MSP document " + document.process().id() + ": " + e.getOriginalMessage(), e);
        }
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
