package org.msptoolkit.network.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that flushes instead of closing, so a library never closes its caller's writer. */
final class NonClosing extends FilterWriter {
    NonClosing(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
