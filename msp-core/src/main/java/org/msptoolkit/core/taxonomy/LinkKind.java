package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * How one multi-stakeholder process relates to another, within or across levels.
 */
public enum LinkKind implements Coded {
    /** The other process contains or mandates this one. */
    PARENT,
    /** This process contains or mandates the other one. */
    CHILD,
    /** The processes work on related issues without formal ties. */
    RELATED,
    /** This process feeds its outputs into the other one. */
    INFORMS,
    /** The other process feeds its outputs into this one. */
    INFORMED_BY;

    @Override
    public String code() {
        return Codes.of(this);
    }

    /**
     * Finds a value by its code, ignoring case.
     *
     * @param code the code as written in a file
     * @return the value, or empty if none has that code
     */
    public static Optional<LinkKind> fromCode(String code) {
        return Codes.find(LinkKind.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static LinkKind parse(String code) {
        return Codes.parse(LinkKind.class, "link kind", code);
    }
}
