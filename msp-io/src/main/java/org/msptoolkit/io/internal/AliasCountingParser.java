package org.msptoolkit.io.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Counts YAML aliases as the tokens go by and stops the read once there are more than allowed.
 * Jackson's plain YAML parser does not expand aliases (it would hand over the anchor's name as if
 * it were the value), so format v1 refuses them by default rather than read a wrong value. Internal.
 */
final class AliasCountingParser extends JsonParserDelegate {
    private final int limit;
    private int aliases;

    AliasCountingParser(JsonParser delegate, int limit) {
        super(delegate);
        this.limit = limit;
    }

    @Override
    public JsonToken nextToken() {
        return counted(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() {
        return counted(delegate.nextValue());
    }

    private JsonToken counted(JsonToken t) {
        if (delegate instanceof YAMLParser y && y.isCurrentAlias() && ++aliases > limit) {
            throw new AliasLimitExceeded(delegate.currentTokenLocation(), limit);
        }
        return t;
    }
}
