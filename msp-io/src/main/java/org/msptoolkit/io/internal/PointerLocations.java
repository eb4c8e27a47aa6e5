package org.msptoolkit.io.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds where in a JSON or YAML text the values at some JSON pointers start, so that a problem found
 * after parsing (e.g. at {@code /rules/2/maxShare}) can also be shown at a line and column. A pointer
 * that does not exist in the text (a missing field) is placed at its closest existing ancestor. One
 * streaming pass over a text that has already parsed once under the same limits. Internal.
 */
public final class PointerLocations {
    private final Map<String, TokenStreamLocation> found;

    private PointerLocations(Map<String, TokenStreamLocation> found) {
        this.found = found;
    }

    /**
     * Scans a text for the start of the values at these pointers and their ancestors.
     *
     * @param parser a parser over the text, positioned before the first token; closed here
     * @param pointers the JSON pointers wanted
     * @return the locations found (none if the text cannot be scanned)
     */
    public static PointerLocations scan(JsonParser parser, Collection<String> pointers) {
        Set<String> wanted = new HashSet<>();
        for (String p : pointers) {
            String q = p;
            wanted.add(q);
            while (!q.isEmpty()) {
                q = q.substring(0, q.lastIndexOf('/'));
                wanted.add(q);
            }
        }
        Map<String, TokenStreamLocation> found = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser p = parser) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME) {
                    stack.peek().name = p.currentName().replace("~", "~0").replace("/", "~1");
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                if (!stack.isEmpty() && !stack.peek().object) {
                    stack.peek().index++;
                }
                String pointer = pointer(stack);
                if (wanted.contains(pointer)) {
                    found.putIfAbsent(pointer, p.currentTokenLocation());
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(new Frame(t == JsonToken.START_OBJECT));
                }
            }
        } catch (JacksonException | IllegalStateException e) {
            // the text parsed before, so this does not happen; without locations the pointers still hold
        }
        return new PointerLocations(found);
    }

    private static String pointer(Deque<Frame> stack) {
        StringBuilder sb = new StringBuilder();
        Iterator<Frame> bottomUp = stack.descendingIterator();
        while (bottomUp.hasNext()) {
            Frame f = bottomUp.next();
            sb.append('/').append(f.object ? f.name : Integer.toString(f.index));
        }
        return sb.toString();
    }

    /**
     * Where the value at a pointer (or its closest existing ancestor) starts.
     *
     * @param pointer a JSON pointer
     * @return {@code line:column}, or empty if not found
     */
    public Optional<String> lineColumn(String pointer) {
        String q = pointer;
        while (true) {
            TokenStreamLocation loc = found.get(q);
            if (loc != null && loc.getLineNr() > 0) {
                return Optional.of(loc.getLineNr() + ":" + loc.getColumnNr());
            }
            if (q.isEmpty()) {
                return Optional.empty();
            }
            q = q.substring(0, q.lastIndexOf('/'));
        }
    }

    /** One open object or array. */
    private static final class Frame {
        final boolean object;
        String name = "";
        int index = -1;

        Frame(boolean object) {
            this.object = object;
        }
    }
}
