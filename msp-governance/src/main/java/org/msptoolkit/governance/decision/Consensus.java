package org.msptoolkit.governance.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * Consensus in the sense of ISO/IEC Guide 2:2004, 1.7: general agreement, with no sustained opposition to
 * substantial issues by any important part of the concerned interests; it need not be unanimous.
 *
 * <p>Ballots carry the voter's interest (stakeholder group); {@link Position#AGAINST} is a sustained
 * objection and {@link Position#ABSTAIN} standing aside. What counts as "an important part" is
 * configurable: an interest opposes when the sustained objections among its present members reach
 * {@code shareOfInterest}; consensus fails when at least {@code interests} interests oppose. The default,
 * {@link #iso()}, is "half or more of any one interest". Ballots without an interest count as one interest
 * each. Consensus also needs at least one voter in favour.
 */
public final class Consensus implements DecisionProcedure {
    private final Threshold shareOfInterest;
    private final int interests;
    private final Optional<Threshold> quorum;

    private Consensus(Threshold shareOfInterest, int interests, Optional<Threshold> quorum) {
        this.shareOfInterest = Checks.notNull(shareOfInterest, "shareOfInterest");
        Checks.check(
                interests >= 1,
                "the number of opposing interests that blocks consensus must be at least 1, got " + interests);
        this.interests = interests;
        this.quorum = quorum;
    }

    /**
     * Returns ISO consensus where sustained opposition by half or more of any one interest blocks.
     *
     * @return ISO consensus where sustained opposition by half or more of any one interest blocks
     */
    public static Consensus iso() {
        return new Consensus(Threshold.atLeast(1, 2), 1, Optional.empty());
    }

    /**
     * Returns the procedure.
     *
     * @param shareOfInterest share of an interest's present members whose sustained objection makes
     *        the interest oppose, e.g. {@code Threshold.moreThan(0, 1)} for "any member"
     * @param interests how many opposing interests block consensus, at least 1
     * @return the procedure
     */
    public static Consensus iso(Threshold shareOfInterest, int interests) {
        return new Consensus(shareOfInterest, interests, Optional.empty());
    }

    /**
     * Returns a copy with that quorum.
     *
     * @param value share of members that must be present
     * @return a copy with that quorum
     */
    public Consensus withQuorum(Threshold value) {
        return new Consensus(shareOfInterest, interests, Optional.of(Checks.notNull(value, "quorum")));
    }

    @Override
    public String describe() {
        return "ISO consensus (no sustained opposition by "
                + (interests == 1 ? "any interest" : interests + " or more interests") + "; an interest opposes when "
                + shareOfInterest
                + " of its members sustain an objection)"
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
        Map<String, long[]> byInterest = new LinkedHashMap<>();
        for (Ballot b : vote.ballots()) {
            String key = b.interest().isEmpty() ? "(" + b.voter() + ")" : b.interest();
            long[] c = byInterest.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            if (b.position() == Position.AGAINST) {
                c[1]++;
            }
        }
        List<String> opposing = new ArrayList<>();
        byInterest.forEach((interest, c) -> {
            if (c[1] > 0) {
                boolean opposes = shareOfInterest.isMetBy(c[1], c[0]);
                lines.add(interest + ": " + c[1] + " of " + c[0] + " sustain an objection — "
                        + (opposes ? "the interest opposes" : "not an important part"));
                if (opposes) {
                    opposing.add(interest);
                }
            }
        });
        long inFavour = vote.count(Position.FOR);
        figures.put("opposingInterests", (double) opposing.size());
        boolean ok = inFavour > 0 && opposing.size() < interests;
        if (inFavour == 0) {
            lines.add("no one is in favour: no general agreement");
        } else {
            lines.add(
                    opposing.isEmpty()
                            ? "no sustained opposition by an important part of the concerned interests"
                            : opposing.size() + " interest(s) " + opposing + " in sustained opposition; " + interests
                                    + " block consensus — " + (ok ? "consensus reached" : "no consensus"));
        }
        return new Outcome(ok ? Result.ADOPTED : Result.REJECTED, describe(), lines, figures);
    }

    @Override
    public String toString() {
        return describe();
    }
}
