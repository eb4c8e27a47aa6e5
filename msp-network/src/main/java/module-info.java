/**
 * Networks of multi-stakeholder processes and their stakeholders across a corpus: the two-mode network
 * (participation, convening, funding), its one-mode projections, the declared links between processes, the
 * measures that answer Hemmati et al.'s (2002) question of "missing links" between sectors and levels
 * (cross-sector and cross-level ties, components, brokers, E–I index, reach to the levels above and below),
 * ranked missing-link suggestions, and GraphML, GEXF, JSON, CSV and HTML/SVG outputs. Built on JGraphT.
 * Persons (participants) are never nodes.
 *
 * @since 0.2.0
 */
module org.msptoolkit.network {
    requires transitive org.msptoolkit.core;
    // ProcessNetwork hands out JGraphT graphs (Graph<NetworkNode, Tie>), so JGraphT is part of the API.
    requires transitive org.jgrapht.core;
    requires org.jgrapht.io;
    requires java.xml;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static org.jspecify;

    exports org.msptoolkit.network;
}
