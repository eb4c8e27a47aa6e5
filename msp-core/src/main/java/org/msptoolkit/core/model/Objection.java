package org.msptoolkit.core.model;

import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * An objection a stakeholder recorded against a decision. In the ISO sense of consensus, a decision
 * is consensual when there is no <em>sustained</em> opposition by an important part of the concerned
 * interests; an objection that was withdrawn or overcome is not sustained.
 *
 * @param by the objecting stakeholder
 * @param reason the reason given, if recorded
 * @param sustained whether the objection was maintained to the end
 */
public record Objection(StakeholderId by, Optional<String> reason, boolean sustained) {
    /** Checks that no component is {@code null}. */
    public Objection {
        Checks.notNull(by, "objection by");
        Checks.optional(reason, "objection reason");
    }

    /**
     * Returns the objection.
     *
     * @param by stakeholder id
     * @param reason why
     * @param sustained maintained to the end
     * @return the objection
     */
    public static Objection of(String by, String reason, boolean sustained) {
        return new Objection(StakeholderId.of(by), Optional.of(reason), sustained);
    }
}
