package org.msptoolkit.indicators.internal;

import java.util.Collection;
import java.util.List;

/**
 * Preconditions for msp-indicators, with messages of the form {@code "<what> must <rule>, got <value>"}.
 * <strong>Internal: any usage by external parties is not supported.</strong>
 */
public final class Checks {
    private Checks() {
    }

    /**
     * @param value the value
     * @param name what it is
     * @param <T> its type
     * @return the value
     * @throws IllegalArgumentException when {@code null}
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * @param value the value
     * @param name what it is
     * @return the value
     * @throws IllegalArgumentException when {@code null} or blank
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
     * @param name what is checked
     * @param rule the rule, e.g. {@code "be between 0 and 1"}
     * @param value the offending value
     * @throws IllegalArgumentException when the condition is false
     */
    public static void argument(boolean condition, String name, String rule, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(name + " must " + rule + ", got "
                    + (value instanceof String s ? "\"" + s + "\"" : String.valueOf(value)));
        }
    }

    /**
     * @param values the values
     * @param name what they are
     * @param <T> element type
     * @return an immutable copy
     * @throws IllegalArgumentException when the collection or an element is {@code null}
     */
    public static <T> List<T> list(Collection<? extends T> values, String name) {
        notNull(values, name);
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }
}
