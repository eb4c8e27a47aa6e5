package org.msptoolkit.governance.decision;

import org.msptoolkit.core.internal.Checks;

/**
 * One voter's position, and the interest (stakeholder group, chamber) the voter belongs to where the
 * procedure needs it (ISO consensus looks at opposition per interest).
 *
 * @param voter who, e.g. a participant or member id
 * @param interest the voter's interest or group; empty string if not relevant
 * @param position for, against or abstain
 */
public record Ballot(String voter, String interest, Position position) {
    /** Checks the components. */
    public Ballot {
        Checks.notBlank(voter, "voter");
        Checks.notNull(interest, "interest");
        Checks.notNull(position, "position");
    }

    /**
     * Returns a ballot with no interest.
     *
     * @param voter who
     * @param position the position
     * @return a ballot with no interest
     */
    public static Ballot of(String voter, Position position) {
        return new Ballot(voter, "", position);
    }

    /**
     * Returns the ballot.
     *
     * @param voter who
     * @param interest the voter's group
     * @param position the position
     * @return the ballot
     */
    public static Ballot of(String voter, String interest, Position position) {
        return new Ballot(voter, interest, position);
    }

    @Override
    public String toString() {
        return voter + (interest.isEmpty() ? "" : " (" + interest + ")") + ": " + position;
    }
}
