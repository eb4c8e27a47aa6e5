package org.msptoolkit.composite;

import java.util.List;

/**
 * The outcome of a sensitivity analysis: first-order and total indices per uncertain input for the
 * mean absolute rank shift against the nominal ranking (the Handbook's R̄_S, COINr's SA target).
 *
 * @since 0.1.0
 */
public final class SensitivityResult {
    private final List<SensitivityIndex> indices;
    private final double[] outputs;
    private final int n;

    SensitivityResult(List<SensitivityIndex> indices, double[] outputs, int n) {
        this.indices = List.copyOf(indices);
        this.outputs = outputs;
        this.n = n;
    }

    /**
     * Returns one sensitivity index per input, in input order.
     *
     * @return one sensitivity index per input, in input order
     */
    public List<SensitivityIndex> indices() {
        return indices;
    }

    /**
     * Returns the mean absolute rank shift of every run, in Saltelli design order.
     *
     * @return the mean absolute rank shift of every run, in Saltelli design order
     */
    public double[] outputs() {
        return outputs.clone();
    }

    /**
     * Returns N, the base sample size; the analysis ran N·(d + 2) regenerations.
     *
     * @return N, the base sample size; the analysis ran N·(d + 2) regenerations
     */
    public int baseSample() {
        return n;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SensitivityResult[" + outputs.length + " runs]\n");
        for (SensitivityIndex s : indices) {
            sb.append(s).append('\n');
        }
        return sb.toString();
    }
}
