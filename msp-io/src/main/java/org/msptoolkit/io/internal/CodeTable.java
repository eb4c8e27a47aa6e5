package org.msptoolkit.io.internal;

import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.taxonomy.Coded;

/**
 * The codes of an enum taxonomy for the streaming reader, matched against the parser's
 * character buffer so that no String is made for a code: the same code-to-constant map as
 * {@link Codes#of} (the first constant with a code wins). Internal.
 *
 * @param <E> the taxonomy type
 */
final class CodeTable<E extends Enum<E> & Coded> {
    /** The codes of each length, and their constants at the same index. */
    private final char[][][] codes;

    private final Object[][] constants;
    /** The code parser whose message names the allowed codes, for text the table does not have. */
    final java.util.function.Function<String, E> parser;

    private CodeTable(Class<E> type, String what) {
        this.parser = Codes.of(type, what);
        E[] all = type.getEnumConstants();
        int longest = 0;
        for (E e : all) {
            longest = Math.max(longest, e.code().length());
        }
        int[] count = new int[longest + 1];
        for (E e : all) {
            count[e.code().length()]++;
        }
        codes = new char[longest + 1][][];
        constants = new Object[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            codes[n] = new char[count[n]][];
            constants[n] = new Object[count[n]];
            count[n] = 0;
        }
        for (E e : all) {
            String code = e.code();
            int n = code.length();
            if (find(code.toCharArray(), 0, n) == null) {
                codes[n][count[n]] = code.toCharArray();
                constants[n][count[n]++] = e;
            }
        }
    }

    /**
     * Returns its table.
     *
     * @param type the taxonomy
     * @param what what a code stands for, for messages, e.g. {@code "level"}
     * @param <E> the taxonomy type
     * @return its table
     */
    static <E extends Enum<E> & Coded> CodeTable<E> of(Class<E> type, String what) {
        return new CodeTable<>(type, what);
    }

    /**
     * Returns the constant with exactly that code, or {@code null}.
     *
     * @param text a character buffer
     * @param offset where the code starts
     * @param length its length
     * @return the constant with exactly that code, or {@code null}
     */
    @SuppressWarnings("unchecked")
    @Nullable
    E find(char[] text, int offset, int length) {
        if (length >= codes.length) {
            return null;
        }
        char[][] candidates = codes[length];
        for (int i = 0; i < candidates.length; i++) {
            char[] code = candidates[i];
            if (code == null) {
                break; // not yet filled (while building)
            }
            int j = 0;
            while (j < length && code[j] == text[offset + j]) {
                j++;
            }
            if (j == length) {
                return (E) constants[length][i];
            }
        }
        return null;
    }
}
