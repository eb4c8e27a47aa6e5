package org.msptoolkit.network.internal;

import java.io.Writer;
import java.util.Map;
import org.msptoolkit.network.NetworkNode;
import org.msptoolkit.network.NetworkReport;
import org.msptoolkit.network.Tie;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a view as a JSON node-link document, the shape of NetworkX's {@code node_link_data} and of d3 force
 * layouts: {@code {"directed": false, "multigraph": false, "graph": {…measures…}, "nodes": [{"id", …}],
 * "links": [{"source", "target", …}]}}.
 */
public final class NodeLinkJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private NodeLinkJson() {}

    /**
     * Writes the view.
     *
     * @param view the view
     * @param graphInfo what the document shows (view, identity rule, counts)
     * @param report the measures
     * @param out where to (not closed)
     */
    public static void write(ViewGraph view, Map<String, Object> graphInfo, NetworkReport report, Writer out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("directed", false).put("multigraph", false);
        ObjectNode graph = root.putObject("graph");
        graphInfo.forEach((k, v) -> put(graph, k, v));
        graph.setAll(ReportJson.of(report));
        ArrayNode nodes = root.putArray("nodes");
        for (NetworkNode n : view.graph().vertexSet()) {
            ObjectNode o = nodes.addObject().put("id", n.id()).put("label", n.label());
            view.nodeAttributes(n).forEach((k, v) -> put(o, k, v));
        }
        ArrayNode links = root.putArray("links");
        for (Tie t : view.graph().edgeSet()) {
            ObjectNode o = links.addObject().put("source", t.a().id()).put("target", t.b().id());
            view.tieAttributes(t).forEach((k, v) -> put(o, k, v));
        }
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), root);
        } catch (JacksonException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e.getOriginalMessage(), e));
        }
    }

    private static void put(ObjectNode o, String k, Object v) {
        if (v instanceof Integer i) {
            o.put(k, i);
        } else if (v instanceof Long l) {
            o.put(k, l);
        } else if (v instanceof Double d) {
            ReportJson.number(o, k, d);
        } else {
            o.put(k, String.valueOf(v));
        }
    }
}
