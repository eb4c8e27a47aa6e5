package org.msptoolkit.io.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Where every value of one document read starts, in document order, so that domain problems found
 * after the read can be placed at a line and column: for each value its depth and element index (depth
 * in the top byte), its field name (none for an array element), its position, and the string read there.
 * Reusable: {@link #clear()} empties it for the next document (see {@link ValueIndexPool}). Not
 * thread-safe. Internal.
 */
final class ValueIndex {
    private int[] place;
    private @Nullable String[] name;
    private long[] position;
    private @Nullable String[] text;
    private int size;

    /**
     * An empty index with room for about this many values.
     *
     * @param capacity the values it holds before it grows
     */
    ValueIndex(int capacity) {
        int n = Math.max(32, capacity);
        place = new int[n];
        name = new String[n];
        position = new long[n];
        text = new String[n];
    }

    /**
     * An index sized for a document of this length: about one value per 12 characters or bytes.
     *
     * @param length the document's length, or 0 if unknown
     * @return the index
     */
    static ValueIndex forLength(long length) {
        return new ValueIndex(length <= 0 ? 512 : (int) Math.min(1 << 20, length / 12));
    }

    /** Returns how many values it holds before it grows. */
    int capacity() {
        return place.length;
    }

    /** Empties it for another document (the strings it held stay referenced until overwritten). */
    void clear() {
        size = 0;
    }

    /** Adds a value: its depth and element index, field name ({@code null} for an element) and position. */
    void add(int depthAndIndex, @Nullable String field, long at) {
        int n = size;
        if (n == place.length) {
            int m = n * 2;
            place = Arrays.copyOf(place, m);
            name = Arrays.copyOf(name, m);
            position = Arrays.copyOf(position, m);
            text = Arrays.copyOf(text, m);
        }
        place[n] = depthAndIndex;
        name[n] = field;
        position[n] = at;
        text[n] = null;
        size = n + 1;
    }

    /** Notes the string read at the value added last. */
    void text(String s) {
        if (size > 0) {
            text[size - 1] = s;
        }
    }

    /**
     * Where the value at a document pointer starts, or its closest enclosing value read.
     *
     * @param pointer a JSON pointer
     * @return the position, or -1 if unknown
     */
    long positionOf(String pointer) {
        int e = find(tokens(pointer));
        return e < 0 ? -1 : position[e];
    }

    /**
     * Returns the string read at exactly this pointer, or {@code null}.
     *
     * @return the string read at exactly this pointer, or {@code null}
     */
    @Nullable
    String textAt(String pointer) {
        String[] want = tokens(pointer);
        int e = find(want);
        if (e < 0 || place[e] >>> 24 != want.length) {
            return null;
        }
        return text[e];
    }

    private static String[] tokens(String pointer) {
        if (pointer.isEmpty()) {
            return new String[0];
        }
        String[] t = pointer.substring(1).split("/", -1);
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i].replace("~1", "/").replace("~0", "~");
        }
        return t;
    }

    /** The entry of the deepest value read on the way to the pointer's tokens. */
    private int find(String[] want) {
        boolean[] matches = new boolean[want.length + 1];
        matches[0] = true;
        int best = -1;
        int bestDepth = -1;
        for (int e = 0; e < size; e++) {
            int d = place[e] >>> 24;
            if (d > want.length) {
                continue;
            }
            if (d > 0) {
                String token = want[d - 1];
                String field = name[e];
                matches[d] = matches[d - 1]
                        && (field != null ? field.equals(token) : token.equals(Integer.toString(place[e] & 0xffffff)));
            }
            if (matches[d] && d > bestDepth) {
                best = e;
                bestDepth = d;
                if (d == want.length) {
                    return e;
                }
            }
        }
        return best;
    }
}
