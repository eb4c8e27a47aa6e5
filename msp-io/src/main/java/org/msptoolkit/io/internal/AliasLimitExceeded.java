package org.msptoolkit.io.internal;

import tools.jackson.core.TokenStreamLocation;

/** Raised inside a YAML read when a document uses more aliases than allowed. Internal. */
final class AliasLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TokenStreamLocation location;
    final int limit;

    AliasLimitExceeded(TokenStreamLocation location, int limit) {
        super("too many YAML aliases", null, false, false);
        this.location = location;
        this.limit = limit;
    }
}
