package org.msptoolkit.composite.internal;

/** Argument checks that report a {@code null} as an {@link IllegalArgumentException} naming it. */
public final class Args {
    private Args() {
    }

    /**
     * @param value a value
     * @param name what it is, for the message
     * @param <T> its type
     * @return the value
     * @throws IllegalArgumentException if it is {@code null}
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
