package org.msptoolkit.network.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseExporter;
import org.jgrapht.nio.DefaultAttribute;
import org.msptoolkit.network.NetworkNode;
import org.msptoolkit.network.Tie;

/** Plain attribute values as jgrapht-io attributes. */
final class JGraphTAttributes {
    private JGraphTAttributes() {}

    /**
     * Gives an exporter (GraphML, GEXF) the view's node attributes with each node's label, and its tie
     * attributes without the weight, which the formats write as their own edge weight.
     */
    static void provide(BaseExporter<NetworkNode, Tie> exporter, ViewGraph view) {
        exporter.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = of(view.nodeAttributes(n));
            a.put("label", DefaultAttribute.createAttribute(n.label()));
            return a;
        });
        exporter.setEdgeAttributeProvider(t -> {
            Map<String, Object> a = new LinkedHashMap<>(view.tieAttributes(t));
            a.remove("weight");
            return of(a);
        });
    }

    static Map<String, Attribute> of(Map<String, Object> values) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, attribute(v)));
        return out;
    }

    private static Attribute attribute(Object v) {
        if (v instanceof Integer i) {
            return DefaultAttribute.createAttribute(i);
        }
        if (v instanceof Double d) {
            return DefaultAttribute.createAttribute(d);
        }
        return DefaultAttribute.createAttribute(String.valueOf(v));
    }
}
