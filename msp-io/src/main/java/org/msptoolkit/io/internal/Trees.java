package org.msptoolkit.io.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a tree from a parser whatever the mapper's settings (a name met twice in an object is a
 * duplicate, as with Jackson's strict duplicate detection), keeping decimals exact (a funding
 * amount of {@code 1234.50} stays {@code 1234.50}, never a binary double). Iterative, so deep input
 * cannot overflow the stack (depth is bounded by the parser's constraints anyway). Internal.
 */
public final class Trees {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Trees() {}

    /**
     * Reads the value at the parser's current token (or the next one if none), consuming it.
     *
     * @param p the parser
     * @return the value as a tree
     */
    public static JsonNode read(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
        }
        if (t == JsonToken.PROPERTY_NAME) {
            // called in the middle of an object: read the rest of it
            ObjectNode rest = F.objectNode();
            Deque<JsonNode> stack = new ArrayDeque<>();
            stack.push(rest);
            fill(p, stack, t);
            return rest;
        }
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return scalar(p, t);
        }
        JsonNode root = t == JsonToken.START_OBJECT ? F.objectNode() : F.arrayNode();
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        fill(p, stack, p.nextToken());
        return root;
    }

    private static void fill(JsonParser p, Deque<JsonNode> stack, JsonToken first) {
        JsonToken t = first;
        @Nullable String name = null;
        while (!stack.isEmpty()) {
            if (t == null) {
                throw new IllegalStateException("unexpected end of input inside a value");
            }
            JsonNode top = stack.peek();
            switch (t) {
                case PROPERTY_NAME -> name = p.currentName();
                case END_OBJECT, END_ARRAY -> stack.pop();
                case START_OBJECT, START_ARRAY -> {
                    JsonNode child = t == JsonToken.START_OBJECT ? F.objectNode() : F.arrayNode();
                    add(p, top, name, child);
                    stack.push(child);
                }
                default -> add(p, top, name, scalar(p, t));
            }
            if (stack.isEmpty()) {
                break;
            }
            t = p.nextToken();
        }
    }

    private static void add(JsonParser p, JsonNode container, @Nullable String name, JsonNode value) {
        if (container instanceof ObjectNode o) {
            if (o.replace(name, value) != null) {
                // as Jackson's duplicate detection, for parsers without it
                throw new tools.jackson.core.exc.StreamReadException(
                        p, "Duplicate Object property \"" + name + "\"", p.currentTokenLocation());
            }
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> F.stringNode(text(p));
            case VALUE_NUMBER_INT ->
                switch (p.getNumberType()) {
                    case INT -> F.numberNode(p.getIntValue());
                    case LONG -> F.numberNode(p.getLongValue());
                    default -> F.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> p.isNaN() ? F.numberNode(p.getDoubleValue()) : F.numberNode(decimal(p));
            case VALUE_TRUE -> F.booleanNode(true);
            case VALUE_FALSE -> F.booleanNode(false);
            case VALUE_NULL -> F.nullNode();
            case VALUE_EMBEDDED_OBJECT -> F.pojoNode(p.getEmbeddedObject());
            default -> throw new IllegalStateException("unexpected token " + t);
        };
    }

    /** An exact decimal; one whose exponent no number can have is a syntax problem where it stands. */
    private static java.math.BigDecimal decimal(JsonParser p) {
        java.math.BigDecimal d = Values.decimalOrNull(p);
        if (d == null) {
            throw new tools.jackson.core.exc.StreamReadException(p, Values.OUT_OF_RANGE, p.currentTokenLocation());
        }
        return d;
    }

    /** A string; one with a lone surrogate is a problem where it stands. */
    private static String text(JsonParser p) {
        String s = p.getString();
        if (Values.loneSurrogate(s) >= 0) {
            throw new tools.jackson.core.exc.StreamReadException(p, Values.LONE_SURROGATE, p.currentTokenLocation());
        }
        return s;
    }
}
