package org.msptoolkit.composite.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.msptoolkit.composite.CompositeDataException;
import org.msptoolkit.composite.IndexStructure;
import org.msptoolkit.composite.MetaRow;
import org.msptoolkit.composite.UnitTable;
import org.msptoolkit.composite.WeightSet;
import org.msptoolkit.core.validation.Problem;

/**
 * Unit data and index structure in array form for the engine: indicators are nodes
 * {@code 0 … m−1}, aggregates {@code m …} in bottom-up order (by level, then metadata order).
 */
public final class Model {
    final String[] units;
    final String[] nodes;
    final int m;
    final int[] direction;
    final OptionalDouble[] target;
    final List<Map<String, Double>> parameters = new ArrayList<>();
    final String[] denominator;
    final double[][] raw;
    final int[] level;
    final int[][] children;
    final double[] weights;
    final Map<String, Integer> nodeIndex = new HashMap<>();
    final Map<String, double[]> numeric = new HashMap<>();
    final Map<String, List<String>> text = new HashMap<>();
    final IndexStructure structure;

    /**
     * Checks that the data hold every indicator and denominator and converts both tables.
     *
     * @param data unit data
     * @param structure index structure
     * @throws CompositeDataException listing every missing column
     */
    public Model(UnitTable data, IndexStructure structure) {
        this.structure = structure;
        this.units = data.units().toArray(new String[0]);
        List<String> ind = structure.indicators();
        List<String> agg = new ArrayList<>();
        for (int l = 2; l <= structure.levels(); l++) {
            agg.addAll(structure.codesAtLevel(l));
        }
        this.m = ind.size();
        int a = agg.size();
        this.nodes = new String[m + a];
        for (int i = 0; i < m; i++) {
            nodes[i] = ind.get(i);
        }
        for (int i = 0; i < a; i++) {
            nodes[m + i] = agg.get(i);
        }
        for (int i = 0; i < nodes.length; i++) {
            nodeIndex.put(nodes[i], i);
        }
        List<Problem> problems = new ArrayList<>();
        direction = new int[m];
        target = new OptionalDouble[m];
        denominator = new String[m];
        raw = new double[m][];
        for (int i = 0; i < m; i++) {
            MetaRow r = structure.row(nodes[i]).orElseThrow();
            direction[i] = r.direction();
            target[i] = r.target();
            parameters.add(r.parameters());
            denominator[i] = r.denominator().orElse(null);
            raw[i] = data.numeric(nodes[i]).orElse(null);
            if (raw[i] == null) {
                problems.add(Problem.of(
                        "iData." + nodes[i],
                        Problem.UNRESOLVED_REFERENCE,
                        "indicator '" + nodes[i] + "' has no numeric column in the unit data"));
            }
        }
        for (String c : data.numericColumns()) {
            numeric.put(c, data.numeric(c).orElseThrow());
        }
        for (String c : data.textColumns()) {
            text.put(c, data.text(c).orElseThrow());
        }
        for (int i = 0; i < m; i++) {
            if (denominator[i] != null && !numeric.containsKey(denominator[i])) {
                problems.add(Problem.of(
                        "iData." + denominator[i],
                        Problem.UNRESOLVED_REFERENCE,
                        "denominator '" + denominator[i] + "' of '" + nodes[i]
                                + "' has no numeric column in the unit data"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CompositeDataException("unit data", problems);
        }
        level = new int[m + a];
        children = new int[m + a][];
        for (int i = 0; i < nodes.length; i++) {
            level[i] = structure.row(nodes[i]).orElseThrow().level().orElse(1);
            List<String> ch = structure.children(nodes[i]);
            children[i] = new int[ch.size()];
            for (int k = 0; k < ch.size(); k++) {
                children[i][k] = Objects.requireNonNull(nodeIndex.get(ch.get(k))); // every child is a node
            }
        }
        weights = weightsOf(WeightSet.original(structure));
    }

    /**
     * Returns the weight of every node, in node order.
     *
     * @param set a weight set
     * @return the weight of every node, in node order
     */
    public double[] weightsOf(WeightSet set) {
        double[] w = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            w[i] = set.weight(structure, nodes[i]);
        }
        return w;
    }

    /**
     * Returns the node codes, indicators first, then aggregates bottom-up.
     *
     * @return the node codes, indicators first, then aggregates bottom-up
     */
    public String[] nodes() {
        return nodes.clone();
    }

    /**
     * Returns the number of indicators.
     *
     * @return the number of indicators
     */
    public int indicatorCount() {
        return m;
    }

    /**
     * Returns the unit codes.
     *
     * @return the unit codes
     */
    public String[] units() {
        return units.clone();
    }

    /**
     * Returns its index, or −1.
     *
     * @param code a node code
     * @return its index, or −1
     */
    public int node(String code) {
        return nodeIndex.getOrDefault(code, -1);
    }

    /**
     * Returns its level.
     *
     * @param node node index
     * @return its level
     */
    public int level(int node) {
        return level[node];
    }

    /**
     * Returns the metadata weights, in node order.
     *
     * @return the metadata weights, in node order
     */
    public double[] metadataWeights() {
        return weights.clone();
    }

    /**
     * Returns the structure.
     *
     * @return the structure
     */
    public IndexStructure structure() {
        return structure;
    }
}
