package org.msptoolkit.core.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns enum constants into kebab-case codes and back. Package-private helper. */
final class Codes {
    private Codes() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String what, String code) {
        return find(type, code).orElseThrow(() -> new IllegalArgumentException(
                what + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                        .collect(Collectors.joining(", ")) + ", got \"" + code + "\""));
    }
}
