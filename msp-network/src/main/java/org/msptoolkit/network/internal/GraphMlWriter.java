package org.msptoolkit.network.internal;

import java.io.Writer;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.msptoolkit.network.NetworkNode;
import org.msptoolkit.network.Tie;

/** Writes a view as GraphML with jgrapht-io's {@link GraphMLExporter}: typed keys for every attribute. */
public final class GraphMlWriter {
    private GraphMlWriter() {}

    /**
     * Writes the view.
     *
     * @param view the view
     * @param out where to (not closed)
     */
    public static void write(ViewGraph view, Writer out) {
        GraphMLExporter<NetworkNode, Tie> e = new GraphMLExporter<>(NetworkNode::id);
        e.setExportVertexLabels(true);
        e.setExportEdgeWeights(true);
        e.setVertexLabelAttributeName("label");
        ViewGraph.NODE_ATTRIBUTES.forEach(
                (k, t) -> e.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, type(t)));
        ViewGraph.EDGE_ATTRIBUTES.forEach((k, t) -> {
            if (!k.equals("weight")) { // written as the format's own edge weight
                e.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, type(t));
            }
        });
        JGraphTAttributes.provide(e, view);
        e.exportGraph(view.graph(), out);
    }

    private static AttributeType type(String t) {
        return switch (t) {
            case "int" -> AttributeType.INT;
            case "double" -> AttributeType.DOUBLE;
            default -> AttributeType.STRING;
        };
    }
}
