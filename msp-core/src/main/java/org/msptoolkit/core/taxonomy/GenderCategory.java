package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * A coarse category derived from a participant's self-described gender, used only to compute
 * gender balance (e.g. the Council of Europe 40% floor). The self-description itself is kept as written.
 */
public enum GenderCategory implements Coded {
    /** Self-described as a woman or female. */
    WOMAN,
    /** Self-described as a man or male. */
    MAN,
    /** Any other self-description, e.g. non-binary. */
    OTHER;

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
    public static Optional<GenderCategory> fromCode(String code) {
        return Codes.find(GenderCategory.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static GenderCategory parse(String code) {
        return Codes.parse(GenderCategory.class, "gender category", code);
    }
}
