package org.msptoolkit.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.msptoolkit.core.taxonomy.Coded;
import org.msptoolkit.io.ReadLimits;

/**
 * The fast path's cursor over the UTF-8 bytes of one JSON document (an NDJSON record, a JSON file),
 * reading the strict JSON grammar itself instead of through Jackson's tokenizer: field names are
 * compared as bytes with the name {@link FieldOrder} guesses, an ASCII string becomes a String by a
 * plain copy, codes and dates are matched in place. It accepts a subset of what Jackson accepts and
 * gives up on everything else, conservatively: any deviation from RFC 8259 (comments, trailing
 * commas, leading zeros, unescaped control characters, bytes that are not strict UTF-8, a
 * byte-order mark), and any string, name, number or nesting that comes near a {@link ReadLimits}
 * bound. Internal.
 */
final class ByteCursor extends TokenCursor {
    private final byte[] b;
    private final int end;
    private final int maxDepth;
    private final int maxString;
    private final int maxNumber;
    private final int maxName;
    private int pos;
    /** For each open object, innermost last: the names met, a bit per {@link FieldOrder} index. */
    private long[] seen = new long[16];
    /** For each open container: -1 before its first member; then an object's last name index, or 0. */
    private int[] last = new int[16];
    private int depth;
    /** Whether the number {@link #scanNumber()} last read is whole (no fraction, no exponent). */
    private boolean integral;

    /**
     * @param json the document's bytes
     * @param limits the engine's limits; anything near them gives up
     */
    ByteCursor(byte[] json, ReadLimits limits) {
        this.b = json;
        this.end = json.length;
        this.maxDepth = limits.maxNestingDepth();
        this.maxString = limits.maxStringLength();
        this.maxNumber = limits.maxNumberLength();
        this.maxName = limits.maxNameLength();
    }

    /** @return the byte at {@code i}, or 0 (never valid where a token is expected) past the end */
    private int at(int i) {
        return i < end ? b[i] : 0;
    }

    /** @return the first index from {@code i} on that is not JSON white space */
    private int ws(int i) {
        while (i < end) {
            int c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return i;
            }
            i++;
        }
        return i;
    }

    @Override
    void first() {
        pos = ws(0);
        if (pos >= end) {
            throw giveUp();
        }
    }

    @Override
    void end() {
        if (depth != 0 || ws(pos) != end) {
            throw giveUp();
        }
    }

    private void enter(int opening) {
        if (at(pos) != opening || depth + 1 >= maxDepth) {
            throw giveUp();
        }
        if (depth == seen.length) {
            seen = Arrays.copyOf(seen, depth * 2);
            last = Arrays.copyOf(last, depth * 2);
        }
        seen[depth] = 0;
        last[depth++] = -1;
        pos++;
    }

    @Override
    void startObject() {
        enter('{');
    }

    @Override
    void startMap() {
        enter('{');
    }

    @Override
    void startArray() {
        enter('[');
    }

    /**
     * Moves to the next member's name in the innermost object.
     *
     * @return the index of its opening quote, or -1 at the end of the object (then left)
     */
    private int nextName() {
        int d = depth - 1;
        int i = ws(pos);
        int c = at(i);
        if (c == '}') {
            pos = i + 1;
            depth = d;
            return -1;
        }
        if (last[d] >= 0) {
            if (c != ',') {
                throw giveUp();
            }
            i = ws(i + 1);
            c = at(i);
        }
        if (c != '"') {
            throw giveUp();
        }
        return i;
    }

    /** Moves past the colon after a name that ends before {@code i}, onto the value. */
    private void colon(int i) {
        i = ws(i);
        if (at(i) != ':') {
            throw giveUp();
        }
        pos = ws(i + 1);
    }

    /**
     * {@inheritDoc} The guessed name is compared with the bytes in place; only another name is
     * decoded and looked up.
     */
    @Override
    String nextField(FieldOrder order) {
        int quote = nextName();
        if (quote < 0) {
            return null;
        }
        int d = depth - 1;
        int previous = last[d] < 0 ? order.start() : last[d];
        int guess = order.next[previous];
        int k = guess;
        int after = matches(quote + 1, order, guess);
        if (after < 0) {
            // a wrong guess: compare the other names in place too; decode only an escaped or unknown name
            int n = order.names.length;
            for (int j = 1; j < n && after < 0; j++) {
                k = guess + j < n ? guess + j : guess + j - n;
                after = matches(quote + 1, order, k);
            }
            if (after < 0) {
                pos = quote;
                k = order.indexOf(readString(maxName));
                if (k < 0) {
                    throw giveUp();
                }
                after = pos;
            }
            order.next[previous] = k;
        }
        if (order.bytes[k].length > maxName) {
            throw giveUp();
        }
        long bit = 1L << k;
        if ((seen[d] & bit) != 0) {
            throw giveUp();
        }
        seen[d] |= bit;
        last[d] = k;
        colon(after);
        return order.names[k];
    }

    /**
     * @return the index after the closing quote when name {@code k} of {@code order} and its
     *     closing quote are at {@code i}, else -1
     */
    private int matches(int i, FieldOrder order, int k) {
        byte[] name = order.bytes[k];
        int n = name.length;
        if (i + n > end) {
            return -1;
        }
        int j = 0;
        if (i + 8 <= end) {
            if ((((long) WORDS.get(b, i)) & order.headMask[k]) != order.head[k]) {
                return -1;
            }
            j = 8;
        }
        for (; j < n; j++) {
            if (b[i + j] != name[j]) {
                return -1;
            }
        }
        return i + n;
    }

    @Override
    String nextKey() {
        int quote = nextName();
        if (quote < 0) {
            return null;
        }
        last[depth - 1] = 0;
        pos = quote;
        String name = readString(maxName);
        colon(pos);
        return name;
    }

    @Override
    boolean nextElement() {
        int d = depth - 1;
        int i = ws(pos);
        int c = at(i);
        if (c == ']') {
            pos = i + 1;
            depth = d;
            return false;
        }
        if (last[d] >= 0) {
            if (c != ',') {
                throw giveUp();
            }
            i = ws(i + 1);
            if (at(i) == ']') {
                throw giveUp();
            }
        } else {
            last[d] = 0;
        }
        pos = i;
        return true;
    }

    /** Moves past {@code word} (a literal) at the cursor when it is there. */
    private boolean literal(byte[] word) {
        int n = word.length;
        if (pos + n > end) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if (b[pos + j] != word[j]) {
                return false;
            }
        }
        pos += n;
        return true;
    }

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    @Override
    boolean atNull() {
        return at(pos) == 'n' && literal(NULL);
    }

    @Override
    boolean bool() {
        if (literal(TRUE)) {
            return true;
        }
        if (literal(FALSE)) {
            return false;
        }
        throw giveUp();
    }

    @Override
    boolean atObject() {
        return at(pos) == '{';
    }

    @Override
    String string() {
        if (at(pos) != '"') {
            throw giveUp();
        }
        return readString(maxString);
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;

    /**
     * @return the index of the closing quote of the string whose opening quote is at {@code pos}
     *     when everything between is printable ASCII without escapes, else -1
     */
    private int plainEnd() {
        int i = pos + 1;
        // eight bytes at a time: flag a quote, a backslash, a byte below 0x20 or one of 0x80 and above;
        // the lowest flag is exact (the bit tricks only ever add false flags above a true one)
        for (; i + 8 <= end; i += 8) {
            long x = (long) WORDS.get(b, i);
            long q = x ^ QUOTES;
            long s = x ^ BACKSLASHES;
            long flags = ((q - ONES) & ~q | (s - ONES) & ~s | (x - SPACES) & ~x | x) & HIGHS;
            if (flags != 0) {
                i += Long.numberOfTrailingZeros(flags) >>> 3;
                return b[i] == '"' ? i : -1;
            }
        }
        for (; i < end; i++) {
            int c = b[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) { // an escape, a control character, or (negative) a non-ASCII byte
                return -1;
            }
        }
        return -1;
    }

    /** Reads the string (a value or a name) at the cursor, shorter than {@code limit} characters. */
    private String readString(int limit) {
        int close = plainEnd();
        if (close < 0) {
            return decodedString(limit);
        }
        int start = pos + 1;
        if (close - start >= limit) {
            throw giveUp();
        }
        pos = close + 1;
        return new String(b, start, close - start, StandardCharsets.ISO_8859_1);
    }

    /** A string with escapes or non-ASCII characters: JSON escapes and strict UTF-8, as Jackson decodes them. */
    private String decodedString(int limit) {
        StringBuilder s = new StringBuilder();
        int i = pos + 1;
        while (true) {
            int c = at(i) & 0xFF;
            if (i >= end || c < 0x20) {
                throw giveUp();
            }
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                i = escape(i + 1, s);
            } else if (c < 0x80) {
                s.append((char) c);
                i++;
            } else {
                i = utf8(i, c, s);
            }
            if (s.length() >= limit) {
                throw giveUp();
            }
        }
        pos = i + 1;
        return s.toString();
    }

    /** Appends the escape whose letter is at {@code i}; @return the index after it */
    private int escape(int i, StringBuilder s) {
        switch (at(i)) {
            case '"' -> s.append('"');
            case '\\' -> s.append('\\');
            case '/' -> s.append('/');
            case 'b' -> s.append('\b');
            case 'f' -> s.append('\f');
            case 'n' -> s.append('\n');
            case 'r' -> s.append('\r');
            case 't' -> s.append('\t');
            case 'u' -> {
                int v = 0;
                for (int j = 1; j <= 4; j++) {
                    int h = Character.digit(at(i + j), 16);
                    if (h < 0) {
                        throw giveUp();
                    }
                    v = v << 4 | h;
                }
                s.append((char) v);
                return i + 5;
            }
            default -> throw giveUp();
        }
        return i + 1;
    }

    /**
     * Appends the character(s) of the strict UTF-8 sequence that starts with {@code lead} at
     * {@code i} (no overlong forms, no encoded surrogates, nothing above U+10FFFF).
     *
     * @return the index after it
     */
    private int utf8(int i, int lead, StringBuilder s) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            s.append((char) ((lead & 0x1F) << 6 | continuation(i + 1, 0x80, 0xBF)));
            return i + 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int c1 = continuation(i + 1, lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF);
            int c2 = continuation(i + 2, 0x80, 0xBF);
            s.append((char) ((lead & 0x0F) << 12 | c1 << 6 | c2));
            return i + 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int c1 = continuation(i + 1, lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF);
            int c2 = continuation(i + 2, 0x80, 0xBF);
            int c3 = continuation(i + 3, 0x80, 0xBF);
            s.appendCodePoint((lead & 0x07) << 18 | c1 << 12 | c2 << 6 | c3);
            return i + 4;
        }
        throw giveUp();
    }

    /** @return the low six bits of the continuation byte at {@code i}, which must lie in [min, max] */
    private int continuation(int i, int min, int max) {
        int c = at(i) & 0xFF;
        if (i >= end || c < min || c > max) {
            throw giveUp();
        }
        return c & 0x3F;
    }

    /** {@inheritDoc} An ASCII code is matched in place. */
    @Override
    <E extends Enum<E> & Coded> E code(CodeTable<E> table) {
        if (at(pos) != '"') {
            throw giveUp();
        }
        E value;
        int close = plainEnd();
        if (close >= 0 && close - pos - 1 < maxString) {
            value = table.find(b, pos + 1, close - pos - 1);
            pos = close + 1;
        } else {
            String s = readString(maxString);
            value = table.find(s.toCharArray(), 0, s.length());
        }
        if (value == null) {
            throw giveUp();
        }
        return value;
    }

    @Override
    LocalDate date() {
        if (at(pos) != '"') {
            throw giveUp();
        }
        int o = pos + 1;
        if (o + 10 < end && b[o + 10] == '"' && b[o + 4] == '-' && b[o + 7] == '-' && 10 < maxString) {
            int year = digits(o, o + 4);
            int month = digits(o + 5, o + 7);
            int day = digits(o + 8, o + 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                pos = o + 11;
                return LocalDate.of(year, month, day);
            }
        }
        return date(string());
    }

    private int digits(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Scans the number at the cursor by the JSON grammar, without moving; sets {@link #integral}.
     *
     * @return the index after it
     */
    private int scanNumber() {
        int i = pos;
        if (at(i) == '-') {
            i++;
        }
        int c = at(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            i++;
            while (digit(at(i))) {
                i++;
            }
        } else {
            throw giveUp();
        }
        integral = true;
        if (at(i) == '.') {
            integral = false;
            i++;
            if (!digit(at(i))) {
                throw giveUp();
            }
            while (digit(at(i))) {
                i++;
            }
        }
        c = at(i);
        if (c == 'e' || c == 'E') {
            integral = false;
            i++;
            c = at(i);
            if (c == '+' || c == '-') {
                i++;
            }
            if (!digit(at(i))) {
                throw giveUp();
            }
            while (digit(at(i))) {
                i++;
            }
        }
        if (i - pos >= maxNumber) {
            throw giveUp();
        }
        return i;
    }

    /** @return the whole number from the cursor to {@code to}; gives up unless it fits a long */
    private long smallWhole(int to) {
        boolean negative = b[pos] == '-';
        int from = negative ? pos + 1 : pos;
        if (to - from > 18) {
            // NumberFormatException when it does not fit, which gives up as Jackson's BigInteger does
            return Long.parseLong(new String(b, pos, to - pos, StandardCharsets.ISO_8859_1));
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (b[i] - '0');
        }
        return negative ? -n : n;
    }

    @Override
    long whole() {
        int to = scanNumber();
        if (!integral) {
            throw giveUp();
        }
        long n = smallWhole(to);
        pos = to;
        return n;
    }

    /** {@inheritDoc} Anything but {@code 1} gives up at once (the reader would give up on it later). */
    @Override
    boolean isFormatVersion() {
        int to = scanNumber();
        if (!integral || to != pos + 1 || b[pos] != '1') {
            throw giveUp();
        }
        pos = to;
        return true;
    }

    @Override
    BigDecimal decimal() {
        int to = scanNumber();
        BigDecimal value;
        if (integral && to - pos <= 18) {
            value = BigDecimal.valueOf(smallWhole(to));
        } else {
            value = new BigDecimal(new String(b, pos, to - pos, StandardCharsets.ISO_8859_1));
        }
        pos = to;
        return value;
    }
}
