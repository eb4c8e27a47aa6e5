package org.msptoolkit.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.msptoolkit.network.internal.EdgeCsv;
import org.msptoolkit.network.internal.GexfWriter;
import org.msptoolkit.network.internal.GraphMlWriter;
import org.msptoolkit.network.internal.NodeLinkJson;
import org.msptoolkit.network.internal.SvgMap;
import org.msptoolkit.network.internal.ViewGraph;

/**
 * Writes a network and its measures as GraphML or GEXF (for Gephi and other tools), a JSON node-link document
 * (for web portals), a CSV edge list, or a self-contained HTML page with an SVG map. Only processes and
 * stakeholders (organisations, constituencies) are nodes; no personal data is written.
 *
 * <pre>{@code
 * NetworkExport.of(network, report).write(NetworkView.PROCESS, Path.of("map.html"));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class NetworkExport {
    private final ProcessNetwork network;
    private final NetworkReport report;

    private NetworkExport(ProcessNetwork network, NetworkReport report) {
        this.network = network;
        this.report = report;
    }

    /**
     * Returns an export of this network with these measures.
     *
     * @param network the network
     * @param report its measures (from {@link NetworkAnalysis#analyse(ProcessNetwork)})
     * @return the export
     */
    public static NetworkExport of(ProcessNetwork network, NetworkReport report) {
        return new NetworkExport(
                java.util.Objects.requireNonNull(network, "network"),
                java.util.Objects.requireNonNull(report, "report"));
    }

    /**
     * Returns the graph a view shows: its nodes and its ties (ties between the same two nodes merged; in the
     * process view, the suggested missing links added with kind {@link TieKind#MISSING_LINK}).
     *
     * @param view which graph
     * @return the graph (a new one on each call)
     */
    public Graph<NetworkNode, Tie> graph(NetworkView view) {
        return viewGraph(view).graph();
    }

    private ViewGraph viewGraph(NetworkView view) {
        List<NetworkNode> nodes = new ArrayList<>();
        List<Graph<NetworkNode, Tie>> ties = new ArrayList<>();
        List<MissingLink> missing = List.of();
        switch (view) {
            case TWO_MODE -> {
                nodes.addAll(network.processes());
                nodes.addAll(network.stakeholders());
                ties.add(network.twoMode());
                ties.add(network.declaredLinks());
            }
            case PROCESS -> {
                nodes.addAll(network.processes());
                ties.add(network.processProjection());
                ties.add(network.declaredLinks());
                missing = report.missingLinks();
            }
            case STAKEHOLDER -> {
                nodes.addAll(network.stakeholders());
                ties.add(network.stakeholderProjection());
            }
        }
        return ViewGraph.of(nodes, ties, missing, report.reach(), report.stakeholderScores());
    }

    /**
     * Writes a view in a format.
     *
     * @param view which graph
     * @param format which format
     * @param out where to (flushed, not closed)
     */
    public void write(NetworkView view, NetworkFormat format, Writer out) {
        ViewGraph g = viewGraph(view);
        String description = "msp-toolkit network, " + view.code() + " view: "
                + g.graph().vertexSet().size()
                + " nodes, " + g.graph().edgeSet().size() + " ties; stakeholders matched by "
                + network.identity().code();
        switch (format) {
            case GRAPHML -> GraphMlWriter.write(g, out);
            case GEXF -> GexfWriter.write(g, description, out);
            case JSON -> NodeLinkJson.write(g, info(view, g), report, out);
            case CSV -> EdgeCsv.write(g, out);
            case HTML ->
                SvgMap.write(
                        g,
                        "Network of " + network.processes().size() + " processes (" + view.code() + " view)",
                        report,
                        out);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a view to a file, in the format its extension names, replacing the file.
     *
     * @param view which graph
     * @param file e.g. {@code map.html}, {@code network.graphml}, {@code .gexf}, {@code .json}, {@code .csv}
     * @throws IllegalArgumentException for another extension
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(NetworkView view, Path file) {
        NetworkFormat format = NetworkFormat.forFileName(file.getFileName().toString())
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of " + file + ": use .html, .graphml, .gexf, .json or .csv"));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(view, format, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Map<String, Object> info(NetworkView view, ViewGraph g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", view.code());
        m.put("identity", network.identity().code());
        m.put("processes", network.processes().size());
        m.put("stakeholders", network.stakeholders().size());
        m.put("nodes", g.graph().vertexSet().size());
        m.put("ties", g.graph().edgeSet().size());
        m.put("excludedIndividuals", network.excludedIndividuals());
        m.put("externalLinks", network.externalLinks());
        m.put("mergeCandidates", network.mergeCandidates().size());
        return m;
    }

    @Override
    public String toString() {
        return "NetworkExport[" + network + "]";
    }
}
