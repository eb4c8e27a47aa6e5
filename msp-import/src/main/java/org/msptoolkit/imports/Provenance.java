package org.msptoolkit.imports;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.msptoolkit.io.MspDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where an imported process came from, carried by every imported record as the top-level
 * {@code x-provenance} extension of its {@link MspDocument}: the source, the record's id there, its
 * URL when known, the licence and the attribution text the licence asks for, and which importer
 * version imported it on which day.
 *
 * @param source the source name, e.g. {@code "polis"}
 * @param sourceId the record's id in the source, e.g. the file or conversation name
 * @param url where the record can be found, empty when not known
 * @param licence the licence as the source states it, e.g. {@code "CC BY 4.0"}, or {@code "not stated"}
 * @param attribution the attribution text to show with the data
 * @param importerVersion the msp-import version that made the record
 * @param importDay the day of the import
 * @since 0.2.0
 */
public record Provenance(
        String source,
        String sourceId,
        String url,
        String licence,
        String attribution,
        String importerVersion,
        LocalDate importDay) {
    /** The name of the extension field that holds the provenance. */
    public static final String EXTENSION = "x-provenance";

    /** Checks that nothing is null. */
    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(importerVersion, "importerVersion");
        Objects.requireNonNull(importDay, "importDay");
    }

    /**
     * The provenance of a record imported in {@code context}.
     *
     * @param context the import's day and version
     * @param source the source name
     * @param sourceId the record's id in the source
     * @param url its URL, empty when not known
     * @param licence the licence
     * @param attribution the attribution text
     * @return the provenance
     * @since 0.2.0
     */
    public static Provenance of(
            ImportContext context, String source, String sourceId, String url, String licence, String attribution) {
        return new Provenance(source, sourceId, url, licence, attribution, context.importerVersion(), context.day());
    }

    /**
     * The provenance as the JSON object stored under {@value #EXTENSION}.
     *
     * @return a new JSON object
     * @since 0.2.0
     */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("source", source);
        o.put("sourceId", sourceId);
        if (!url.isEmpty()) {
            o.put("url", url);
        }
        o.put("licence", licence);
        o.put("attribution", attribution);
        o.put("importer", "msp-import " + importerVersion);
        o.put("importedOn", importDay.toString());
        return o;
    }

    /**
     * The provenance an imported document carries, if any.
     *
     * @param document a document, e.g. read back from a corpus
     * @return its provenance, empty when it has no well-formed {@value #EXTENSION}
     * @since 0.2.0
     */
    public static Optional<Provenance> of(MspDocument document) {
        Optional<JsonNode> x = document.extensions().get("", EXTENSION);
        if (x.isEmpty() || !x.get().isObject()) {
            return Optional.empty();
        }
        JsonNode o = x.get();
        String importer = text(o, "importer");
        String day = text(o, "importedOn");
        try {
            return Optional.of(new Provenance(
                    text(o, "source"),
                    text(o, "sourceId"),
                    text(o, "url"),
                    text(o, "licence"),
                    text(o, "attribution"),
                    importer.startsWith("msp-import ") ? importer.substring("msp-import ".length()) : importer,
                    LocalDate.parse(day)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || !v.isString() ? "" : v.asString();
    }
}
