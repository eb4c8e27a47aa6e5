package org.msptoolkit.indicators;

/**
 * How well a principle or criterion is backed by a source text, after the confidence tags of the
 * project's domain reference: confirmed, partly confirmed, or background knowledge only.
 */
public enum SourceConfidence {
    /** [C] Confirmed in a source text. */
    CONFIRMED,
    /** [P] Partly confirmed: the item or its name was seen, but not every detail. */
    PARTLY_CONFIRMED,
    /** [M] From background knowledge only, not verified in a source text. */
    BACKGROUND;

    /**
     * Returns the stable code, e.g. {@code "partly-confirmed"}.
     *
     * @return the stable code, e.g. {@code "partly-confirmed"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
