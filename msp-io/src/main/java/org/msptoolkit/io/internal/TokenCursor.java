package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.msptoolkit.core.taxonomy.Coded;

/**
 * A JSON document read the way the tree path reads a tree, for the streaming fast path: every
 * method either returns exactly the value the tree path would build from the same text or gives up
 * with {@link GiveUp}, after which the caller re-reads the text through the tree path, which reports
 * the problems. So a cursor never reports anything itself. Implemented by {@link JacksonCursor}
 * over Jackson's token stream. Internal.
 *
 * <p>The cursor is always at a value: the first one of the document, the value of the field
 * {@link #nextField(FieldNames)} gave, or the element {@link #nextElement()} announced. Reading
 * that value (e.g. {@link #string()}, {@link #startObject()}) moves past it.
 */
abstract class TokenCursor {

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

    /** Moves to the first value of the document; gives up on an empty one. */
    abstract void first();

    /** Gives up unless the document has ended (the tree path fails on trailing tokens). */
    abstract void end();

    /** Enters the object at the current value, whose fields {@link #nextField(FieldNames)} then gives; gives up on anything else. */
    abstract void startObject();

    /**
     * The next field of the object entered with {@link #startObject()}, with the cursor moved onto
     * its value. A name the kind of object does not have gives up (the readers give up on it
     * anyway), and so does a name met twice in the object, which the tree path reports.
     *
     * @param order the names of this kind of object
     * @return the field name (one of {@code order.names}), or {@code null} at the end of the object
     */
    abstract String nextField(FieldNames order);

    /** Gives up unless the current value is an object, to read it with {@link #nextKey()}. */
    abstract void startMap();

    /**
     * The next key of a map-like object (tally counts, chambers), with the cursor on its value;
     * the caller gives up on a duplicate key.
     *
     * @return the key, or {@code null} at the end of the object
     */
    abstract String nextKey();

    /** Gives up unless the current value is an array, whose elements {@link #nextElement()} then announces. */
    abstract void startArray();

    /** @return whether the array entered with {@link #startArray()} has another element, the cursor then on it */
    abstract boolean nextElement();

    /** @return whether the current value is {@code null}, moving past it if so */
    abstract boolean atNull();

    /** @return the current string value; gives up on any other value */
    abstract String string();

    /**
     * The current string as a taxonomy code, matched without making a String; a code the taxonomy
     * does not have gives up (the tree path names the allowed codes).
     */
    abstract <E extends Enum<E> & Coded> E code(CodeTable<E> table);

    /**
     * The current value as a date, accepting exactly what {@link Reading#date(String)} accepts:
     * {@code yyyy-MM-dd} without making a String, anything else as {@link #date(String)}.
     */
    abstract LocalDate date();

    /** @return the current boolean; gives up on any other value */
    abstract boolean bool();

    /** @return the current whole number that fits a long, as the tree path's integer check */
    abstract long whole();

    /** @return whether the current value is the int 1 (the only format version) */
    abstract boolean isFormatVersion();

    /**
     * The current number as the tree path's node gives it: ints and longs with scale 0, other whole
     * numbers from their BigInteger, fractions exact with their trailing zeros.
     */
    abstract BigDecimal decimal();

    /** @return whether the current value is an object (rather than a scalar) */
    abstract boolean atObject();

    /**
     * Whether the current value is {@code null}, which the tree path treats as an absent field. A
     * {@code null} under a name the object does not define is still an unknown field: give up.
     */
    final boolean isNull(String field, Set<String> known) {
        if (!atNull()) {
            return false;
        }
        if (!known.contains(field)) {
            throw giveUp();
        }
        return true;
    }

    /** @return the current string converted as the tree path converts it (its exceptions give up) */
    final <T> T coded(Function<String, T> parse) {
        return parse.apply(string());
    }

    /** Reads the elements of the current array; gives up unless it is one. */
    final <T> List<T> list(ValueReader<T> element) {
        startArray();
        List<T> out = new ArrayList<>();
        while (nextElement()) {
            out.add(required(element.read()));
        }
        return out;
    }

    /** Reads the elements of the current array as a set; a duplicate (a problem on the tree path) gives up. */
    final <T> Set<T> set(ValueReader<T> element) {
        startArray();
        Set<T> out = new LinkedHashSet<>();
        while (nextElement()) {
            if (!out.add(required(element.read()))) {
                throw giveUp();
            }
        }
        return out;
    }

    /** Reads an object of whole-number counts, e.g. a tally's options. */
    final Map<String, Long> counts() {
        startMap();
        Map<String, Long> out = new LinkedHashMap<>();
        for (String name = nextKey(); name != null; name = nextKey()) {
            if (out.put(name, whole()) != null) {
                throw giveUp();
            }
        }
        return out;
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
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    throw giveUp(); // an impossible day: the tree path reports it
                }
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
}
