package org.msptoolkit.io;

/**
 * The {@link org.msptoolkit.core.validation.Problem#code() codes} of problems found while reading an
 * MSP document, next to the domain codes of msp-core (such as
 * {@link org.msptoolkit.core.validation.Problem#UNRESOLVED_REFERENCE}).
 */
public final class IoProblems {
    private IoProblems() {}

    /** The text is not well-formed JSON or YAML (location {@code file:line:column}). */
    public static final String SYNTAX = "syntax";
    /** The same field appears twice in one object, so one of the two values would be lost. */
    public static final String DUPLICATE_FIELD = "duplicate-field";
    /** A hostile-input limit of {@link ReadLimits} was exceeded. */
    public static final String LIMIT_EXCEEDED = "limit-exceeded";
    /** A value has the wrong JSON type, e.g. a number where a string is expected. */
    public static final String WRONG_TYPE = "wrong-type";
    /** A field that format v1 does not define (and that is not an {@code x-} extension), in strict mode. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A required field is missing. */
    public static final String MISSING_FIELD = "missing-field";
    /** A value of the right type that is not allowed, e.g. an unknown level code or a malformed date. */
    public static final String INVALID_VALUE = "invalid-value";
    /** An entry of a set (levels, countries, sectors, types) is listed twice. */
    public static final String DUPLICATE_ENTRY = "duplicate-entry";
    /** The document declares a format version this library cannot read, or none. */
    public static final String UNSUPPORTED_VERSION = "unsupported-version";
    /** The file could not be read at all (missing, unreadable). */
    public static final String IO = "io";
}
