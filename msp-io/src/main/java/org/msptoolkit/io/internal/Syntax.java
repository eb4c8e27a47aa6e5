package org.msptoolkit.io.internal;

/** The text syntaxes of format v1. Internal. */
public enum Syntax {
    /** JSON (RFC 8259). */
    JSON,
    /** YAML 1.2. */
    YAML
}
