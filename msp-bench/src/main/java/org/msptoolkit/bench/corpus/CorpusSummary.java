package org.msptoolkit.bench.corpus;

/**
 * How a corpus evaluation went.
 *
 * @param evaluated how many records were read, validated and evaluated
 * @param rejected how many records could not be read or were invalid
 */
public record CorpusSummary(long evaluated, long rejected) {

    /** @return how many records the corpus had */
    public long records() {
        return evaluated + rejected;
    }

    @Override
    public String toString() {
        return records() + " records: " + evaluated + " evaluated, " + rejected + " rejected";
    }
}
