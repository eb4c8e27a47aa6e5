package org.msptoolkit.io.corpus;

/**
 * How evaluating a corpus went: how many process records were evaluated and how many were rejected
 * because they could not be read or were invalid.
 *
 * @param evaluated how many records were read, validated and evaluated
 * @param rejected how many records could not be read or were invalid
 */
public record CorpusSummary(long evaluated, long rejected) {

    /** Checks that neither count is negative. */
    public CorpusSummary {
        if (evaluated < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must not be negative, got " + evaluated + " and " + rejected);
        }
    }

    /**
     * Returns how many records the corpus had.
     *
     * @return how many records the corpus had
     */
    public long records() {
        return evaluated + rejected;
    }

    @Override
    public String toString() {
        return records() + " records: " + evaluated + " evaluated, " + rejected + " rejected";
    }
}
