package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * How a multi-stakeholder process is linked to official decision-making, one of the design elements
 * of the Context phase in Hemmati et al. (2002). Ordered from no linkage to decisive authority.
 */
public enum LinkageKind implements Coded {
    /** No formal link to any official decision. */
    NONE,
    /** Informs official decision-makers ("voices, not votes"). */
    INFORMS,
    /** Gives formal advice that officials must consider. */
    ADVISES,
    /** Shares decision-making power with officials. */
    CO_DECIDES,
    /** Takes decisions itself, e.g. a membership body setting its own standard. */
    DECIDES;

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
    public static Optional<LinkageKind> fromCode(String code) {
        return Codes.find(LinkageKind.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static LinkageKind parse(String code) {
        return Codes.parse(LinkageKind.class, "linkage kind", code);
    }
}
