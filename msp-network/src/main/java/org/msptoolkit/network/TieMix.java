package org.msptoolkit.network;

import java.util.List;
import java.util.Objects;

/**
 * The share of ties of one tie set (declared links, processes sharing stakeholders, stakeholders meeting) that
 * cross sectors or levels: a tie crosses when both ends record the attribute and have no value in common.
 *
 * @param measure what is measured, with formula and source
 * @param ties which tie set: {@code "declared-links"}, {@code "process-projection"} or
 *     {@code "stakeholder-projection"}
 * @param total ties in the set
 * @param overall the share over every tie whose two ends record the attribute
 * @param breakdown the share per sector (ties with that sector at either end) or per level pair (ties with one
 *     end at each level)
 * @since 0.2.0
 */
public record TieMix(Measure measure, String ties, long total, Share overall, List<Share> breakdown) {
    /** Checks and copies the components. */
    public TieMix {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(ties, "ties");
        Objects.requireNonNull(overall, "overall");
        breakdown = List.copyOf(breakdown);
    }
}
