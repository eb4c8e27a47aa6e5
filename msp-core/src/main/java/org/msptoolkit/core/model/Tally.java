package org.msptoolkit.core.model;

import java.util.Map;
import org.msptoolkit.core.internal.Checks;

/**
 * The counted result of a vote: the number of votes (or voting power units) per option, overall and,
 * where the process votes in chambers (e.g. the FSC General Assembly's environmental, social and
 * economic chambers), per chamber. Options are free names such as {@code "for"}, {@code "against"},
 * {@code "abstain"}. Counts must not be negative (checked by validation).
 *
 * @param options votes per option over the whole body, in the order recorded
 * @param chambers votes per option in each chamber, by chamber name; empty if no chambers
 */
public record Tally(Map<String, Long> options, Map<String, Map<String, Long>> chambers) {
    /** Checks that no component is {@code null} and copies the maps, keeping their order. */
    public Tally {
        options = Checks.map(options, "tally options");
        Map<String, Map<String, Long>> copy = new java.util.LinkedHashMap<>();
        Checks.map(chambers, "tally chambers")
                .forEach((k, v) -> copy.put(k, Checks.map(v, "tally chambers[" + k + "]")));
        chambers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A tally of for, against and abstain, with no chambers.
     *
     * @param inFavour votes for
     * @param against votes against
     * @param abstentions abstentions
     * @return the tally
     */
    public static Tally of(long inFavour, long against, long abstentions) {
        var options = new java.util.LinkedHashMap<String, Long>();
        options.put("for", inFavour);
        options.put("against", against);
        options.put("abstain", abstentions);
        return new Tally(options, Map.of());
    }

    /**
     * Total of all counts over the whole body.
     *
     * @return the sum of {@link #options()}
     */
    public long total() {
        return options.values().stream().mapToLong(Long::longValue).sum();
    }
}
