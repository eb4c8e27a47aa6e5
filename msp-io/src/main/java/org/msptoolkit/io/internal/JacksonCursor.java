package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.msptoolkit.core.taxonomy.Coded;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fast path's cursor over a Jackson token stream (JSON text or bytes): the current token is the
 * current value. Internal.
 */
final class JacksonCursor extends TokenCursor {
    private final JsonParser p;
    /** For each open object, innermost last: the names met (a bit per {@link FieldNames} index). */
    private long[] seen = new long[16];
    private int depth;

    JacksonCursor(JsonParser parser) {
        this.p = parser;
    }

    @Override
    void first() {
        if (p.nextToken() == null) {
            throw giveUp();
        }
    }

    @Override
    void end() {
        if (p.nextToken() != null) {
            throw giveUp();
        }
    }

    @Override
    void startObject() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw giveUp();
        }
        if (depth == seen.length) {
            seen = Arrays.copyOf(seen, depth * 2);
        }
        seen[depth++] = 0;
    }

    /** {@inheritDoc} A bit mask over the object's names finds duplicates. */
    @Override
    String nextField(FieldNames order) {
        int d = depth - 1;
        String name = p.nextName();
        if (name == null) {
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw giveUp();
            }
            depth = d;
            return null;
        }
        int k = order.indexOf(name);
        if (k < 0) {
            throw giveUp();
        }
        long bit = 1L << k;
        if ((seen[d] & bit) != 0) {
            throw giveUp();
        }
        seen[d] |= bit;
        p.nextToken();
        return order.names[k];
    }

    @Override
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

    @Override
    void startMap() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw giveUp();
        }
    }

    @Override
    void startArray() {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw giveUp();
        }
    }

    @Override
    boolean nextElement() {
        return p.nextToken() != JsonToken.END_ARRAY;
    }

    @Override
    boolean atNull() {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    @Override
    String string() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        return p.getString();
    }

    /** {@inheritDoc} The code is matched in the parser's character buffer. */
    @Override
    <E extends Enum<E> & Coded> E code(CodeTable<E> table) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        E value = table.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (value == null) {
            throw giveUp();
        }
        return value;
    }

    @Override
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
                    try {
                        return LocalDate.of(year, month, day);
                    } catch (java.time.DateTimeException e) {
                        throw giveUp(); // an impossible day: the tree path reports it
                    }
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

    @Override
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

    @Override
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

    @Override
    boolean isFormatVersion() {
        return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                && p.getIntValue() == 1;
    }

    @Override
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

    @Override
    boolean atObject() {
        return p.currentToken() == JsonToken.START_OBJECT;
    }
}
