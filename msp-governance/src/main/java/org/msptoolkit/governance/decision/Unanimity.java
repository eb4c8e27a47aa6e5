package org.msptoolkit.governance.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * Unanimity of those present: no one votes against and at least one votes for. By default abstentions
 * do not break unanimity; {@link #strict()} requires every present voter to be in favour.
 */
public final class Unanimity implements DecisionProcedure {
    private final boolean abstentionsBlock;
    private final Optional<Threshold> quorum;

    private Unanimity(boolean abstentionsBlock, Optional<Threshold> quorum) {
        this.abstentionsBlock = abstentionsBlock;
        this.quorum = quorum;
    }

    /**
     * Returns unanimity where abstentions do not block.
     *
     * @return unanimity where abstentions do not block
     */
    public static Unanimity of() {
        return new Unanimity(false, Optional.empty());
    }

    /**
     * Returns unanimity where every present voter must be in favour.
     *
     * @return unanimity where every present voter must be in favour
     */
    public static Unanimity strict() {
        return new Unanimity(true, Optional.empty());
    }

    /**
     * Returns a copy with that quorum.
     *
     * @param value share of members that must be present
     * @return a copy with that quorum
     */
    public Unanimity withQuorum(Threshold value) {
        return new Unanimity(abstentionsBlock, Optional.of(Checks.notNull(value, "quorum")));
    }

    @Override
    public String describe() {
        return "unanimity"
                + (abstentionsBlock ? " (every present voter in favour)" : " (no vote against; abstentions allowed)")
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
        long f = vote.count(Position.FOR);
        long a = vote.count(Position.AGAINST);
        long x = vote.count(Position.ABSTAIN);
        lines.add(f + " for, " + a + " against, " + x + " abstaining");
        boolean ok = f > 0 && a == 0 && (!abstentionsBlock || x == 0);
        if (!ok) {
            lines.add(
                    f == 0
                            ? "no one is in favour"
                            : a > 0 ? a + " against break unanimity" : x + " abstentions break strict unanimity");
        }
        return new Outcome(ok ? Result.ADOPTED : Result.REJECTED, describe(), lines, figures);
    }

    @Override
    public String toString() {
        return describe();
    }
}
