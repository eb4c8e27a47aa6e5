package org.msptoolkit.network.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Burt's (1992, ch. 2) network constraint on an undirected weighted graph:
 * {@code c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ i, j} p_iq · p_qj)²}, with the proportional tie strength
 * {@code p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki)}, which for a symmetric weight {@code w} is
 * {@code w_ij / Σ_k w_ik}. Undefined (NaN) for a vertex without ties.
 */
public final class BurtConstraint {
    private BurtConstraint() {}

    /**
     * Returns the constraint of every vertex.
     *
     * @param adj adjacency lists (each edge in both lists, no self-loops)
     * @param weights per vertex, the weights of its ties, aligned with {@code adj} (symmetric: the weight of
     *     {@code i–j} in i's list equals that in j's list), each positive
     * @return the constraint per vertex, NaN for an isolate
     */
    public static double[] of(int[][] adj, double[][] weights) {
        int n = adj.length;
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            for (double w : weights[i]) {
                total[i] += w;
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (adj[i].length == 0) {
                out[i] = Double.NaN;
                continue;
            }
            Map<Integer, Double> pi = new HashMap<>(adj[i].length * 2);
            for (int k = 0; k < adj[i].length; k++) {
                pi.put(adj[i][k], weights[i][k] / total[i]);
            }
            double c = 0;
            for (int k = 0; k < adj[i].length; k++) {
                int j = adj[i][k];
                double indirect = 0;
                for (int x = 0; x < adj[j].length; x++) {
                    int q = adj[j][x];
                    if (q == i) {
                        continue;
                    }
                    Double piq = pi.get(q);
                    if (piq != null) {
                        // p_qj = w_qj / Σ_k w_qk, and w_qj = w_jq is at this position of j's list
                        indirect += piq * weights[j][x] / total[q];
                    }
                }
                double term = weights[i][k] / total[i] + indirect;
                c += term * term;
            }
            out[i] = c;
        }
        return out;
    }
}
