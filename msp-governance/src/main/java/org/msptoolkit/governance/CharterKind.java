package org.msptoolkit.governance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a set of rules governs one process (a charter, e.g. a hub's rules of procedure) or is
 * applied by an institution to many processes (a policy, e.g. a government's consultation standards).
 */
public enum CharterKind {
    /** The rules of one multi-stakeholder process. */
    CHARTER,
    /** The rules an institution applies to every process it runs or funds. */
    POLICY;

    /**
     * Returns the code used in files: {@code charter} or {@code policy}.
     *
     * @return the code used in files: {@code charter} or {@code policy}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the kind, or empty.
     *
     * @param code {@code charter} or {@code policy}, ignoring case
     * @return the kind, or empty
     */
    public static Optional<CharterKind> fromCode(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
