package org.msptoolkit.governance.internal.tree;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises plain data values (text, numbers, booleans, lists, maps) to a canonical immutable form:
 * every number becomes a {@link BigDecimal} without trailing zeros, lists and maps become unmodifiable
 * copies. Internal: any usage by external parties is not supported.
 */
public final class PlainValues {
    private PlainValues() {}

    /**
     * Returns the canonical form.
     *
     * @param value a plain value
     * @param where its location, for the error message
     * @return the canonical form
     * @throws NullPointerException for {@code null}, naming where it is
     * @throws IllegalArgumentException for a value that is not plain data
     */
    public static Object canonical(Object value, String where) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            return normal(d);
        }
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            return normal(new BigDecimal(value.toString()));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(where + " must be a finite number, got " + value);
            }
            return normal(new BigDecimal(value.toString()));
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                copy.add(canonical(list.get(i), where + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (var e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(where + " must have text keys, got " + e.getKey());
                }
                copy.put(key, canonical(e.getValue(), where + "." + key));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value == null) {
            throw new NullPointerException(where);
        }
        throw new IllegalArgumentException(where + " must be text, a number, true/false, a list or a map, got "
                + value.getClass().getSimpleName() + " " + value);
    }

    private static BigDecimal normal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * The form to hand to a serialiser: whole numbers as {@link Long} when they fit, other numbers as
     * {@link BigDecimal}, lists and maps as mutable copies.
     *
     * @param value a canonical value
     * @return the exported value
     */
    public static Object export(Object value) {
        if (value instanceof BigDecimal d) {
            if (d.scale() <= 0) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    return d;
                }
            }
            return d;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(export(v)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, export(v)));
            return copy;
        }
        return value;
    }
}
