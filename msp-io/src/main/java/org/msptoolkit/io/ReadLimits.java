package org.msptoolkit.io;

/**
 * Bounds on what one MSP document (or one corpus record) may contain, so that hostile or broken
 * input fails fast with a clear message instead of exhausting memory or stack. Each limit, when
 * exceeded, gives a {@link IoProblems#LIMIT_EXCEEDED} problem naming the limit.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentLength(1_000_000).withMaxNestingDepth(32);
 * MspFormat.json().withLimits(limits).read(text);
 * }</pre>
 *
 * @param maxDocumentLength the most characters (YAML, NDJSON lines) or bytes (JSON) in one document
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest field name, in characters
 * @param maxYamlAliases how many YAML aliases ({@code *name}) a document may use; format v1 needs
 *     none, so the default is 0 and any alias is refused
 */
public record ReadLimits(
        long maxDocumentLength,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxNameLength,
        int maxYamlAliases) {

    private static final ReadLimits DEFAULTS = new ReadLimits(16L * 1024 * 1024, 64, 1_000_000, 100, 1_000, 0);

    /** Checks that every limit is positive (aliases: not negative). */
    public ReadLimits {
        positive(maxDocumentLength, "maxDocumentLength");
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxStringLength, "maxStringLength");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxNameLength, "maxNameLength");
        if (maxYamlAliases < 0) {
            throw new IllegalArgumentException("maxYamlAliases must not be negative, got " + maxYamlAliases);
        }
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /**
     * The defaults: 16 MiB per document, nesting depth 64, strings up to 1,000,000 characters,
     * numbers up to 100 characters, field names up to 1,000 characters, no YAML aliases.
     *
     * @return the default limits
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with that limit.
     *
     * @param value characters or bytes per document
     * @return a copy with that limit
     */
    public ReadLimits withMaxDocumentLength(long value) {
        return new ReadLimits(value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxYamlAliases);
    }

    /**
     * Returns a copy with that limit.
     *
     * @param value deepest nesting
     * @return a copy with that limit
     */
    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(
                maxDocumentLength, value, maxStringLength, maxNumberLength, maxNameLength, maxYamlAliases);
    }

    /**
     * Returns a copy with that limit.
     *
     * @param value longest string
     * @return a copy with that limit
     */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(
                maxDocumentLength, maxNestingDepth, value, maxNumberLength, maxNameLength, maxYamlAliases);
    }

    /**
     * Returns a copy with that limit.
     *
     * @param value longest number
     * @return a copy with that limit
     */
    public ReadLimits withMaxNumberLength(int value) {
        return new ReadLimits(
                maxDocumentLength, maxNestingDepth, maxStringLength, value, maxNameLength, maxYamlAliases);
    }

    /**
     * Returns a copy with that limit.
     *
     * @param value longest field name
     * @return a copy with that limit
     */
    public ReadLimits withMaxNameLength(int value) {
        return new ReadLimits(
                maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, value, maxYamlAliases);
    }

    /**
     * Returns a copy with that limit.
     *
     * @param value YAML aliases allowed
     * @return a copy with that limit
     */
    public ReadLimits withMaxYamlAliases(int value) {
        return new ReadLimits(
                maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value);
    }
}
