package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A JSON token stream read the way the tree path reads a tree, for the streaming fast path: every
 * method either returns exactly the value the tree path would build from the same text or gives up
 * with {@link GiveUp}, after which the caller re-reads the text through the tree path, which reports
 * the problems. So this class never reports anything itself. Internal.
 */
final class TokenCursor {
    private final JsonParser p;
    /** For each open object, innermost last: the names met (a bit per {@link FieldOrder} index) and the last one's index. */
    private long[] seen = new long[16];
    private int[] last = new int[16];
    private int depth;

    TokenCursor(JsonParser parser) {
        this.p = parser;
    }

    /** Abandons the fast path; cheap, since bailing out is followed by a full tree read anyway. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not on the fast path", null, false, false);
        }
    }

    /** Reads one value (an element, or the value of a field) at the current token. */
    @FunctionalInterface
    interface ValueReader<T> {
        T read();
    }

    static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    /** @return the value, or gives up when it is {@code null} (a required field was absent) */
    static <T> T required(T value) {
        if (value == null) {
            throw giveUp();
        }
        return value;
    }

    /** Moves to the first token of the document; gives up on an empty one. */
    void first() {
        if (p.nextToken() == null) {
            throw giveUp();
        }
    }

    /** Gives up unless the document has ended (the tree path fails on trailing tokens). */
    void end() {
        if (p.nextToken() != null) {
            throw giveUp();
        }
    }

    /** Enters the object at the current token, whose fields {@link #nextField()} then gives; gives up on anything else. */
    void startObject() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw giveUp();
        }
        if (depth == seen.length) {
            seen = Arrays.copyOf(seen, depth * 2);
            last = Arrays.copyOf(last, depth * 2);
        }
        seen[depth] = 0;
        last[depth++] = -1;
    }

    /**
     * The next field of the object entered with {@link #startObject()}, with the parser moved onto
     * its value. The parser is first asked whether the name is the one the order guesses, which
     * spares it the look-up of the name. A name the kind of object does not have gives up (the
     * readers give up on it anyway), and so does a name met twice in the object, as the tree path
     * reports it: the parser itself does not look for duplicates, a bit mask over the object's
     * names does.
     *
     * @param order the names of this kind of object
     * @return the field name, or {@code null} at the end of the object
     */
    String nextField(FieldOrder order) {
        int d = depth - 1;
        int previous = last[d] < 0 ? order.start() : last[d];
        int guess = order.next[previous];
        int k;
        if (p.nextName(order.quoted[guess])) {
            k = guess;
        } else {
            if (p.currentToken() != JsonToken.PROPERTY_NAME) {
                if (p.currentToken() != JsonToken.END_OBJECT) {
                    throw giveUp();
                }
                depth = d;
                return null;
            }
            k = order.indexOf(p.currentName());
            if (k < 0) {
                throw giveUp();
            }
            order.next[previous] = k;
        }
        long bit = 1L << k;
        if ((seen[d] & bit) != 0) {
            throw giveUp();
        }
        seen[d] |= bit;
        last[d] = k;
        p.nextToken();
        return order.names[k];
    }

    /**
     * The next key of a map-like object (tally counts, chambers), with the parser on its value;
     * the caller gives up on a duplicate key.
     *
     * @return the key, or {@code null} at the end of the object
     */
    String nextKey() {
        String name = p.nextName();
        if (name == null) {
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw giveUp();
            }
            return null;
        }
        p.nextToken();
        return name;
    }

    /** Gives up unless the current token starts an object, to read it with {@link #nextKey()}. */
    void startMap() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw giveUp();
        }
    }

    /**
     * Whether the current value is {@code null}, which the tree path treats as an absent field. A
     * {@code null} under a name the object does not define is still an unknown field: give up.
     */
    boolean isNull(String field, Set<String> known) {
        if (p.currentToken() != JsonToken.VALUE_NULL) {
            return false;
        }
        if (!known.contains(field)) {
            throw giveUp();
        }
        return true;
    }

    /** @return the current string value; gives up on any other token */
    String string() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        return p.getString();
    }

    /** @return the current string converted as the tree path converts it (its exceptions give up) */
    <T> T coded(Function<String, T> parse) {
        return parse.apply(string());
    }

    /**
     * The current string as a taxonomy code, matched in the parser's buffer without making a String;
     * a code the taxonomy does not have gives up (the tree path names the allowed codes).
     */
    <E extends Enum<E> & org.msptoolkit.core.taxonomy.Coded> E code(CodeTable<E> table) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        E value = table.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (value == null) {
            throw giveUp();
        }
        return value;
    }

    /**
     * The current value as a date, accepting exactly what {@link Reading#date(String)} accepts:
     * {@code yyyy-MM-dd} straight from the parser's buffer, anything else as {@link #date(String)}.
     */
    LocalDate date() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        if (p.getTextLength() == 10) {
            char[] b = p.getTextCharacters();
            int o = p.getTextOffset();
            if (b[o + 4] == '-' && b[o + 7] == '-') {
                int year = digits(b, o, o + 4);
                int month = digits(b, o + 5, o + 7);
                int day = digits(b, o + 8, o + 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
        }
        return date(p.getString());
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
     * Fast {@code yyyy-MM-dd}; anything else goes to {@link LocalDate#parse}, the tree path's parser,
     * so the accepted set is the same. An impossible day throws, which gives up.
     */
    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return Reading.date(s);
    }

    /**
     * A duration as {@link Reading#duration(String)} reads it; the forms the writer produces
     * ({@code PT2M30S}, {@code PT1H}, {@code PT45S}, whole units only) without a regular expression,
     * anything else through {@link java.time.Duration#parse}.
     */
    static Duration duration(String s) {
        if (s.length() > 2 && s.length() <= 20 && s.charAt(0) == 'P' && s.charAt(1) == 'T') {
            long seconds = 0;
            int i = 2;
            int units = 0;
            String order = "HMS";
            while (i < s.length()) {
                int start = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i == start || i - start > 6 || i == s.length()) {
                    return Reading.duration(s);
                }
                int unit = order.indexOf(s.charAt(i), units);
                if (unit < 0) {
                    return Reading.duration(s);
                }
                long n = Long.parseLong(s, start, i, 10);
                seconds += unit == 0 ? n * 3600 : unit == 1 ? n * 60 : n;
                units = unit + 1;
                i++;
            }
            return Duration.ofSeconds(seconds);
        }
        return Reading.duration(s);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** @return the current boolean; gives up on any other token */
    boolean bool() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw giveUp();
    }

    /** @return the current whole number that fits a long, as the tree path's integer check */
    long whole() {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw giveUp();
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw giveUp();
        }
        return p.getLongValue();
    }

    /** @return whether the current value is the int 1 (the only format version) */
    boolean isFormatVersion() {
        return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                && p.getIntValue() == 1;
    }

    /**
     * The current number as the tree path's node gives it: ints and longs with scale 0, other whole
     * numbers from their BigInteger, fractions exact with their trailing zeros.
     */
    BigDecimal decimal() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return switch (p.getNumberType()) {
                case INT -> BigDecimal.valueOf(p.getIntValue());
                case LONG -> BigDecimal.valueOf(p.getLongValue());
                default -> new BigDecimal(p.getBigIntegerValue());
            };
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT && !p.isNaN()) {
            return p.getDecimalValue();
        }
        throw giveUp();
    }

    /** @return whether the current token starts an object (rather than a scalar) */
    boolean atObject() {
        return p.currentToken() == JsonToken.START_OBJECT;
    }

    /** Reads the elements of the current array; gives up unless it is one. */
    <T> List<T> list(ValueReader<T> element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw giveUp();
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(required(element.read()));
        }
        return out;
    }

    /** Reads the elements of the current array as a set; a duplicate (a problem on the tree path) gives up. */
    <T> Set<T> set(ValueReader<T> element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw giveUp();
        }
        Set<T> out = new LinkedHashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!out.add(required(element.read()))) {
                throw giveUp();
            }
        }
        return out;
    }

    /** Reads an object of whole-number counts, e.g. a tally's options. */
    Map<String, Long> counts() {
        startMap();
        Map<String, Long> out = new LinkedHashMap<>();
        for (String name = nextKey(); name != null; name = nextKey()) {
            if (out.put(name, whole()) != null) {
                throw giveUp();
            }
        }
        return out;
    }
}
