package org.msptoolkit.core.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.msptoolkit.core.internal.Checks;

/**
 * A sector or issue area a stakeholder works in or a process addresses. The 17 Sustainable
 * Development Goals are built in with codes {@code SDG1} … {@code SDG17}; any other issue area can
 * be named with a free code such as {@code "forestry"}.
 *
 * <p>Two sectors are equal when their codes are equal.
 *
 * @param code stable code, e.g. {@code "SDG5"} or {@code "forestry"}
 * @param label human-readable name
 */
public record Sector(String code, String label) implements Coded {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*");
    private static final Pattern SDG = Pattern.compile("(?i)sdg-?(\\d{1,2})");
    private static final String[] SDG_NAMES = {
        "No poverty",
        "Zero hunger",
        "Good health and well-being",
        "Quality education",
        "Gender equality",
        "Clean water and sanitation",
        "Affordable and clean energy",
        "Decent work and economic growth",
        "Industry, innovation and infrastructure",
        "Reduced inequalities",
        "Sustainable cities and communities",
        "Responsible consumption and production",
        "Climate action",
        "Life below water",
        "Life on land",
        "Peace, justice and strong institutions",
        "Partnerships for the goals"
    };
    private static final List<Sector> SDGS;

    static {
        List<Sector> sdgs = new ArrayList<>();
        for (int i = 0; i < SDG_NAMES.length; i++) {
            sdgs.add(new Sector("SDG" + (i + 1), SDG_NAMES[i]));
        }
        SDGS = List.copyOf(sdgs);
    }

    /** Checks the components: a code of letters and digits, optionally joined by {@code - _ .}. */
    public Sector {
        Checks.notNull(code, "sector code");
        Checks.argument(
                CODE.matcher(code).matches(),
                "sector code",
                "be letters and digits, optionally joined by '-', '_' or '.' (e.g. \"SDG5\", \"forestry\")",
                code);
        Checks.notBlank(label, "sector label");
    }

    /**
     * Sustainable Development Goal {@code n}.
     *
     * @param n goal number, 1–17
     * @return the goal as a sector
     */
    public static Sector sdg(int n) {
        Checks.argument(n >= 1 && n <= 17, "SDG number", "be between 1 and 17", n);
        return SDGS.get(n - 1);
    }

    /**
     * All 17 SDGs in order.
     *
     * @return an unmodifiable list
     */
    public static List<Sector> sdgs() {
        return SDGS;
    }

    /**
     * A sector from its code: {@code "SDG5"} (also {@code "sdg5"}, {@code "SDG-5"}) gives the built-in
     * goal; any other well-formed code gives a free sector labelled with its code.
     *
     * @param code the code as written in a file
     * @return the sector
     * @throws IllegalArgumentException if the code is malformed or names an SDG beyond 17
     */
    public static Sector parse(String code) {
        Checks.notNull(code, "sector code");
        var m = SDG.matcher(code.strip());
        if (m.matches()) {
            return sdg(Integer.parseInt(m.group(1)));
        }
        return new Sector(code, code);
    }

    /**
     * A free sector with a label.
     *
     * @param code e.g. {@code "forestry"}
     * @param label e.g. {@code "Forestry"}
     * @return the sector, or the built-in SDG if the code names one
     */
    public static Sector of(String code, String label) {
        Sector parsed = parse(code);
        return parsed.isSdg() ? parsed : new Sector(code, label);
    }

    /**
     * The SDG number, if this sector is one of the 17 goals.
     *
     * @return 1–17, or empty for a free sector
     */
    public Optional<Integer> sdgNumber() {
        var m = SDG.matcher(code);
        return m.matches() && code.toUpperCase(Locale.ROOT).equals(code)
                ? Optional.of(Integer.parseInt(m.group(1)))
                : Optional.empty();
    }

    /**
     * Whether this sector is one of the 17 SDGs.
     *
     * @return {@code true} for an SDG
     */
    public boolean isSdg() {
        return sdgNumber().isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sector s && s.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
