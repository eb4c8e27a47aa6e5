package org.msptoolkit.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The connected components of a graph and their sizes.
 *
 * @param measure what is measured, with formula and source
 * @param graph which graph: {@code "network"} (two-mode ties and declared links) or {@code "stakeholder-projection"}
 * @param components how many components (an isolated node is one)
 * @param largest the size of the largest component (0 for an empty graph)
 * @param sizes the sizes of the largest components, at most 20, largest first
 * @param histogram how many components have each size, by size
 * @since 0.2.0
 */
public record ComponentSizes(
        Measure measure,
        String graph,
        int components,
        int largest,
        List<Integer> sizes,
        Map<Integer, Integer> histogram) {
    /** Checks and copies the components. */
    public ComponentSizes {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(graph, "graph");
        sizes = List.copyOf(sizes);
        histogram = Map.copyOf(histogram);
    }
}
