package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of running an {@link Analysis}: every intermediate data set, the units removed by
 * screening, what outlier treatment did, and the results table with ranks (1 = best, ties "min").
 *
 * @since 0.1.0
 */
public final class Results {
    private final Analysis analysis;
    private final IndexStructure structure;
    private final UnitTable data;
    private final Map<String, DataSet> sets;
    private final List<String> screenedOut;
    private final List<TreatmentRecord> treatments;

    Results(
            Analysis analysis,
            IndexStructure structure,
            UnitTable data,
            Map<String, DataSet> sets,
            List<String> screenedOut,
            List<TreatmentRecord> treatments) {
        this.analysis = analysis;
        this.structure = structure;
        this.data = data;
        this.sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        this.screenedOut = List.copyOf(screenedOut);
        this.treatments = List.copyOf(treatments);
    }

    /**
     * Returns the analysis that produced these results.
     *
     * @return the analysis that produced these results
     */
    public Analysis analysis() {
        return analysis;
    }

    /**
     * Returns data sets by name in pipeline order, starting with {@code "Raw"}.
     *
     * @return data sets by name in pipeline order, starting with {@code "Raw"}
     */
    public Map<String, DataSet> dataSets() {
        return sets;
    }

    /**
     * Returns that data set, if the pipeline produced it.
     *
     * @param name e.g. {@code "Normalised"}
     * @return that data set, if the pipeline produced it
     */
    public Optional<DataSet> dataSet(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    /**
     * Returns the last data set produced (the aggregated one when the pipeline aggregates).
     *
     * @return the last data set produced (the aggregated one when the pipeline aggregates)
     */
    public DataSet last() {
        DataSet d = null;
        for (DataSet s : sets.values()) {
            d = s;
        }
        return Objects.requireNonNull(d, "the pipeline always keeps the Raw data set");
    }

    /**
     * Returns units removed by screening.
     *
     * @return units removed by screening
     */
    public List<String> screenedOut() {
        return screenedOut;
    }

    /**
     * Returns what outlier treatment did, one record per treated indicator.
     *
     * @return what outlier treatment did, one record per treated indicator
     */
    public List<TreatmentRecord> treatments() {
        return treatments;
    }

    /**
     * Returns its value in the last data set.
     *
     * @param unit a unit code
     * @param code an indicator or aggregate code
     * @return its value in the last data set
     */
    public double score(String unit, String code) {
        return last().value(unit, code);
    }

    /**
     * Ranks of every unit on an aggregate or indicator of the last data set (1 = best, ties "min").
     *
     * @param code e.g. the index code
     * @return unit → rank; units with a missing score are left out
     */
    public Map<String, Integer> ranks(String code) {
        DataSet d = last();
        double[] x =
                d.column(code).orElseThrow(() -> new NoSuchElementException("no column '" + code + "' in " + d.name()));
        double[] r = org.msptoolkit.composite.internal.Stats.rankDescending(x);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < r.length; i++) {
            if (!Double.isNaN(r[i])) {
                out.put(d.units().get(i), (int) r[i]);
            }
        }
        return out;
    }

    /**
     * The results table: one row per unit, sorted by rank on the index (COINr's {@code get_results}).
     * Units with a missing index score come last with rank 0.
     *
     * @return the rows
     * @throws NoSuchElementException if the pipeline did not aggregate
     */
    public List<UnitScore> table() {
        DataSet d = sets.get("Aggregated");
        if (d == null) {
            throw new NoSuchElementException("the analysis has no aggregation step: " + analysis);
        }
        String top = structure.index();
        Map<String, Integer> ranks = ranks(top);
        List<String> aggs = new ArrayList<>();
        for (int l = structure.levels(); l >= 2; l--) {
            aggs.addAll(structure.codesAtLevel(l));
        }
        List<UnitScore> rows = new ArrayList<>();
        for (String u : d.units()) {
            Map<String, Double> a = new LinkedHashMap<>();
            for (String c : aggs) {
                a.put(c, d.value(u, c));
            }
            rows.add(new UnitScore(u, data.name(u), d.value(u, top), ranks.getOrDefault(u, 0), a));
        }
        rows.sort(Comparator.comparingInt((UnitScore s) -> s.rank() == 0 ? Integer.MAX_VALUE : s.rank())
                .thenComparing(UnitScore::unit));
        return rows;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Results of ").append(analysis).append('\n');
        if (sets.containsKey("Aggregated")) {
            sb.append("rank  unit        ").append(structure.index()).append('\n');
            List<UnitScore> t = table();
            for (int i = 0; i < Math.min(10, t.size()); i++) {
                sb.append(t.get(i)).append('\n');
            }
            if (t.size() > 10) {
                sb.append("… ").append(t.size() - 10).append(" more units\n");
            }
        } else {
            sb.append(last());
        }
        return sb.toString();
    }
}
