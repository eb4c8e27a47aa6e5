package org.msptoolkit.network.internal;

import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.msptoolkit.network.NetworkNode;
import org.msptoolkit.network.Tie;

/** Writes a view as GEXF 1.2 with jgrapht-io's {@link GEXFExporter}: declared attributes, node labels. */
public final class GexfWriter {
    private GexfWriter() {}

    /**
     * Writes the view.
     *
     * @param view the view
     * @param description what the file shows, for the GEXF meta element
     * @param out where to (not closed)
     */
    public static void write(ViewGraph view, String description, Writer out) {
        Map<Tie, String> ids = new HashMap<>();
        for (Tie t : view.graph().edgeSet()) {
            ids.put(t, "e" + ids.size());
        }
        GEXFExporter<NetworkNode, Tie> e =
                new GEXFExporter<>(NetworkNode::id, t -> java.util.Objects.requireNonNull(ids.get(t)));
        e.setCreator("msp-toolkit msp-network");
        e.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        e.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        e.setDescription(description);
        ViewGraph.NODE_ATTRIBUTES.forEach(
                (k, t) -> e.registerAttribute(k, GEXFExporter.AttributeCategory.NODE, type(t)));
        ViewGraph.EDGE_ATTRIBUTES.forEach((k, t) -> {
            if (!k.equals("weight")) { // written as the format's own edge weight
                e.registerAttribute(k, GEXFExporter.AttributeCategory.EDGE, type(t));
            }
        });
        JGraphTAttributes.provide(e, view);
        e.exportGraph(view.graph(), out);
    }

    private static GEXFAttributeType type(String t) {
        return switch (t) {
            case "int" -> GEXFAttributeType.INTEGER;
            case "double" -> GEXFAttributeType.DOUBLE;
            default -> GEXFAttributeType.STRING;
        };
    }
}
