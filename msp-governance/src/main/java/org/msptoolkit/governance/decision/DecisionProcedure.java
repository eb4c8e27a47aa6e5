package org.msptoolkit.governance.decision;

/**
 * A rule that turns the ballots of a vote into an outcome, and explains it.
 *
 * <pre>{@code
 * Majority.qualified(2, 3).withQuorum(Threshold.moreThan(1, 2)).decide(Vote.counted(30, 14, 6, 4));
 * }</pre>
 */
public interface DecisionProcedure {
    /**
     * Returns what the procedure requires, e.g. "simple majority (more than 1/2 of votes cast)".
     *
     * @return what the procedure requires, e.g. "simple majority (more than 1/2 of votes cast)"
     */
    String describe();

    /**
     * Returns the outcome with its explanation.
     *
     * @param vote the ballots and the number of members
     * @return the outcome with its explanation
     * @throws IllegalArgumentException if the procedure needs the number of members and the vote lacks it
     */
    Outcome decide(Vote vote);
}
