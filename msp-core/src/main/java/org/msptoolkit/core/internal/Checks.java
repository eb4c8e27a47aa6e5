package org.msptoolkit.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Argument checks for constructors and factories. A {@code null} argument (or a {@code null} element
 * of a collection argument) is a {@link NullPointerException} whose message is the argument's name
 * ({@code attendance[1]} for an element), as {@link Objects#requireNonNull(Object, String)} gives; any
 * other broken rule is an {@link IllegalArgumentException} whose message names the argument and the
 * offending value. Internal: not part of the API.
 */
public final class Checks {
    private static final int MAX_ID_LENGTH = 256;

    private Checks() {}

    /** Returns {@code value}, or throws a {@link NullPointerException} naming it if it is {@code null}. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Returns {@code value}; throws a {@link NullPointerException} if it is {@code null}, else an {@link IllegalArgumentException} if it is blank. */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, got \"" + value + "\"");
        }
        return value;
    }

    /** Throws an {@link IllegalArgumentException} with {@code message} when {@code condition} is false. */
    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Throws with the message when {@code condition} is false. */
    public static void argument(boolean condition, String name, String rule, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(name + " must " + rule + ", got " + quote(value));
        }
    }

    /**
     * Checks the form of an identifier: not blank, at most 256 characters, no leading or trailing
     * white space and no control characters.
     */
    public static String id(String value, String name) {
        if (value != null && printableAscii(value)) {
            return value; // the common case, which breaks none of the rules below
        }
        notNull(value, name);
        argument(!value.isBlank(), name, "not be blank", value);
        if (value.length() > MAX_ID_LENGTH) {
            argument(false, name, "have at most " + MAX_ID_LENGTH + " characters", value.substring(0, 40) + "…");
        }
        argument(value.strip().equals(value), name, "not start or end with white space", value);
        for (int i = 0; i < value.length(); i++) {
            argument(!Character.isISOControl(value.charAt(i)), name, "not contain control characters", value);
        }
        return value;
    }

    /** Whether {@code value} has 1 to 256 characters, all printable ASCII without the space (so no id rule is broken). */
    private static boolean printableAscii(String value) {
        int n = value.length();
        if (n == 0 || n > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Returns an unmodifiable copy of {@code values}, naming the first {@code null} element. */
    public static <T> List<T> list(Collection<? extends T> values, String name) {
        notNull(values, name);
        try {
            return List.copyOf(values); // an immutable list is kept as it is, not copied
        } catch (NullPointerException e) {
            noNulls(values, name); // a null element: name it
            throw e;
        }
    }

    private static void noNulls(Collection<?> values, String name) {
        int i = 0;
        for (Object value : values) {
            if (value == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
            i++;
        }
    }

    /**
     * Returns an unmodifiable copy of {@code values} that keeps their first-seen order, naming the
     * first {@code null} element.
     */
    public static <T> Set<T> orderedSet(Collection<? extends T> values, String name) {
        notNull(values, name);
        noNulls(values, name);
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** Returns an unmodifiable, order-keeping copy of {@code map}, rejecting {@code null} keys and values. */
    public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> map, String name) {
        notNull(map, name);
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k == null) {
                throw new NullPointerException(name + " (a null key)");
            }
            if (v == null) {
                throw new NullPointerException(name + "[" + k + "]");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Returns {@code value}, or throws if the optional itself is {@code null}. */
    public static <T> Optional<T> optional(Optional<T> value, String name) {
        return notNull(value, name);
    }

    private static String quote(Object value) {
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }
}
