package org.msptoolkit.governance.decision;

import org.msptoolkit.core.internal.Checks;

/**
 * A member entitled to vote in a chamber system: their chamber, sub-chamber and member class, e.g. an
 * organisational member of the FSC's environmental chamber, South sub-chamber.
 *
 * @param id unique member id
 * @param chamber the chamber, e.g. {@code environmental}
 * @param subChamber the sub-chamber, e.g. {@code south}; empty string when the system has none
 * @param memberClass the member class, e.g. {@code organisation} or {@code individual}; empty string when the system has none
 */
public record Member(String id, String chamber, String subChamber, String memberClass) {
    /** Checks the components. */
    public Member {
        Checks.notBlank(id, "member id");
        Checks.notBlank(chamber, "member chamber");
        Checks.notNull(subChamber, "member sub-chamber");
        Checks.notNull(memberClass, "member class");
    }

    /**
     * Returns the member.
     *
     * @param id member id
     * @param chamber chamber
     * @param subChamber sub-chamber
     * @param memberClass member class
     * @return the member
     */
    public static Member of(String id, String chamber, String subChamber, String memberClass) {
        return new Member(id, chamber, subChamber, memberClass);
    }

    /**
     * Returns a member of a system without sub-chambers or classes.
     *
     * @param id member id
     * @param chamber chamber
     * @return a member of a system without sub-chambers or classes
     */
    public static Member of(String id, String chamber) {
        return new Member(id, chamber, "", "");
    }
}
