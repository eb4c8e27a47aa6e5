package org.msptoolkit.governance.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared quorum test. Package-private. */
final class Quorums {
    private Quorums() {}

    /**
     * Returns a NO_QUORUM outcome if the quorum is not met, with the explanation line added otherwise.
     *
     * @return a NO_QUORUM outcome if the quorum is not met, with the explanation line added otherwise
     */
    static Optional<Outcome> check(
            Optional<Threshold> quorum, Vote vote, String procedure, List<String> lines, Map<String, Double> figures) {
        if (quorum.isEmpty()) {
            return Optional.empty();
        }
        int members = vote.members()
                .orElseThrow(() -> new IllegalArgumentException(
                        "a quorum needs the number of members entitled to vote; use Vote.of(members, ballots)"));
        int present = vote.ballots().size();
        boolean met = quorum.get().isMetBy(present, members);
        figures.put("present", members == 0 ? 0 : (double) present / members);
        lines.add("quorum " + quorum.get() + " of " + members + " members: " + present + " present — "
                + (met ? "met" : "not met"));
        return met ? Optional.empty() : Optional.of(new Outcome(Result.NO_QUORUM, procedure, lines, figures));
    }
}
