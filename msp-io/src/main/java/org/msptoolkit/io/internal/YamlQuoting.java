package org.msptoolkit.io.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which strings the YAML writer quotes: besides what Jackson's default quotes (indicators,
 * {@code ": "}, {@code " #"}, leading or trailing spaces, …), every string a plain YAML scalar would read
 * as something other than that string — numbers in any YAML 1.1 or 1.2 form ({@code 2021}, {@code 1.10},
 * {@code 1e3}, {@code 0x1F}, {@code 1_000}, {@code 1:20}, {@code .inf}, {@code .nan}), booleans of either
 * version ({@code true}, {@code yes}, {@code on}, {@code y}), null ({@code null}, {@code ~}) and the empty
 * string. Dates ({@code 2002-08-26}) stay plain: the reader takes them as strings. Internal.
 */
final class YamlQuoting extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;

    /** Booleans and nulls of YAML 1.1 and 1.2, compared in lower case. */
    private static final Set<String> RESERVED =
            Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "+.inf", "-.inf", ".nan");

    /** Decimal, exponent, hexadecimal, octal, binary and sexagesimal numbers, with YAML 1.1 underscores. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:"
            + "(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:[eE][-+]?[0-9_]+)?"
            + "|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+"
            + "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?)");

    static final YamlQuoting INSTANCE = new YamlQuoting();

    private YamlQuoting() {}

    @Override
    public boolean needToQuoteName(String name) {
        return StringQuotingChecker.Default.instance().needToQuoteName(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return value.isEmpty()
                || StringQuotingChecker.Default.instance().needToQuoteValue(value)
                || readsAsAnotherType(value);
    }

    /**
     * Whether a plain scalar with this text would be read as a number, boolean or null.
     *
     * @param value the text
     * @return {@code true} if it must be quoted to stay a string
     */
    static boolean readsAsAnotherType(String value) {
        if (value.length() > 64) {
            return false; // no number or keyword is that long; keeps the check cheap on long texts
        }
        return RESERVED.contains(value.toLowerCase(Locale.ROOT))
                || NUMBER.matcher(value).matches();
    }
}
