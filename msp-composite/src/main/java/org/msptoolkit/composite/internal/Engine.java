package org.msptoolkit.composite.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.composite.Aggregation;
import org.msptoolkit.composite.Analysis;
import org.msptoolkit.composite.Imputation;
import org.msptoolkit.composite.Normalisation;
import org.msptoolkit.composite.NormalisationContext;
import org.msptoolkit.composite.Step;
import org.msptoolkit.composite.TreatmentRecord;
import org.msptoolkit.core.MspException;

/** Runs an {@link Analysis} on a {@link Model}. Stateless; safe to use from many threads. */
public final class Engine {
    private Engine() {}

    /**
     * The output of a full run.
     *
     * @param sets data sets by name, in pipeline order, starting with {@code "Raw"}
     * @param screenedOut units removed by screening
     * @param treatments what outlier treatment did, per treated indicator
     */
    public record Run(Map<String, Frame> sets, List<String> screenedOut, List<TreatmentRecord> treatments) {}

    /**
     * Runs every step.
     *
     * @param model the data
     * @param analysis the steps
     * @return every data set
     */
    public static Run run(Model model, Analysis analysis) {
        Map<String, Frame> sets = new LinkedHashMap<>();
        int[] all = new int[model.units.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        Frame f = Frame.of(model, all, model.raw);
        sets.put("Raw", f);
        List<String> screened = new ArrayList<>();
        List<TreatmentRecord> treatments = new ArrayList<>();
        for (Step s : analysis.steps()) {
            if (s instanceof Step.Denominate d) {
                f = denominate(model, f, d);
            } else if (s instanceof Step.Impute im) {
                f = impute(model, f, im);
            } else if (s instanceof Step.Screen sc) {
                Frame g = screen(model, f, sc);
                List<String> kept = g.unitCodes();
                for (String u : f.unitCodes()) {
                    if (!kept.contains(u)) {
                        screened.add(u);
                    }
                }
                f = g;
            } else if (s instanceof Step.Treat t) {
                f = treat(model, f, t, treatments);
            } else if (s instanceof Step.Normalise n) {
                f = normalise(model, f, n, null);
            } else {
                Step.Aggregate a = (Step.Aggregate) s;
                int aggLevels = model.structure.levels() - 1;
                if (a.methods().size() != 1 && a.methods().size() != aggLevels) {
                    throw new IllegalArgumentException("give one aggregation method, or one per aggregation level ("
                            + aggLevels + "), not " + a.methods().size() + ": " + a.methods());
                }
                double[] w = a.weights().map(model::weightsOf).orElse(model.weights);
                f = aggregate(model, f, a::methodFor, w, a.minDataShare(), null);
            }
            sets.put(s.output(), f);
        }
        return new Run(sets, List.copyOf(screened), List.copyOf(treatments));
    }

    static Frame denominate(Model model, Frame f, Step.Denominate s) {
        double[][] cols = f.cols().clone();
        for (int i = 0; i < model.m; i++) {
            String d = s.denominators().isEmpty()
                    ? model.denominator[i]
                    : s.denominators().get(model.nodes[i]);
            if (d == null) {
                continue;
            }
            double[] den = model.numeric.get(d);
            if (den == null) {
                throw new MspException(
                        "denominator '" + d + "' of '" + model.nodes[i] + "' is not a numeric column of the unit data");
            }
            double[] x = cols[i];
            double[] y = new double[x.length];
            for (int r = 0; r < y.length; r++) {
                y[r] = x[r] / den[f.rows()[r]];
            }
            cols[i] = y;
        }
        return f.withCols(cols);
    }

    static Frame impute(Model model, Frame f, Step.Impute s) {
        double[][] cols = f.cols().clone();
        List<String> groups = null;
        if (s.group().isPresent()) {
            groups = model.text.get(s.group().get());
            if (groups == null) {
                throw new MspException("group column '" + s.group().get() + "' for imputation is not a text column "
                        + "of the unit data");
            }
        }
        for (int i = 0; i < model.m; i++) {
            double[] x = cols[i];
            if (Stats.count(x) == x.length) {
                continue;
            }
            double[] y = x.clone();
            if (groups == null) {
                double v = s.method() == Imputation.MEAN ? Stats.mean(x) : Stats.median(x);
                for (int r = 0; r < y.length; r++) {
                    if (Double.isNaN(y[r])) {
                        y[r] = v;
                    }
                }
            } else {
                Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
                for (int r = 0; r < y.length; r++) {
                    byGroup.computeIfAbsent(groups.get(f.rows()[r]), k -> new ArrayList<>())
                            .add(r);
                }
                for (Map.Entry<String, List<Integer>> e : byGroup.entrySet()) {
                    if (e.getKey().isEmpty()) {
                        continue;
                    }
                    double[] g = new double[e.getValue().size()];
                    for (int j = 0; j < g.length; j++) {
                        g[j] = x[e.getValue().get(j)];
                    }
                    double v = s.method() == Imputation.MEAN ? Stats.mean(g) : Stats.median(g);
                    for (int r : e.getValue()) {
                        if (Double.isNaN(y[r])) {
                            y[r] = v;
                        }
                    }
                }
            }
            cols[i] = y;
        }
        return f.withCols(cols);
    }

    static Frame screen(Model model, Frame f, Step.Screen s) {
        int n = f.size();
        int[] keep = new int[n];
        int k = 0;
        for (int r = 0; r < n; r++) {
            int avail = 0;
            int nonZero = 0;
            for (int i = 0; i < model.m; i++) {
                double v = f.cols()[i][r];
                if (!Double.isNaN(v)) {
                    avail++;
                    if (v != 0) {
                        nonZero++;
                    }
                }
            }
            double share = (double) avail / model.m;
            double nzShare = avail == 0 ? 0 : (double) nonZero / avail;
            if (share >= s.minDataShare() && nzShare >= s.minNonZeroShare()) {
                keep[k++] = r;
            }
        }
        keep = Arrays.copyOf(keep, k);
        double[][] cols = new double[f.cols().length][];
        for (int i = 0; i < cols.length; i++) {
            double[] y = new double[k];
            for (int j = 0; j < k; j++) {
                y[j] = f.cols()[i][keep[j]];
            }
            cols[i] = y;
        }
        int[] rows = new int[k];
        for (int j = 0; j < k; j++) {
            rows[j] = f.rows()[keep[j]];
        }
        return Frame.of(model, rows, cols);
    }

    static Frame treat(Model model, Frame f, Step.Treat s, List<TreatmentRecord> out) {
        double[][] cols = f.cols().clone();
        for (int i = 0; i < model.m; i++) {
            if (s.skip().contains(model.nodes[i])) {
                continue;
            }
            double[] x = cols[i];
            double sk = Stats.skew(x);
            double ku = Stats.kurtosis(x);
            if (Outliers.passes(sk, ku, s.skew(), s.kurtosis())) {
                continue;
            }
            double[] w = x.clone();
            int changed = Outliers.winsorise(w, s.maxWinsorised(), s.skew(), s.kurtosis());
            boolean logged = false;
            if (!Outliers.passes(Stats.skew(w), Stats.kurtosis(w), s.skew(), s.kurtosis())) {
                w = Outliers.logCT(x);
                logged = true;
                changed = 0;
            }
            cols[i] = w;
            out.add(new TreatmentRecord(model.nodes[i], sk, ku, changed, logged, Stats.skew(w), Stats.kurtosis(w)));
        }
        return f.withCols(cols);
    }

    /**
     * Normalises every indicator column.
     *
     * @param model the data
     * @param f indicator data
     * @param s the step
     * @param excluded nodes to leave out (not normalised), or {@code null}
     * @return the normalised frame (aggregate columns, if any, are dropped)
     */
    public static Frame normalise(Model model, Frame f, Step.Normalise s, boolean @Nullable [] excluded) {
        double[][] cols = new double[model.m][];
        for (int i = 0; i < model.m; i++) {
            if (excluded != null && excluded[i]) {
                cols[i] = nanColumn(f.size());
                continue;
            }
            double[] x = f.cols()[i];
            int dir = model.direction[i];
            if (dir != 1) {
                double[] y = new double[x.length];
                for (int r = 0; r < y.length; r++) {
                    y[r] = x[r] * dir;
                }
                x = y;
            }
            Normalisation method = s.perIndicator().getOrDefault(model.nodes[i], s.method());
            double[] y = method.normalise(
                    x,
                    new NormalisationContext(
                            model.nodes[i], dir, model.target[i], f.unitCodes(), model.parameters.get(i)));
            if (y.length != x.length) {
                throw new MspException("normalisation " + method + " returned " + y.length + " values for " + x.length
                        + " units of '" + model.nodes[i] + "'");
            }
            cols[i] = y;
        }
        return f.withCols(cols);
    }

    /** Chooses the aggregation method for an aggregation level. */
    @FunctionalInterface
    public interface MethodByLevel {
        /**
         * Returns the method.
         *
         * @param level 2 … top
         * @return the method
         */
        Aggregation methodFor(int level);
    }

    /**
     * Aggregates level by level.
     *
     * @param model the data
     * @param f indicator columns (at least the first m)
     * @param methods method per level
     * @param w node weights
     * @param minDataShare availability threshold (0 = none)
     * @param excluded nodes left out (indicators dropped), or {@code null}
     * @return a frame with one column per node
     */
    public static Frame aggregate(
            Model model,
            Frame f,
            MethodByLevel methods,
            double[] w,
            double minDataShare,
            boolean @Nullable [] excluded) {
        return aggregate(model, f, methods, w, minDataShare, excluded, null);
    }

    /**
     * Natural logarithms of indicator columns, for fast repeated geometric aggregation; {@code null}
     * for a column with a negative value (the geometric mean is then undefined and computed directly).
     *
     * @param model the data
     * @param f normalised indicator columns
     * @return log columns, {@code logs[indicator][row]}
     */
    public static double[][] logs(Model model, Frame f) {
        double[][] logs = new double[model.m][];
        for (int i = 0; i < model.m; i++) {
            double[] x = f.cols()[i];
            double[] l = new double[x.length];
            boolean ok = true;
            for (int r = 0; r < x.length && ok; r++) {
                ok = !(x[r] < 0);
                l[r] = Math.log(x[r]);
            }
            logs[i] = ok ? l : null;
        }
        return logs;
    }

    /**
     * Aggregates level by level, reusing logarithms for geometric means when given.
     *
     * @param model the data
     * @param f indicator columns (at least the first m)
     * @param methods method per level
     * @param w node weights
     * @param minDataShare availability threshold (0 = none)
     * @param excluded nodes left out (indicators dropped), or {@code null}
     * @param indicatorLogs from {@link #logs}, or {@code null}
     * @return a frame with one column per node
     */
    public static Frame aggregate(
            Model model,
            Frame f,
            MethodByLevel methods,
            double[] w,
            double minDataShare,
            boolean @Nullable [] excluded,
            double @Nullable [][] indicatorLogs) {
        int total = model.nodes.length;
        double[][] logs = new double[total][];
        if (indicatorLogs != null) {
            System.arraycopy(indicatorLogs, 0, logs, 0, model.m);
        }
        int n = f.size();
        double[][] cols = Arrays.copyOf(f.cols(), total);
        boolean[] dropped = excluded == null ? new boolean[total] : Arrays.copyOf(excluded, total);
        Map<Integer, Aggregation> cache = new HashMap<>();
        for (int a = model.m; a < total; a++) {
            int[] ch = model.children[a];
            int k = 0;
            for (int c : ch) {
                if (!dropped[c]) {
                    k++;
                }
            }
            if (k == 0) {
                dropped[a] = true;
                cols[a] = nanColumn(n);
                continue;
            }
            double[][] childCols = new double[k][];
            double[] cw = new double[k];
            int j = 0;
            for (int c : ch) {
                if (!dropped[c]) {
                    childCols[j] = cols[c];
                    cw[j] = w[c];
                    j++;
                }
            }
            Aggregation method = cache.computeIfAbsent(model.level[a], methods::methodFor);
            double[] out = new double[n];
            double[][] childLogs = Aggregators.isGeometric(method) ? new double[k][] : null;
            if (childLogs != null) {
                j = 0;
                for (int c : ch) {
                    if (!dropped[c]) {
                        childLogs[j++] = logs[c];
                    }
                }
                for (double[] l : childLogs) {
                    if (l == null) {
                        childLogs = null;
                        break;
                    }
                }
            }
            if (childLogs != null) {
                logs[a] = Aggregators.geometricFromLogs(childLogs, cw, out);
            } else {
                method.aggregateAll(childCols, cw, out);
            }
            if (minDataShare > 0) {
                for (int r = 0; r < n; r++) {
                    int avail = 0;
                    for (double[] cc : childCols) {
                        if (!Double.isNaN(cc[r])) {
                            avail++;
                        }
                    }
                    if ((double) avail / k < minDataShare) {
                        out[r] = Double.NaN;
                    }
                }
            }
            cols[a] = out;
        }
        return f.withCols(cols);
    }

    static double[] nanColumn(int n) {
        double[] x = new double[n];
        Arrays.fill(x, Double.NaN);
        return x;
    }
}
