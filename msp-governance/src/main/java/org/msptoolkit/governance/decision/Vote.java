package org.msptoolkit.governance.decision;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import org.msptoolkit.core.internal.Checks;

/**
 * The ballots of those present on one motion and, where known, how many members are entitled to vote
 * (needed for quorums and absolute majorities).
 *
 * @param ballots one ballot per present voter
 * @param members members entitled to vote, present or not; empty if unknown
 */
public record Vote(List<Ballot> ballots, OptionalInt members) {
    /** Checks that voters are unique and that there are not more ballots than members. */
    public Vote {
        ballots = Checks.list(ballots, "ballots");
        Checks.notNull(members, "members");
        var seen = new HashSet<String>();
        for (Ballot b : ballots) {
            Checks.check(seen.add(b.voter()), "voter " + b.voter() + " has more than one ballot");
        }
        if (members.isPresent()) {
            Checks.check(
                    members.getAsInt() >= ballots.size(),
                    "there are " + ballots.size() + " ballots but only " + members.getAsInt()
                            + " members entitled to vote");
        }
    }

    /**
     * Returns a vote with an unknown number of members.
     *
     * @param ballots the ballots
     * @return a vote with an unknown number of members
     */
    public static Vote of(List<Ballot> ballots) {
        return new Vote(ballots, OptionalInt.empty());
    }

    /**
     * Returns the vote.
     *
     * @param members members entitled to vote
     * @param ballots the ballots of those present
     * @return the vote
     */
    public static Vote of(int members, List<Ballot> ballots) {
        return new Vote(ballots, OptionalInt.of(members));
    }

    /**
     * Anonymous ballots from counts, e.g. {@code Vote.counted(30, 14, 6, 4)}.
     *
     * @param members members entitled to vote
     * @param inFavour votes for
     * @param against votes against
     * @param abstain abstentions
     * @return the vote
     */
    public static Vote counted(int members, int inFavour, int against, int abstain) {
        var list = new java.util.ArrayList<Ballot>();
        for (int i = 0; i < inFavour; i++) {
            list.add(Ballot.of("for-" + i, Position.FOR));
        }
        for (int i = 0; i < against; i++) {
            list.add(Ballot.of("against-" + i, Position.AGAINST));
        }
        for (int i = 0; i < abstain; i++) {
            list.add(Ballot.of("abstain-" + i, Position.ABSTAIN));
        }
        return of(members, list);
    }

    /**
     * Anonymous ballots from a tally recorded in a process, with options {@code for}, {@code against}
     * and {@code abstain} (chambers are ignored: use {@link ChamberVoting} with a member roll for those).
     *
     * @param members members entitled to vote
     * @param tally the recorded tally
     * @return the vote
     * @throws IllegalArgumentException naming any other option, or a count too large for a ballot list
     */
    public static Vote fromTally(int members, org.msptoolkit.core.model.Tally tally) {
        Checks.notNull(tally, "tally");
        var unknown = tally.options().keySet().stream()
                .filter(o -> !java.util.Set.of("for", "against", "abstain").contains(o))
                .toList();
        Checks.check(
                unknown.isEmpty(), "a tally for a vote has the options for, against and abstain; unknown: " + unknown);
        long f = tally.options().getOrDefault("for", 0L);
        long a = tally.options().getOrDefault("against", 0L);
        long x = tally.options().getOrDefault("abstain", 0L);
        Checks.check(
                f >= 0 && a >= 0 && x >= 0 && f + a + x <= members,
                "the tally counts " + (f + a + x) + " votes (for " + f + ", against " + a + ", abstain " + x
                        + ") but there are " + members + " members");
        return counted(members, (int) f, (int) a, (int) x);
    }

    /**
     * Returns how many ballots take it.
     *
     * @param p a position
     * @return how many ballots take it
     */
    public long count(Position p) {
        return ballots.stream().filter(b -> b.position() == p).count();
    }
}
