package org.msptoolkit.network.internal;

import java.util.Arrays;

/**
 * Brandes's (2001) betweenness accumulation on an unweighted, undirected graph given as adjacency arrays, from
 * a chosen set of sources. With every vertex as a source it is exact; with {@code k} sources drawn uniformly
 * without replacement and the sums scaled by {@code n / k} it is the pivot estimator of Brandes &amp; Pich (2007).
 * Memory O(n + m), reused across sources; time O(m) per source.
 */
public final class Brandes {
    private final int[][] adj;
    private final double[] score;
    private final long[] sigma;
    private final int[] dist;
    private final double[] delta;
    private final int[] stack;
    private final int[] queue;

    /**
     * Prepares the accumulation.
     *
     * @param adj adjacency lists of an undirected graph (each edge in both lists, no self-loops)
     */
    public Brandes(int[][] adj) {
        this.adj = adj;
        int n = adj.length;
        score = new double[n];
        sigma = new long[n];
        dist = new int[n];
        delta = new double[n];
        stack = new int[n];
        queue = new int[n];
        Arrays.fill(dist, -1);
    }

    /**
     * Adds the dependencies of every vertex on the shortest paths from {@code s}.
     *
     * @param s a source vertex
     */
    public void accumulate(int s) {
        int head = 0;
        int tail = 0;
        int top = 0;
        queue[tail++] = s;
        dist[s] = 0;
        sigma[s] = 1;
        while (head < tail) {
            int v = queue[head++];
            stack[top++] = v;
            for (int w : adj[v]) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                }
            }
        }
        while (top > 0) {
            int w = stack[--top];
            for (int v : adj[w]) {
                if (dist[v] == dist[w] - 1) {
                    delta[v] += (double) sigma[v] / sigma[w] * (1 + delta[w]);
                }
            }
            if (w != s) {
                score[w] += delta[w];
            }
        }
        for (int k = 0; k < tail; k++) {
            int v = queue[k];
            dist[v] = -1;
            sigma[v] = 0;
            delta[v] = 0;
        }
    }

    /**
     * Returns the betweenness of each vertex: the accumulated dependencies times {@code scale}, halved because
     * each unordered pair of an undirected graph is counted from both ends.
     *
     * @param scale 1 for the exact value, {@code n / k} for the pivot estimate from {@code k} sources
     * @return a new array
     */
    public double[] scores(double scale) {
        double[] out = new double[score.length];
        for (int v = 0; v < out.length; v++) {
            out[v] = score[v] * scale / 2;
        }
        return out;
    }

    /**
     * Returns the exact betweenness of every vertex (every vertex a source).
     *
     * @param adj adjacency lists of an undirected graph
     * @return the betweenness per vertex
     */
    public static double[] exact(int[][] adj) {
        Brandes b = new Brandes(adj);
        for (int s = 0; s < adj.length; s++) {
            b.accumulate(s);
        }
        return b.scores(1);
    }

    /**
     * Returns the pivot estimate of betweenness from {@code k} sources drawn without replacement.
     *
     * @param adj adjacency lists of an undirected graph (one connected component)
     * @param k how many sources, at most the number of vertices
     * @param seed the random seed, so runs repeat
     * @return the estimated betweenness per vertex
     */
    public static double[] sampled(int[][] adj, int k, long seed) {
        int n = adj.length;
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int pivots = Math.min(k, n);
        Brandes b = new Brandes(adj);
        for (int x = 0; x < pivots; x++) {
            int y = x + rnd.nextInt(n - x);
            int t = order[x];
            order[x] = order[y];
            order[y] = t;
            b.accumulate(order[x]);
        }
        return b.scores((double) n / pivots);
    }
}
