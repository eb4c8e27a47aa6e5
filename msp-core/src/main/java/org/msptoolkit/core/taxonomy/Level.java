package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * The level at which a stakeholder acts or a process takes place, ordered from local to
 * international. Hemmati et al. (2002) deplore the "missing links between levels"; ordering the
 * levels lets links between processes be described as going up or down.
 */
public enum Level implements Coded {
    /** A municipality, neighbourhood or other local community. */
    LOCAL,
    /** A province, state, region inside a country, or river basin within one. */
    SUBNATIONAL,
    /** A country. */
    NATIONAL,
    /** A group of countries, e.g. a continent or a regional economic community. */
    REGIONAL,
    /** Global or intergovernmental, e.g. the UN Commission on Sustainable Development. */
    INTERNATIONAL;

    @Override
    public String code() {
        return Codes.of(this);
    }

    /**
     * Whether this level is above (more encompassing than) {@code other}.
     *
     * @param other the level to compare with
     * @return {@code true} if this level is strictly higher
     */
    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /**
     * Finds a level by its code, ignoring case.
     *
     * @param code e.g. {@code "national"}
     * @return the level, or empty if no level has that code
     */
    public static Optional<Level> fromCode(String code) {
        return Codes.find(Level.class, code);
    }

    /**
     * Returns the level with that code.
     *
     * @param code e.g. {@code "national"}
     * @return the level
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static Level parse(String code) {
        return Codes.parse(Level.class, "level", code);
    }
}
