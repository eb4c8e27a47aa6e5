package org.msptoolkit.io.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The text syntaxes of format v1. Internal. */
public enum Syntax {
    /** JSON (RFC 8259). */
    JSON,
    /** YAML 1.2. */
    YAML;

    /**
     * The syntax a file name announces: {@code .yaml}/{@code .yml} is YAML, {@code .json} JSON.
     *
     * @param file the file
     * @param what what such files hold, for the message, e.g. {@code "MSP documents"}
     * @return the syntax
     * @throws IllegalArgumentException for any other extension
     */
    public static Syntax ofPath(Path file, String what) {
        String name =
                Objects.requireNonNull(file, "file").getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new IllegalArgumentException(
                "cannot tell the format of \"" + file + "\": " + what + " end in .json, .yaml or .yml");
    }
}
