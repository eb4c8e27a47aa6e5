package org.msptoolkit.governance.internal;

import java.util.List;
import java.util.Map;

/**
 * Argument checks for constructors and factories of msp-governance. Every failure is an
 * {@link IllegalArgumentException} naming the argument. Internal: any usage by external parties is not supported.
 */
public final class Args {
    private Args() {
    }

    /**
     * @param value the value
     * @param name what it is
     * @param <T> its type
     * @return the value
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * @param value the text
     * @param name what it is
     * @return the text
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, got \"" + value + "\"");
        }
        return value;
    }

    /**
     * @param condition what must hold
     * @param message the message when it does not
     */
    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * @param values a list
     * @param name what it is
     * @param <T> element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> list(List<T> values, String name) {
        notNull(values, name);
        for (int i = 0; i < values.size(); i++) {
            notNull(values.get(i), name + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    /**
     * @param values a map
     * @param name what it is
     * @param <K> key type
     * @param <V> value type
     * @return an unmodifiable copy keeping the order
     */
    public static <K, V> Map<K, V> map(Map<K, V> values, String name) {
        notNull(values, name);
        var copy = new java.util.LinkedHashMap<K, V>();
        values.forEach((k, v) -> copy.put(notNull(k, name + " key"), notNull(v, name + "[" + k + "]")));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
