package org.msptoolkit.core.taxonomy;

import java.util.Locale;
import java.util.Set;
import org.msptoolkit.core.internal.Checks;

/**
 * A country, by its ISO 3166-1 alpha-2 code (e.g. {@code KE} for Kenya). Codes are validated
 * against the JDK's list of ISO countries, plus {@code XK} (Kosovo), a user-assigned code in wide use.
 *
 * @param code two upper-case letters
 */
public record Country(String code) implements Coded {
    private static final Set<String> CODES;

    static {
        var codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        CODES = Set.copyOf(codes);
    }

    /** Checks that the code is an assigned ISO 3166-1 alpha-2 code. */
    public Country {
        Checks.notNull(code, "country code");
        Checks.argument(
                CODES.contains(code),
                "country code",
                "be an ISO 3166-1 alpha-2 code in upper case (e.g. \"KE\", \"BR\", \"DE\")",
                code);
    }

    /**
     * A country from its code, ignoring case and surrounding blanks.
     *
     * @param code e.g. {@code "ke"} or {@code "KE"}
     * @return the country
     * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 code
     */
    public static Country of(String code) {
        Checks.notNull(code, "country code");
        return new Country(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether {@code code} is a valid ISO 3166-1 alpha-2 code as written (upper case).
     *
     * @param code the code to test
     * @return {@code true} if {@link #Country(String)} accepts it
     */
    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /**
     * The country's English name, e.g. "Kenya".
     *
     * @return the name from the JDK's locale data
     */
    public String displayName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return code;
    }
}
