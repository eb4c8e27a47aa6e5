package org.msptoolkit.imports.pabulib;

import java.util.List;
import java.util.Objects;

/**
 * Whether the winners recomputed from a Pabulib file's ballots with its stated {@code rule} are the
 * projects the file publishes as {@code selected}: a governance check of a published outcome.
 *
 * @param file the file name
 * @param outcome agrees, differs, or cannot be checked
 * @param rule the file's {@code rule}
 * @param onlyPublished projects published as selected that the recomputation does not fund
 * @param onlyRecomputed projects the recomputation funds that are not published as selected
 * @param recomputed every project the recomputation funds, in the order funded
 * @param note why it differs or cannot be checked, quoting the file's {@code comment} when it has one
 * @since 0.2.0
 */
public record PabulibVerification(
        String file,
        Outcome outcome,
        String rule,
        List<String> onlyPublished,
        List<String> onlyRecomputed,
        List<String> recomputed,
        String note) {
    /** Copies the lists and checks that nothing is null. */
    public PabulibVerification {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        onlyPublished = List.copyOf(onlyPublished);
        onlyRecomputed = List.copyOf(onlyRecomputed);
        recomputed = List.copyOf(recomputed);
        Objects.requireNonNull(note, "note");
    }

    /**
     * What the check found.
     *
     * @since 0.2.0
     */
    public enum Outcome {
        /** The recomputed winners are exactly the published ones. */
        AGREES,
        /** They differ, or the file's rule is one this check does not recompute though it publishes winners. */
        DIFFERS,
        /** The file publishes no {@code selected} column, so there is nothing to compare with. */
        CANNOT_VERIFY
    }

    /**
     * The line {@code msp import pabulib --verify} prints.
     *
     * @return {@code <file>: agrees}, {@code <file>: differs: <only published> / <only recomputed>…}
     *     or {@code <file>: cannot verify: …}
     * @since 0.2.0
     */
    public String line() {
        return switch (outcome) {
            case AGREES -> file + ": agrees";
            case DIFFERS ->
                file + ": differs: " + list(onlyPublished) + " / " + list(onlyRecomputed)
                        + (note.isEmpty() ? "" : " (" + note + ")");
            case CANNOT_VERIFY -> file + ": cannot verify: " + note;
        };
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids);
    }

    /**
     * Returns {@link #line()}.
     *
     * @return {@link #line()}
     */
    @Override
    public String toString() {
        return line();
    }
}
