package org.msptoolkit.network;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a network can be written in.
 *
 * @since 0.2.0
 */
public enum NetworkFormat {
    /** GraphML, for Gephi, yEd, Cytoscape, NetworkX ({@code .graphml}). */
    GRAPHML("graphml"),
    /** GEXF 1.2, Gephi's own format ({@code .gexf}). */
    GEXF("gexf"),
    /** A JSON node-link document with the measures, for web portals ({@code .json}). */
    JSON("json"),
    /** A CSV edge list, one tie per row ({@code .csv}). */
    CSV("csv"),
    /** A self-contained HTML page with an SVG map ({@code .html}). */
    HTML("html");

    private final String extension;

    NetworkFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the file extension, without the dot.
     *
     * @return the file extension, without the dot
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the format a file name asks for, by its extension (ignoring case; {@code .htm} is HTML).
     *
     * @param fileName e.g. {@code "map.html"}
     * @return the format, or empty for any other extension
     */
    public static Optional<NetworkFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        for (NetworkFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
