package org.msptoolkit.core.model;

import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.LinkageKind;

/**
 * How a process is linked to official decision-making (a design element of Hemmati's Context phase):
 * whether it merely informs, advises, shares decisions with, or itself takes decisions, and which
 * official body it relates to.
 *
 * @param kind the strength of the link
 * @param body the official body, e.g. "UN Commission on Sustainable Development", if any
 * @param description how the link works, if described
 */
public record OfficialLinkage(LinkageKind kind, Optional<String> body, Optional<String> description) {
    /** Checks that no component is {@code null}. */
    public OfficialLinkage {
        Checks.notNull(kind, "linkage kind");
        Checks.optional(body, "linkage body");
        Checks.optional(description, "linkage description");
    }

    /**
     * Returns a linkage of kind {@code NONE}.
     *
     * @return a linkage of kind {@code NONE}
     */
    public static OfficialLinkage none() {
        return new OfficialLinkage(LinkageKind.NONE, Optional.empty(), Optional.empty());
    }

    /**
     * Returns the linkage.
     *
     * @param kind strength
     * @param body official body
     * @return the linkage
     */
    public static OfficialLinkage of(LinkageKind kind, String body) {
        return new OfficialLinkage(kind, Optional.of(body), Optional.empty());
    }

    @Override
    public String toString() {
        return kind.code() + body.map(b -> " " + b).orElse("");
    }
}
