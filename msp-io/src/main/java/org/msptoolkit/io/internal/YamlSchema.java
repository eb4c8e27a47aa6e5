package org.msptoolkit.io.internal;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * The YAML schema of the reader: YAML's JSON schema, plus the plain nulls of YAML's core schema
 * ({@code ~}, {@code Null}, {@code NULL}), so that {@code title: ~} is read as the null it means to a YAML
 * user (and reported where a value is required) instead of the text "~". Internal.
 */
final class YamlSchema extends JsonSchema {
    private final ScalarResolver resolver;

    YamlSchema() {
        JsonScalarResolver r = new JsonScalarResolver();
        r.addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|Null|NULL)$"), "~N");
        this.resolver = r;
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return resolver;
    }
}
