package org.msptoolkit.core.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns enum constants into kebab-case codes and back. Package-private helper. */
final class Codes {
    private Codes() {}

    /** Each taxonomy's codes by ordinal, made once: writers, validation and evaluation ask for codes often. */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            if (constants == null) {
                return new String[0]; // asked while the enum itself is initialising: computed on each call
            }
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = kebab((Enum<?>) constants[i]);
            }
            return codes;
        }
    };

    // The ordinal indexes a cache made from getEnumConstants() in this JVM, as EnumMap does; it is never stored.
    @SuppressWarnings("EnumOrdinal")
    static String of(Enum<?> constant) {
        String[] codes = CODES.get(constant.getDeclaringClass());
        return constant.ordinal() < codes.length ? codes[constant.ordinal()] : kebab(constant);
    }

    private static String kebab(Enum<?> constant) {
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
        return find(type, code)
                .orElseThrow(() -> new IllegalArgumentException(what + " must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Coded::code)
                                .collect(Collectors.joining(", ")) + ", got \"" + code + "\""));
    }
}
