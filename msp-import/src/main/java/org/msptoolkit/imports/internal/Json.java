package org.msptoolkit.imports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers shared by the built-in importers. */
public final class Json {
    private static final Map<String, String> COUNTRIES = countries();

    private Json() {}

    /**
     * Returns a new empty JSON object.
     *
     * @return a new empty JSON object
     */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * An object of the string fields, in order.
     *
     * @param fields name to value
     * @return the object
     */
    public static ObjectNode strings(Map<String, String> fields) {
        ObjectNode o = object();
        fields.forEach(o::put);
        return o;
    }

    /**
     * An id safe for every id field: lower-case letters, digits and single hyphens.
     *
     * @param s any text
     * @return e.g. {@code "poland-warszawa-2018"}
     */
    public static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return t.isEmpty() ? "x" : t.length() > 60 ? t.substring(0, 60) : t;
    }

    /**
     * The ISO 3166 alpha-2 code of a country named in English (or given as a code).
     *
     * @param name e.g. {@code "Poland"} or {@code "US"}
     * @return e.g. {@code "PL"}, or empty string when not known
     */
    public static String countryCode(String name) {
        String n = name.strip();
        if (n.length() == 2 && COUNTRIES.containsValue(n.toUpperCase(Locale.ROOT))) {
            return n.toUpperCase(Locale.ROOT);
        }
        return COUNTRIES.getOrDefault(n.toLowerCase(Locale.ROOT), "");
    }

    private static Map<String, String> countries() {
        Map<String, String> m = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            m.put(
                    new Locale.Builder()
                            .setRegion(code)
                            .build()
                            .getDisplayCountry(Locale.ENGLISH)
                            .toLowerCase(Locale.ROOT),
                    code);
        }
        m.put("usa", "US");
        m.put("uk", "GB");
        m.put("czech republic", "CZ");
        m.put("palestinian territory", "PS");
        m.put("deutschland", "DE");
        return m;
    }

    /**
     * The UTC day of a time in milliseconds since 1970.
     *
     * @param millis epoch milliseconds
     * @return the day
     */
    public static LocalDate day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The entries of a folder, sorted by name.
     *
     * @param folder the folder
     * @return its entries
     * @throws java.io.IOException when it cannot be listed
     */
    public static List<Path> sorted(Path folder) throws java.io.IOException {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> all = new ArrayList<>(s.toList());
            all.sort(null);
            return all;
        }
    }
}
