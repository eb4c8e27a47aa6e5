package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.msptoolkit.composite.internal.Stats;

/**
 * The outcome of an uncertainty analysis: the index scores and ranks of every unit in every
 * replication, the sampled choices, and per-unit rank statistics (median rank, 5–95 % interval).
 *
 * @since 0.1.0
 */
public final class UncertaintyResult {
    private final List<String> units;
    private final double[] nominalRanks;
    private final double[][] ranks;
    private final double[][] scores;
    private final List<List<String>> choices;

    UncertaintyResult(
            List<String> units,
            double[] nominalRanks,
            double[][] ranks,
            double[][] scores,
            List<List<String>> choices) {
        this.units = List.copyOf(units);
        this.nominalRanks = nominalRanks;
        this.ranks = ranks;
        this.scores = scores;
        this.choices = List.copyOf(choices);
    }

    /**
     * Returns the units, in data order.
     *
     * @return the units, in data order
     */
    public List<String> units() {
        return units;
    }

    /**
     * Returns the number of replications.
     *
     * @return the number of replications
     */
    public int replications() {
        return ranks.length;
    }

    /**
     * Returns the index score of every unit in that replication, in unit order.
     *
     * @param replication 0 … N − 1
     * @return the index score of every unit in that replication, in unit order
     */
    public double[] scores(int replication) {
        return scores[replication].clone();
    }

    /**
     * Returns the rank of every unit in that replication (1 = best; NaN for a missing score).
     *
     * @param replication 0 … N − 1
     * @return the rank of every unit in that replication (1 = best; NaN for a missing score)
     */
    public double[] ranks(int replication) {
        return ranks[replication].clone();
    }

    /**
     * Returns the alternative chosen for each input in that replication, readable (COINr's {@code $Para}).
     *
     * @param replication 0 … N − 1
     * @return the alternative chosen for each input in that replication, readable (COINr's {@code $Para})
     */
    public List<String> choices(int replication) {
        return choices.get(replication);
    }

    /**
     * Returns per-unit rank statistics, sorted by nominal rank.
     *
     * @return per-unit rank statistics, sorted by nominal rank
     */
    public List<RankStatistics> rankStatistics() {
        List<RankStatistics> out = new ArrayList<>();
        int n = ranks.length;
        for (int j = 0; j < units.size(); j++) {
            double[] r = new double[n];
            for (int k = 0; k < n; k++) {
                r[k] = ranks[k][j];
            }
            double[] s = Stats.nonMissingSorted(r);
            out.add(new RankStatistics(
                    units.get(j),
                    Double.isNaN(nominalRanks[j]) ? 0 : (int) nominalRanks[j],
                    Stats.mean(s),
                    Stats.quantileSorted(s, 0.5),
                    Stats.quantileSorted(s, 0.05),
                    Stats.quantileSorted(s, 0.95)));
        }
        out.sort(Comparator.comparingInt((RankStatistics s) -> s.nominal() == 0 ? Integer.MAX_VALUE : s.nominal())
                .thenComparing(RankStatistics::unit));
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("UncertaintyResult[" + ranks.length + " replications, " + units.size() + " units]\n");
        List<RankStatistics> st = rankStatistics();
        for (int i = 0; i < Math.min(10, st.size()); i++) {
            sb.append(st.get(i)).append('\n');
        }
        return sb.toString();
    }
}
