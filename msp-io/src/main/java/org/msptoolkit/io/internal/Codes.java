package org.msptoolkit.io.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msptoolkit.core.taxonomy.Coded;

/** Parses taxonomy codes exactly as format v1 writes them. Internal. */
public final class Codes {
    private Codes() {}

    /**
     * A parser for the codes of an enum taxonomy.
     *
     * @param type the taxonomy
     * @param what what the value is, for messages
     * @param <E> the taxonomy type
     * @return a function throwing {@link IllegalArgumentException} that names the allowed codes
     */
    public static <E extends Enum<E> & Coded> Function<String, E> of(Class<E> type, String what) {
        E[] constants = type.getEnumConstants();
        // one hash look-up per code instead of a scan over the constants
        Map<String, E> byCode = new HashMap<>();
        for (E constant : constants) {
            byCode.putIfAbsent(constant.code(), constant);
        }
        return code -> {
            E constant = byCode.get(code);
            if (constant != null) {
                return constant;
            }
            throw new IllegalArgumentException(what + " must be one of "
                    + Arrays.stream(constants).map(Coded::code).collect(Collectors.joining(", ")) + ", got \"" + code
                    + "\"");
        };
    }
}
