package org.msptoolkit.learning.qca;

/**
 * How well a condition or expression X is necessary for the outcome Y: consistency (inclN),
 * relevance (RoN) and coverage (covN), as in QCA's {@code pof(..., relation = "necessity")}.
 *
 * @param inclN Σmin(X,Y) / ΣY
 * @param roN Σ(1−X) / Σ(1−min(X,Y))
 * @param covN Σmin(X,Y) / ΣX
 */
public record NecessityFit(double inclN, double roN, double covN) {
    /**
     * Computes the three measures.
     *
     * @param x membership of each case in the condition or expression
     * @param y membership of each case in the outcome
     * @return the fit
     */
    public static NecessityFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " memberships for " + y.length + " outcome values");
        }
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double snx = 0;
        double snxy = 0;
        for (int i = 0; i < x.length; i++) {
            double m = Math.min(x[i], y[i]);
            sx += x[i];
            sy += y[i];
            sxy += m;
            snx += 1 - x[i];
            snxy += 1 - m;
        }
        return new NecessityFit(sxy / sy, snx / snxy, sxy / sx);
    }

    /**
     * Returns e.g. {@code inclN 0.920, RoN 0.650, covN 0.700}.
     *
     * @return e.g. {@code inclN 0.920, RoN 0.650, covN 0.700}
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "inclN %.3f, RoN %.3f, covN %.3f", inclN, roN, covN);
    }
}
