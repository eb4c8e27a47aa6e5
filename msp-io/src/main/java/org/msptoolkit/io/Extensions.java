package org.msptoolkit.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Fields of an MSP document that format v1 does not define, kept so that a round trip loses
 * nothing: {@code x-…} extension fields (always kept) and, in lenient mode, any other unknown field.
 * Each field is attached to the object that held it, named by its JSON pointer: {@code ""} for the
 * top level, {@code "/participants/3"} for the fourth participant, {@code "/meetings/0/agenda/1"}
 * for an agenda item, and so on. Writing puts every field back in the same object.
 *
 * <p>Because fields hang on positions, a changed process must still have an object at each
 * pointer; otherwise writing fails with {@link MspWriteException} rather than dropping the field.
 * Values are immutable here: they are copied on the way in and on the way out.
 *
 * <pre>{@code
 * Extensions x = Extensions.none().with("", "x-portal", JsonNodeFactory.instance.stringNode("clearing-house"));
 * }</pre>
 */
public final class Extensions {
    private static final Extensions NONE = new Extensions(Map.of());

    private final Map<String, Map<String, JsonNode>> fields;

    private Extensions(Map<String, Map<String, JsonNode>> fields) {
        this.fields = fields;
    }

    /**
     * Returns no extension fields.
     *
     * @return no extension fields
     */
    public static Extensions none() {
        return NONE;
    }

    /**
     * Extension fields by the pointer of the object holding them.
     *
     * @param fields pointer to (name to value), copied
     * @return the extensions
     */
    public static Extensions of(Map<String, ? extends Map<String, ? extends JsonNode>> fields) {
        Map<String, Map<String, JsonNode>> copy = new LinkedHashMap<>();
        fields.forEach((pointer, named) -> {
            checkPointer(pointer);
            if (!named.isEmpty()) {
                Map<String, JsonNode> inner = new LinkedHashMap<>();
                named.forEach((name, value) -> inner.put(
                        Objects.requireNonNull(name, "extension field name"),
                        Objects.requireNonNull(value, "extension field value").deepCopy()));
                copy.put(pointer, Collections.unmodifiableMap(inner));
            }
        });
        return copy.isEmpty() ? NONE : new Extensions(Collections.unmodifiableMap(copy));
    }

    private static void checkPointer(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException(
                    "a JSON pointer must be empty or start with '/', got \"" + pointer + "\"");
        }
    }

    /**
     * This set with one more field.
     *
     * @param pointer the object holding it, e.g. {@code ""} or {@code "/stakeholders/0"}
     * @param name the field name, e.g. {@code "x-portal"}
     * @param value its value
     * @return a new set of extensions
     */
    public Extensions with(String pointer, String name, JsonNode value) {
        checkPointer(pointer);
        Map<String, Map<String, JsonNode>> copy = new LinkedHashMap<>(fields);
        Map<String, JsonNode> inner = new LinkedHashMap<>(copy.getOrDefault(pointer, Map.of()));
        inner.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        copy.put(pointer, inner);
        return of(copy);
    }

    /**
     * Returns the pointers of the objects that hold extension fields, in document order.
     *
     * @return the pointers of the objects that hold extension fields, in document order
     */
    public Set<String> pointers() {
        return fields.keySet();
    }

    /**
     * The extension fields of one object.
     *
     * @param pointer the object's JSON pointer
     * @return name to (a copy of the) value; empty if none
     */
    public Map<String, JsonNode> at(String pointer) {
        Map<String, JsonNode> named = fields.getOrDefault(pointer, Map.of());
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        named.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * One extension field.
     *
     * @param pointer the object's JSON pointer
     * @param name the field name
     * @return a copy of its value, or empty
     */
    public Optional<JsonNode> get(String pointer, String name) {
        return Optional.ofNullable(fields.getOrDefault(pointer, Map.of()).get(name))
                .map(JsonNode::deepCopy);
    }

    /**
     * Returns {@code true} when there is no extension field.
     *
     * @return {@code true} when there is no extension field
     */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * Returns the number of extension fields over all objects.
     *
     * @return the number of extension fields over all objects
     */
    public int size() {
        return fields.values().stream().mapToInt(Map::size).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extensions e && e.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /**
     * Returns e.g. {@code {"" = [x-portal], "/participants/3" = [x-badge]}}.
     *
     * @return e.g. {@code {"" = [x-portal], "/participants/3" = [x-badge]}}
     */
    @Override
    public String toString() {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        fields.forEach((p, f) -> names.put("\"" + p + "\"", f.keySet()));
        return names.toString();
    }
}
