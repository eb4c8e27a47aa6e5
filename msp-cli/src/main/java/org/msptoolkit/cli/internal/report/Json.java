package org.msptoolkit.cli.internal.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Plain trees (maps, lists, text, numbers, booleans, nulls) as pretty-printed JSON. */
public final class Json {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}

    /**
     * Returns pretty-printed JSON ending with a newline.
     *
     * @param tree maps, lists, text, numbers, booleans and nulls
     * @return pretty-printed JSON ending with a newline
     */
    public static String write(Object tree) {
        return JSON.writeValueAsString(tree) + "\n";
    }
}
