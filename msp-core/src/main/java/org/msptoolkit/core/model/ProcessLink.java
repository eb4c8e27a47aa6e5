package org.msptoolkit.core.model;

import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;

/**
 * A link from this process to another one, possibly at another level: a local Agenda 21 process
 * feeding a national council, a CSD dialogue informing an intergovernmental negotiation. Such links
 * are the "missing links between levels" that Hemmati et al. (2002) deplore. The target need not be
 * in the same file.
 *
 * @param target the other process
 * @param kind how the two relate
 * @param level the other process's level, if known
 * @param note a short description, if any
 */
public record ProcessLink(ProcessId target, LinkKind kind, Optional<Level> level, Optional<String> note) {
    /** Checks that no component is {@code null}. */
    public ProcessLink {
        Checks.notNull(target, "link target");
        Checks.notNull(kind, "link kind");
        Checks.optional(level, "link level");
        Checks.optional(note, "link note");
    }

    /**
     * Returns the link.
     *
     * @param target process id
     * @param kind relation
     * @param level the other process's level
     * @return the link
     */
    public static ProcessLink of(String target, LinkKind kind, Level level) {
        return new ProcessLink(
                ProcessId.of(target), kind, Optional.of(Checks.notNull(level, "link level")), Optional.empty());
    }

    @Override
    public String toString() {
        return kind.code() + " " + target
                + level.map(l -> " (" + l.code() + ")").orElse("");
    }
}
