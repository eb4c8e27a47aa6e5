package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.PlausibleDates;
import org.msptoolkit.core.taxonomy.Coded;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.JsonNode;

/**
 * One streaming read of a format-v1 document over a Jackson {@link JsonParser}: the JSON pointer of
 * the value the parser is at, the problems found so far (each with that pointer and the line and
 * column where the value starts), the extension fields kept, and an index of where every value read
 * starts, so that domain problems found after the read can be placed too. Each reading method
 * expects the parser at the first token of a value and leaves it at the value's last token; a value
 * of the wrong type is reported and skipped, and the method returns {@code null}. Not thread-safe;
 * one per document. Internal.
 */
final class Cursor {
    /** A problem found while reading: its pointer, code, message and where its value starts. */
    record Found(String pointer, String code, String message, long position) {}

    private final JsonParser p;
    private final boolean lenient;
    /** JSON parsers give the token's line and column without making a location object. */
    private final @Nullable ParserBase cheap;

    // the open objects and arrays, outermost first: a field name, or null and an element index
    private @Nullable String[] names = new String[16];
    private int[] indexes = new int[16];
    /** For each open object: the known fields met, a bit per {@link FieldNames} index. */
    private long[] seen = new long[16];

    private long[] starts = new long[16];
    private int depth;
    /** Where the object last closed started, for its missing fields. */
    private long closedStart;
    /** The id of the object last closed, for a dropped element. */
    private @Nullable String closedId;

    private @Nullable String[] ids = new String[16];

    /** Where every value read starts, for placing problems found after the read. */
    private final ValueIndex index;

    private final List<Found> problems = new ArrayList<>();
    private @Nullable Map<String, Map<String, JsonNode>> extensions;
    private @Nullable Set<String> droppedIds;
    private @Nullable Map<String, int[]> kept;

    /**
     * A cursor over one document's tokens that collects its problems.
     *
     * @param parser the parser
     * @param lenient whether unknown fields are kept rather than reported
     * @param index where the positions of the values read go (empty)
     */
    Cursor(JsonParser parser, boolean lenient, ValueIndex index) {
        this.p = parser;
        this.lenient = lenient;
        this.index = index;
        this.cheap = parser instanceof ParserBase b && !(parser instanceof tools.jackson.dataformat.yaml.YAMLParser)
                ? b
                : null;
    }

    JsonParser parser() {
        return p;
    }

    List<Found> problems() {
        return problems;
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    Map<String, Map<String, JsonNode>> extensions() {
        return extensions == null ? Map.of() : extensions;
    }

    Set<String> droppedIds() {
        return droppedIds == null ? Set.of() : droppedIds;
    }

    Map<String, int[]> kept() {
        return kept == null ? Map.of() : kept;
    }

    // ---- positions

    static long pack(int line, int column) {
        return line < 1 ? -1 : ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long position) {
        return (int) (position >>> 32);
    }

    static int column(long position) {
        return (int) position;
    }

    /** Where the current token starts. */
    long position() {
        if (cheap != null) {
            // ParserBase's column counts one more than its token location does
            return pack(cheap.getTokenLineNr(), cheap.getTokenColumnNr() - 1);
        }
        TokenStreamLocation loc = p.currentTokenLocation();
        return pack(loc.getLineNr(), loc.getColumnNr());
    }

    /** Records where the current value starts, under the current pointer. */
    void mark() {
        int d = depth;
        if (d == 0) {
            index.add(0, null, position());
        } else {
            // marked values lie at most a few levels deep (deeper ones are skipped or kept whole); an
            // element index past 2^24 is not told apart
            index.add(d << 24 | (indexes[d - 1] & 0xffffff), names[d - 1], position());
        }
    }

    /**
     * Where the value at a document pointer starts, or its closest enclosing value read.
     *
     * @param pointer a JSON pointer
     * @return the position, or -1 if unknown
     */
    long positionOf(String pointer) {
        return index.positionOf(pointer);
    }

    /**
     * Returns the string read at exactly this pointer, or {@code null}.
     *
     * @return the string read at exactly this pointer, or {@code null}
     */
    @Nullable
    String textAt(String pointer) {
        return index.textAt(pointer);
    }

    // ---- pointers and problems

    /**
     * Returns the JSON pointer of the current value.
     *
     * @return the JSON pointer of the current value
     */
    String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append('/');
            if (names[i] != null) {
                appendEscaped(sb, names[i]);
            } else {
                sb.append(indexes[i]);
            }
        }
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            sb.append(token);
        } else {
            sb.append(token.replace("~", "~0").replace("/", "~1"));
        }
    }

    /** Records a problem at the current value. */
    void problem(String code, String message) {
        problems.add(new Found(pointer(), code, message, position()));
    }

    /** Records a problem at a pointer and position. */
    void problem(String pointer, String code, String message, long position) {
        problems.add(new Found(pointer, code, message, position));
    }

    /** Reports the current value as of the wrong type and skips it. */
    private void wrongType(String expected) {
        problem(IoProblems.WRONG_TYPE, "expected " + expected + ", got " + describe());
        p.skipChildren();
    }

    /** Reports a required field of the object just read as missing (at its null, or the object's start). */
    void missing(String field) {
        missing(field, IoProblems.MISSING_FIELD, "required field '" + field + "' is missing");
    }

    /** Reports a field of the object just read as missing (at its null, or the object's start). */
    void missing(String field, String code, String message) {
        StringBuilder sb = new StringBuilder(pointer()).append('/');
        appendEscaped(sb, field);
        String at = sb.toString();
        problem(at, code, message, positionOf(at));
    }

    /** The current value in words, e.g. {@code the string "x"}; for messages. */
    String describe() {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            case VALUE_TRUE -> "the boolean true";
            case VALUE_FALSE -> "the boolean false";
            case VALUE_STRING -> {
                String s = p.getString();
                yield "the string \"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String s = number().toString();
                yield "the number " + (s.length() > 60 ? s.substring(0, 60) + "…" : s);
            }
            default -> t.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The current number as a tree holds it: exact decimals, NaN and infinities as doubles. */
    Number number() {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal d = p.isNaN() ? null : Values.decimalOrNull(p);
            return d == null ? p.getDoubleValue() : d;
        }
        return p.getNumberValue();
    }

    // ---- objects and arrays

    private void push(@Nullable String name, int index) {
        int d = depth;
        if (d == names.length) {
            int m = d * 2;
            names = Arrays.copyOf(names, m);
            indexes = Arrays.copyOf(indexes, m);
            seen = Arrays.copyOf(seen, m);
            starts = Arrays.copyOf(starts, m);
            ids = Arrays.copyOf(ids, m);
        }
        names[d] = name;
        indexes[d] = index;
        seen[d] = 0;
        ids[d] = null;
        depth = d + 1;
    }

    /** Enters the object at the current value; reports and skips anything else. */
    boolean object() {
        return object("an object");
    }

    /** Enters the object at the current value; reports anything else as not the {@code expected} and skips it. */
    boolean object(String expected) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(expected);
            return false;
        }
        long start = position();
        push("", 0);
        starts[depth - 1] = start;
        return true;
    }

    /**
     * The next field of the object entered with {@link #object()} whose value is not {@code null},
     * with the parser on its value. Fields this kind of object does not have are kept as extension
     * fields ({@code x-…}, or any in lenient mode) or reported, and passed over.
     *
     * @param known the fields of this kind of object
     * @return one of {@code known.names}, or {@code null} at the end of the object
     */
    @Nullable
    String field(FieldNames known) {
        int d = depth - 1;
        while (true) {
            int k = p.nextNameMatch(known.matcher);
            if (k == PropertyNameMatcher.MATCH_END_OBJECT) {
                // END_OBJECT (the parser checks the syntax)
                closedStart = starts[d];
                closedId = ids[d];
                depth = d;
                return null;
            }
            if (k < 0) {
                String name = p.currentName();
                names[d] = name;
                p.nextToken();
                unknown(name, known);
                continue;
            }
            String name = known.names[k];
            names[d] = name;
            long bit = 1L << k;
            if ((seen[d] & bit) != 0) {
                throw duplicate(name);
            }
            seen[d] |= bit;
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                mark(); // the same as leaving the field out, but a place for its problem
                continue;
            }
            mark();
            return name;
        }
    }

    /**
     * The next key of a map-like object entered with {@link #object()} (tally counts, chambers),
     * with the parser on its value.
     *
     * @param met the keys met so far in this object; a key met twice ends the read
     * @return the key, or {@code null} at the end of the object
     */
    @Nullable
    String key(Set<String> met) {
        int d = depth - 1;
        String name = p.nextName();
        if (name != null && !met.add(name)) {
            throw duplicate(name);
        }
        if (name == null) {
            closedStart = starts[d];
            closedId = null;
            depth = d;
            return null;
        }
        names[d] = name;
        p.nextToken();
        mark();
        return name;
    }

    /** Reports a problem with the object just read, at its pointer and start. */
    void invalidObject(String message) {
        problem(pointer(), IoProblems.INVALID_VALUE, message, closedStart);
    }

    /**
     * The document pointer of a pointer built from model indexes: an array that lost unreadable
     * elements holds its later elements at higher indexes in the document.
     *
     * @param modelPointer a pointer whose array indexes count the elements read
     * @return the pointer into the document
     */
    String documentPointer(String modelPointer) {
        if (kept == null || modelPointer.isEmpty()) {
            return modelPointer;
        }
        StringBuilder out = new StringBuilder();
        for (String token : modelPointer.substring(1).split("/", -1)) {
            int[] map = kept.get(out.toString());
            if (map != null
                    && !token.isEmpty()
                    && token.length() < 10
                    && token.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(token);
                token = i < map.length ? Integer.toString(map[i]) : token;
            }
            out.append('/').append(token);
        }
        return out.toString();
    }

    /**
     * Problems as {@link Problem}s: {@code prefix} before each pointer, and the line and column of
     * the value before each message.
     *
     * @param found the problems
     * @param prefix e.g. {@code "csd.yaml#"}; empty for none
     * @param lineShift added to each line (for a record that starts on a later line of its file)
     * @return the problems
     */
    static List<Problem> located(List<Found> found, String prefix, long lineShift) {
        List<Problem> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String at = f.position() < 0
                    ? ""
                    : "line " + (line(f.position()) + lineShift) + ", column " + column(f.position()) + ": ";
            out.add(Problem.of(prefix + f.pointer(), f.code(), at + f.message()));
        }
        return out;
    }

    /**
     * A name met twice in one object, reported as Jackson's own duplicate detection would (the
     * reader's JSON parser leaves it to the reader): the read stops there.
     */
    StreamReadException duplicate(String name) {
        // where Jackson's own detection stands: just after the quoted name
        TokenStreamLocation at = p.currentTokenLocation();
        TokenStreamLocation after = new TokenStreamLocation(
                at.contentReference(),
                at.getByteOffset(),
                at.getCharOffset(),
                at.getLineNr(),
                at.getColumnNr() + name.length() + 2);
        return new StreamReadException(p, "Duplicate Object property \"" + name + "\"", after);
    }

    private void unknown(String name, FieldNames known) {
        String at = pointer();
        if (lenient || name.startsWith("x-")) {
            String object = at.substring(0, at.lastIndexOf('/'));
            if (extensions == null) {
                extensions = new LinkedHashMap<>();
            }
            if (extensions.computeIfAbsent(object, o -> new LinkedHashMap<>()).put(name, Trees.read(p)) != null) {
                throw duplicate(name);
            }
            return;
        }
        for (Found f : problems) {
            if (f.pointer().equals(at) && f.code().equals(IoProblems.UNKNOWN_FIELD)) {
                throw duplicate(name);
            }
        }
        problem(
                IoProblems.UNKNOWN_FIELD,
                "unknown field '" + name + "'"
                        + Suggest.closest(name, known.set)
                                .map(c -> " (did you mean '" + c + "'?)")
                                .orElse("")
                        + "; fields here are " + String.join(", ", known.set)
                        + "; extension fields must start with 'x-'");
        p.skipChildren();
    }

    /** Enters the array at the current value; reports and skips anything else. */
    boolean array() {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType("an array");
            return false;
        }
        push(null, -1);
        return true;
    }

    /**
     * Returns whether the array entered with {@link #array()} has another element, the parser then on it.
     *
     * @return whether the array entered with {@link #array()} has another element, the parser then on it
     */
    boolean element() {
        int d = depth - 1;
        if (p.nextToken() == JsonToken.END_ARRAY) {
            depth = d;
            return false;
        }
        indexes[d]++;
        closedId = null;
        mark();
        return true;
    }

    /**
     * Returns the document index of the current array element.
     *
     * @return the document index of the current array element
     */
    int index() {
        return indexes[depth - 1];
    }

    /**
     * Returns the id of the object last closed (an element that could not be read), or {@code null}.
     *
     * @return the id of the object last closed (an element that could not be read), or {@code null}
     */
    @Nullable
    String closedId() {
        return closedId;
    }

    /** Notes an element left out of the array being read, at its document index. */
    void dropped(@Nullable String id) {
        if (id != null) {
            if (droppedIds == null) {
                droppedIds = new HashSet<>();
            }
            droppedIds.add(id);
        }
    }

    /** Notes which document indexes the elements of the array just read (at the current pointer) came from. */
    void kept(int[] documentIndexes) {
        if (kept == null) {
            kept = new HashMap<>();
        }
        kept.put(pointer(), documentIndexes);
    }

    // ---- scalars

    /**
     * Returns the current string; {@code null} (reported) for any other value.
     *
     * @return the current string; {@code null} (reported) for any other value
     */
    @Nullable
    String string() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            wrongType("a string");
            return null;
        }
        String s = p.getString();
        if (Values.loneSurrogate(s) >= 0) {
            problem(IoProblems.INVALID_VALUE, Values.LONE_SURROGATE);
            return null;
        }
        index.text(s);
        if (depth > 0 && "id".equals(names[depth - 1])) {
            ids[depth - 1] = s;
        }
        return s;
    }

    /**
     * Returns the current string converted by {@code parse}; its {@link IllegalArgumentException} is reported.
     *
     * @return the current string converted by {@code parse}; its {@link IllegalArgumentException} is reported
     */
    <T> @Nullable T coded(Function<String, T> parse) {
        String s = string();
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            problem(IoProblems.INVALID_VALUE, String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** The current string as a taxonomy code, matched in the parser's buffer; an unknown code names the allowed ones. */
    <E extends Enum<E> & Coded> @Nullable E code(CodeTable<E> table) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            E value = table.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
            if (value != null) {
                return value;
            }
        }
        return coded(table.parser);
    }

    /** The current string as an ISO 8601 date: {@code yyyy-MM-dd} without making a String, anything else parsed. */
    @Nullable
    LocalDate date() {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getStringLength() == 10) {
            char[] b = p.getStringCharacters();
            int o = p.getStringOffset();
            if (b[o + 4] == '-' && b[o + 7] == '-') {
                int year = digits(b, o, o + 4);
                int month = digits(b, o + 5, o + 7);
                int day = digits(b, o + 8, o + 10);
                // a year outside PlausibleDates is reported by Values.date below
                if (year >= PlausibleDates.EARLIEST.getYear()
                        && year <= PlausibleDates.LATEST.getYear()
                        && month >= 0
                        && day >= 0) {
                    try {
                        return LocalDate.of(year, month, day);
                    } catch (DateTimeException e) {
                        // an impossible day: reported with the text below
                    }
                }
            }
        }
        return coded(Values::date);
    }

    private static int digits(char[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Returns the current boolean; {@code null} (reported) for any other value.
     *
     * @return the current boolean; {@code null} (reported) for any other value
     */
    @Nullable
    Boolean bool() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        wrongType("true or false");
        return null;
    }

    /**
     * Returns the current whole number that fits a long; {@code null} (reported) otherwise.
     *
     * @return the current whole number that fits a long; {@code null} (reported) otherwise
     */
    @Nullable
    Long whole() {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return p.getLongValue();
            }
        }
        wrongType("a whole number");
        return null;
    }

    /**
     * Returns the current number, exact with its trailing zeros; {@code null} (reported) otherwise.
     *
     * @return the current number, exact with its trailing zeros; {@code null} (reported) otherwise
     */
    @Nullable
    BigDecimal decimal() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return switch (p.getNumberType()) {
                case INT -> BigDecimal.valueOf(p.getIntValue());
                case LONG -> BigDecimal.valueOf(p.getLongValue());
                default -> inRange(new BigDecimal(p.getBigIntegerValue()));
            };
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT && !p.isNaN()) {
            return inRange(Values.decimalOrNull(p));
        }
        wrongType("a number");
        return null;
    }

    /** The number, or {@code null} (reported) when it is out of the range of {@link Values#outOfRange}. */
    private @Nullable BigDecimal inRange(@Nullable BigDecimal d) {
        if (d == null || Values.outOfRange(d)) {
            problem(IoProblems.INVALID_VALUE, Values.OUT_OF_RANGE);
            return null;
        }
        return d;
    }

    /**
     * Returns whether the current value is an object.
     *
     * @return whether the current value is an object
     */
    boolean atObject() {
        return p.currentToken() == JsonToken.START_OBJECT;
    }
}
