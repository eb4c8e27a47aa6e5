package org.msptoolkit.network.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/** Plain attribute values as jgrapht-io attributes. */
final class JGraphTAttributes {
    private JGraphTAttributes() {}

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
