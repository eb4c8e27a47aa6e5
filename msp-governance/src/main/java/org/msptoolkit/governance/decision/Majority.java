package org.msptoolkit.governance.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * Majority voting: the votes for must reach a threshold of a base — the votes cast (for + against,
 * abstentions excluded), those present (abstentions count as not in favour), or all members entitled
 * to vote. An optional quorum is tested first.
 *
 * <p>Ties: with "more than 1/2" a tie fails. When the base is zero (e.g. everyone abstains) the motion fails.
 */
public final class Majority implements DecisionProcedure {
    /** What the votes for are compared with. */
    public enum Base {
        /** Votes for and against; abstentions excluded. */
        VOTES_CAST,
        /** Everyone present, abstentions included (they count as not in favour). */
        PRESENT,
        /** All members entitled to vote, present or not. */
        MEMBERS
    }

    private final String name;
    private final Threshold threshold;
    private final Base base;
    private final Optional<Threshold> quorum;

    private Majority(String name, Threshold threshold, Base base, Optional<Threshold> quorum) {
        this.name = name;
        this.threshold = Checks.notNull(threshold, "threshold");
        this.base = Checks.notNull(base, "base");
        this.quorum = quorum;
    }

    /**
     * Returns more votes for than against (more than 1/2 of votes cast; abstentions excluded).
     *
     * @return more votes for than against (more than 1/2 of votes cast; abstentions excluded)
     */
    public static Majority simple() {
        return new Majority("simple majority", Threshold.moreThan(1, 2), Base.VOTES_CAST, Optional.empty());
    }

    /**
     * Returns more than half of all members entitled to vote.
     *
     * @return more than half of all members entitled to vote
     */
    public static Majority absolute() {
        return new Majority("absolute majority", Threshold.moreThan(1, 2), Base.MEMBERS, Optional.empty());
    }

    /**
     * Returns at least num/den of the votes cast (abstentions excluded).
     *
     * @param num numerator, e.g. 2
     * @param den denominator, e.g. 3
     * @return at least num/den of the votes cast (abstentions excluded)
     */
    public static Majority qualified(int num, int den) {
        return new Majority("qualified majority", Threshold.atLeast(num, den), Base.VOTES_CAST, Optional.empty());
    }

    /**
     * Returns the majority rule.
     *
     * @param threshold the share to reach
     * @param base what the votes for are compared with
     * @return the majority rule
     */
    public static Majority of(Threshold threshold, Base base) {
        return new Majority("majority", threshold, base, Optional.empty());
    }

    /**
     * Returns a copy.
     *
     * @param value the base to use instead
     * @return a copy
     */
    public Majority withBase(Base value) {
        return new Majority(name, threshold, value, quorum);
    }

    /**
     * Returns a copy with that quorum.
     *
     * @param value share of members that must be present
     * @return a copy with that quorum
     */
    public Majority withQuorum(Threshold value) {
        return new Majority(name, threshold, base, Optional.of(Checks.notNull(value, "quorum")));
    }

    @Override
    public String describe() {
        String of = switch (base) {
            case VOTES_CAST -> "votes cast, abstentions excluded";
            case PRESENT -> "those present, abstentions included";
            case MEMBERS -> "all members";
        };
        return name + " (" + threshold + " of " + of + ")"
                + quorum.map(q -> ", quorum " + q).orElse("");
    }

    @Override
    public Outcome decide(Vote vote) {
        Checks.notNull(vote, "vote");
        List<String> lines = new ArrayList<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        Optional<Outcome> noQuorum = Quorums.check(quorum, vote, describe(), lines, figures);
        if (noQuorum.isPresent()) {
            return noQuorum.get();
        }
        long inFavour = vote.count(Position.FOR);
        long against = vote.count(Position.AGAINST);
        long abstain = vote.count(Position.ABSTAIN);
        long whole = switch (base) {
            case VOTES_CAST -> inFavour + against;
            case PRESENT -> inFavour + against + abstain;
            case MEMBERS ->
                vote.members()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "a majority of members needs the number of members; use Vote.of(members, ballots)"));
        };
        boolean met = threshold.isMetBy(inFavour, whole);
        figures.put("for", whole == 0 ? 0 : (double) inFavour / whole);
        lines.add(inFavour + " for, " + against + " against, " + abstain + " abstaining");
        lines.add(
                whole == 0
                        ? "nothing to count: the base ("
                                + base.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                + ") is zero, so the motion fails"
                        : inFavour + " of " + whole + " ("
                                + String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * inFavour / whole)
                                + ") in favour; " + threshold + " required — "
                                + (met ? "reached" : "not reached"));
        return new Outcome(met ? Result.ADOPTED : Result.REJECTED, describe(), lines, figures);
    }

    @Override
    public String toString() {
        return describe();
    }
}
