package org.msptoolkit.composite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.composite.internal.Engine;
import org.msptoolkit.composite.internal.Frame;
import org.msptoolkit.composite.internal.Model;

/**
 * A composite index under construction: unit data, the index structure and the pipeline of steps
 * applied so far. Immutable; every step returns a new index, so variants are cheap to try:
 *
 * <pre>{@code
 * CompositeIndex idx = CompositeIndex.fromCsv(Path.of("iData.csv"), Path.of("iMeta.csv"))
 *     .normalise(Normalisation.minMax(0, 100))
 *     .aggregate(Aggregation.arithmetic());
 * idx.results().table();                       // scores and ranks
 * idx.aggregate(Aggregation.geometric());      // the same with geometric means
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CompositeIndex {
    private final UnitTable data;
    private final IndexStructure structure;
    private final Analysis analysis;
    private final Model model;
    private volatile @Nullable Results results;

    private CompositeIndex(UnitTable data, IndexStructure structure, Analysis analysis, Model model) {
        this.data = data;
        this.structure = structure;
        this.analysis = analysis;
        this.model = model;
    }

    /**
     * Starts an index from unit data and structure (no steps yet).
     *
     * @param data units × indicators (COINr's {@code iData})
     * @param structure the hierarchy (COINr's {@code iMeta})
     * @return the index
     * @throws CompositeDataException if an indicator or denominator has no column in the data
     */
    public static CompositeIndex from(UnitTable data, IndexStructure structure) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(structure, "structure");
        return new CompositeIndex(data, structure, Analysis.empty(), new Model(data, structure));
    }

    /**
     * Starts an index from COINr-style CSV files.
     *
     * @param iData the unit data file
     * @param iMeta the metadata file
     * @return the index
     * @throws CompositeDataException listing every problem in either file
     */
    public static CompositeIndex fromCsv(Path iData, Path iMeta) {
        IndexStructure s = CompositeCsv.readMeta(iMeta);
        return from(CompositeCsv.readData(iData, s), s);
    }

    /**
     * Re-runs the same data with another pipeline.
     *
     * @param newAnalysis the steps
     * @return the index with those steps
     */
    public CompositeIndex rerun(Analysis newAnalysis) {
        return new CompositeIndex(data, structure, Objects.requireNonNull(newAnalysis, "newAnalysis"), model);
    }

    /**
     * Adds or replaces a step (see {@link Analysis#with(Step)}).
     *
     * @param step the step
     * @return the changed index
     */
    public CompositeIndex with(Step step) {
        return rerun(analysis.with(step));
    }

    /**
     * Returns divides indicators by the denominators named in the metadata.
     *
     * @return divides indicators by the denominators named in the metadata
     */
    public CompositeIndex denominate() {
        return with(new Step.Denominate(Map.of()));
    }

    /**
     * Returns fills missing values with the indicator's mean or median.
     *
     * @param method mean or median
     * @return fills missing values with the indicator's mean or median
     */
    public CompositeIndex impute(Imputation method) {
        return with(new Step.Impute(method, Optional.empty()));
    }

    /**
     * Returns fills missing values with the mean or median of the unit's group.
     *
     * @param method mean or median
     * @param group a group column of the unit data, e.g. a region
     * @return fills missing values with the mean or median of the unit's group
     */
    public CompositeIndex imputeByGroup(Imputation method, String group) {
        return with(new Step.Impute(method, Optional.of(group)));
    }

    /**
     * Returns removes units with too little data.
     *
     * @param minDataShare share of non-missing indicators a unit needs to be kept, e.g. 2/3
     * @return removes units with too little data
     */
    public CompositeIndex screen(double minDataShare) {
        return with(new Step.Screen(minDataShare, 0));
    }

    /**
     * Returns treats outliers with COINr's defaults (winsorise up to 5 points, |skew| ≥ 2, kurtosis ≥ 3.5).
     *
     * @return treats outliers with COINr's defaults (winsorise up to 5 points, |skew| ≥ 2, kurtosis ≥ 3.5)
     */
    public CompositeIndex treat() {
        return with(new Step.Treat(5, 2, 3.5, Set.of()));
    }

    /**
     * Returns normalises (direction applied first).
     *
     * @param method the normalisation for every indicator
     * @return normalises (direction applied first)
     */
    public CompositeIndex normalise(Normalisation method) {
        return with(new Step.Normalise(method, Map.of()));
    }

    /**
     * Returns normalises (direction applied first).
     *
     * @param method the normalisation for most indicators
     * @param perIndicator exceptions: indicator → method
     * @return normalises (direction applied first)
     */
    public CompositeIndex normalise(Normalisation method, Map<String, Normalisation> perIndicator) {
        return with(new Step.Normalise(method, perIndicator));
    }

    /**
     * Returns aggregates with the current weights (metadata weights unless set by {@link #weights}).
     *
     * @param methods one method for every level, or one per aggregation level (2 … top)
     * @return aggregates with the current weights (metadata weights unless set by {@link #weights})
     */
    public CompositeIndex aggregate(Aggregation... methods) {
        Optional<WeightSet> w = analysis.step(Step.Aggregate.class).flatMap(Step.Aggregate::weights);
        double thr = analysis.step(Step.Aggregate.class)
                .map(Step.Aggregate::minDataShare)
                .orElse(0.0);
        List<Aggregation> list = Arrays.asList(methods);
        if (list.size() != 1 && list.size() != structure.levels() - 1) {
            throw new IllegalArgumentException("give one aggregation method, or one per aggregation level ("
                    + (structure.levels() - 1) + "), not " + list.size());
        }
        return with(new Step.Aggregate(list, w, thr));
    }

    /**
     * Returns the index aggregating with these weights (arithmetic mean if no aggregation was set).
     *
     * @param weights the weights for aggregation
     * @return the index aggregating with these weights (arithmetic mean if no aggregation was set)
     */
    public CompositeIndex weights(WeightSet weights) {
        Step.Aggregate a = analysis.step(Step.Aggregate.class)
                .orElse(new Step.Aggregate(List.of(Aggregation.arithmetic()), Optional.empty(), 0));
        return with(new Step.Aggregate(a.methods(), Optional.of(weights), a.minDataShare()));
    }

    /**
     * Returns the unit data.
     *
     * @return the unit data
     */
    public UnitTable data() {
        return data;
    }

    /**
     * Returns the index structure.
     *
     * @return the index structure
     */
    public IndexStructure structure() {
        return structure;
    }

    /**
     * Returns the recorded pipeline.
     *
     * @return the recorded pipeline
     */
    public Analysis analysis() {
        return analysis;
    }

    /** Engine view of the data, for analyses in this module. */
    Model model() {
        return model;
    }

    /**
     * Runs the pipeline (once; the results are kept).
     *
     * @return every data set, the results table and ranks
     */
    public Results results() {
        Results r = results;
        if (r == null) {
            Engine.Run run = Engine.run(model, analysis);
            Map<String, DataSet> sets = new LinkedHashMap<>();
            String[] nodes = model.nodes();
            for (Map.Entry<String, Frame> e : run.sets().entrySet()) {
                Frame f = e.getValue();
                List<String> codes = new ArrayList<>();
                Map<String, double[]> cols = new LinkedHashMap<>();
                for (int i = 0; i < f.cols().length; i++) {
                    codes.add(nodes[i]);
                    cols.put(nodes[i], f.cols()[i]);
                }
                sets.put(e.getKey(), new DataSet(e.getKey(), f.unitCodes(), codes, cols));
            }
            r = new Results(analysis, structure, data, sets, run.screenedOut(), run.treatments());
            results = r;
        }
        return r;
    }

    @Override
    public String toString() {
        return "CompositeIndex[" + data.size() + " units, "
                + structure.indicators().size() + " indicators, " + structure.levels() + " levels, " + analysis + "]";
    }
}
