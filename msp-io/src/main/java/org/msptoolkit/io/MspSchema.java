package org.msptoolkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of format version 1, so that portals and scripts in any language
 * can validate the same files this library reads. It describes valid documents: it allows
 * extension fields whose names start with {@code x-} in every object, but not other unknown fields.
 * Cross-references (a participant's stakeholder must exist, …) are beyond JSON Schema; the library's
 * reader checks them.
 *
 * <pre>{@code
 * Files.writeString(Path.of("msp-v1.schema.json"), MspSchema.text());
 * }</pre>
 */
public final class MspSchema {
    /** Where the schema lives on the class path (module {@code org.msptoolkit.io}). */
    public static final String RESOURCE = "/org/msptoolkit/io/msp-process-v1.schema.json";
    /** The schema's {@code $id}. */
    public static final String ID = "https://msptoolkit.org/schema/msp-process-v1.schema.json";

    private MspSchema() {}

    /**
     * The schema's text.
     *
     * @return the JSON Schema document
     */
    public static String text() {
        try (InputStream in = MspSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from msp-io");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Prints the schema, e.g. to {@code System.out} or a file writer.
     *
     * @param out where to
     * @throws UncheckedIOException if writing fails
     */
    public static void print(Appendable out) {
        try {
            out.append(text());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the schema", e);
        }
    }
}
