package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * State of one tree-to-model read: the problems found so far (each with a JSON pointer) and the
 * extension fields kept. Readers return {@code null} for a required value they could not read,
 * after recording why; the caller builds nothing once a problem is recorded. Internal.
 */
public final class Reading {
    private final boolean lenient;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Map<String, JsonNode>> extensions = new LinkedHashMap<>();
    /** The ids of array elements that could not be read (so references to them are not reported again). */
    private final Set<String> droppedIds = new java.util.HashSet<>();
    /** For each array (by pointer) that lost elements: the document index of each element kept. */
    private final Map<String, int[]> kept = new java.util.HashMap<>();

    /** @param lenient whether unknown fields are kept rather than reported */
    public Reading(boolean lenient) {
        this.lenient = lenient;
    }

    /** @return the problems recorded, in order */
    public List<Problem> problems() {
        return problems;
    }

    /** @return the extension fields kept, by pointer of the object holding them */
    public Map<String, Map<String, JsonNode>> extensions() {
        return extensions;
    }

    /** @return the ids of elements dropped because they could not be read */
    public Set<String> droppedIds() {
        return droppedIds;
    }

    /**
     * The document pointer of a pointer built from model indexes ({@link ModelPaths#toPointer}): an
     * array that lost unreadable elements holds its later elements at higher indexes in the document.
     *
     * @param modelPointer a pointer whose array indexes count the elements read
     * @return the pointer into the document
     */
    public String documentPointer(String modelPointer) {
        if (kept.isEmpty() || modelPointer.isEmpty()) {
            return modelPointer;
        }
        StringBuilder out = new StringBuilder();
        for (String token : modelPointer.substring(1).split("/", -1)) {
            int[] map = kept.get(out.toString());
            if (map != null && !token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() < 10) {
                int i = Integer.parseInt(token);
                token = i < map.length ? Integer.toString(map[i]) : token;
            }
            out.append('/').append(token);
        }
        return out.toString();
    }

    /** @return whether any problem was recorded */
    public boolean failed() {
        return !problems.isEmpty();
    }

    /** Records a problem. */
    public void problem(String pointer, String code, String message) {
        problems.add(Problem.of(pointer, code, message));
    }

    /** Appends a reference token to a pointer, escaping it (RFC 6901). */
    public static String child(String pointer, String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return pointer + "/" + token;
        }
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * The node as an object whose fields are all known, extension fields ({@code x-…}, or any
     * unknown field in lenient mode) being kept; {@code null} if it is not an object.
     */
    ObjectNode object(JsonNode node, String pointer, Set<String> known) {
        if (node == null || !node.isObject()) {
            wrongType(pointer, "an object", node);
            return null;
        }
        ObjectNode object = (ObjectNode) node;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String name = e.getKey();
            if (known.contains(name)) {
                continue;
            }
            if (lenient || name.startsWith("x-")) {
                extensions.computeIfAbsent(pointer, p -> new LinkedHashMap<>()).put(name, e.getValue().deepCopy());
            } else {
                problem(child(pointer, name), IoProblems.UNKNOWN_FIELD, "unknown field '" + name + "'"
                        + Suggest.closest(name, known).map(c -> " (did you mean '" + c + "'?)").orElse("")
                        + "; fields here are " + String.join(", ", known)
                        + "; extension fields must start with 'x-'");
            }
        }
        return object;
    }

    void wrongType(String pointer, String expected, JsonNode actual) {
        problem(pointer, IoProblems.WRONG_TYPE, "expected " + expected + ", got " + describe(actual));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            String s = node.stringValue();
            return "the string \"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
        }
        if (node.isBoolean()) {
            return "the boolean " + node.booleanValue();
        }
        if (node.isNumber()) {
            String s = node.numberValue().toString();
            return "the number " + (s.length() > 60 ? s.substring(0, 60) + "…" : s);
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull();
    }

    /** A required string field; {@code null} (after a problem) when missing or not a string. */
    String string(ObjectNode o, String pointer, String field) {
        JsonNode n = o.get(field);
        String at = child(pointer, field);
        if (absent(n)) {
            problem(at, IoProblems.MISSING_FIELD, "required field '" + field + "' is missing");
            return null;
        }
        if (!n.isString()) {
            wrongType(at, "a string", n);
            return null;
        }
        return n.stringValue();
    }

    /** An optional string field; empty when absent or wrong (after a problem). */
    Optional<String> optString(ObjectNode o, String pointer, String field) {
        JsonNode n = o.get(field);
        if (absent(n)) {
            return Optional.empty();
        }
        if (!n.isString()) {
            wrongType(child(pointer, field), "a string", n);
            return Optional.empty();
        }
        return Optional.of(n.stringValue());
    }

    /** Converts text with {@code parse}, reporting its {@link IllegalArgumentException} as invalid value. */
    <T> T convert(String text, String at, Function<String, T> parse) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            problem(at, IoProblems.INVALID_VALUE, e.getMessage());
            return null;
        }
    }

    /** A required field of a string-coded type. */
    <T> T coded(ObjectNode o, String pointer, String field, Function<String, T> parse) {
        return convert(string(o, pointer, field), child(pointer, field), parse);
    }

    /** An optional field of a string-coded type. */
    <T> Optional<T> optCoded(ObjectNode o, String pointer, String field, Function<String, T> parse) {
        return optString(o, pointer, field).map(s -> convert(s, child(pointer, field), parse));
    }

    /** A string node converted with {@code parse}. */
    <T> T codedNode(JsonNode n, String at, Function<String, T> parse) {
        if (n == null || !n.isString()) {
            wrongType(at, "a string", n);
            return null;
        }
        return convert(n.stringValue(), at, parse);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO 8601 date such as 2002-08-26, got \"" + text + "\"", e);
        }
    }

    static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO 8601 duration such as PT2M30S, got \"" + text + "\"",
                    e);
        }
    }

    /** A required boolean field, or {@code fallback} when absent. */
    Boolean bool(ObjectNode o, String pointer, String field, Boolean fallback) {
        JsonNode n = o.get(field);
        if (absent(n)) {
            if (fallback == null) {
                problem(child(pointer, field), IoProblems.MISSING_FIELD, "required field '" + field + "' is missing");
            }
            return fallback;
        }
        if (!n.isBoolean()) {
            wrongType(child(pointer, field), "true or false", n);
            return null;
        }
        return n.booleanValue();
    }

    /** An integer node as a long; {@code null} (after a problem) otherwise. */
    Long integer(JsonNode n, String at) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
            wrongType(at, "a whole number", n);
            return null;
        }
        return n.longValue();
    }

    /** A required decimal number field. */
    BigDecimal decimal(ObjectNode o, String pointer, String field) {
        JsonNode n = o.get(field);
        String at = child(pointer, field);
        if (absent(n)) {
            problem(at, IoProblems.MISSING_FIELD, "required field '" + field + "' is missing");
            return null;
        }
        if (!n.isNumber() || (n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
            wrongType(at, "a number", n);
            return null;
        }
        return n.decimalValue();
    }

    /** The elements of an optional array field; empty when absent; {@code null} if not an array. */
    List<JsonNode> array(ObjectNode o, String pointer, String field) {
        JsonNode n = o.get(field);
        if (absent(n)) {
            return List.of();
        }
        if (!n.isArray()) {
            wrongType(child(pointer, field), "an array", n);
            return null;
        }
        List<JsonNode> out = new ArrayList<>(n.size());
        n.values().forEach(out::add);
        return out;
    }

    /** Reads every element of an array field, dropping failed ones (their problems are recorded). */
    <T> List<T> list(ObjectNode o, String pointer, String field, ElementReader<T> element) {
        List<JsonNode> nodes = array(o, pointer, field);
        if (nodes == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(nodes.size());
        String at = child(pointer, field);
        int[] indexes = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            T value = element.read(nodes.get(i), child(at, i));
            if (value != null) {
                indexes[out.size()] = i;
                out.add(value);
            } else {
                JsonNode id = nodes.get(i) == null ? null : nodes.get(i).get("id");
                if (id != null && id.isString()) {
                    droppedIds.add(id.stringValue());
                }
            }
        }
        if (out.size() < nodes.size()) {
            kept.put(at, java.util.Arrays.copyOf(indexes, out.size()));
        }
        return out;
    }

    /** Reads one element of an array. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonNode node, String pointer);
    }
}
