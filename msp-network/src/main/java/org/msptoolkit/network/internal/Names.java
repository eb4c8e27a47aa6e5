package org.msptoolkit.network.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The normalisation of stakeholder names for merge candidates (never for merging). */
public final class Names {
    private Names() {}

    /**
     * Returns the name folded for comparison: Unicode NFKD without combining marks, lower case, every run of
     * characters other than letters and digits replaced by one space, trimmed, and a leading "the " removed.
     * {@code "The  Forest-Stewardship Council"} and {@code "forest stewardship council"} give the same text.
     *
     * @param name a stakeholder name
     * @return the folded name
     */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
