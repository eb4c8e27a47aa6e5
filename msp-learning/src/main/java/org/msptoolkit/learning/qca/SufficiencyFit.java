package org.msptoolkit.learning.qca;

/**
 * How well a term or solution X is sufficient for the outcome Y across the cases: consistency
 * (inclS), proportional reduction in inconsistency (PRI) and coverage (covS), as in QCA.
 *
 * @param inclS Σmin(X,Y) / ΣX — NaN when no case is in X
 * @param pri (Σmin(X,Y) − Σmin(X,Y,1−Y)) / (ΣX − Σmin(X,Y,1−Y)) — NaN when undefined
 * @param covS Σmin(X,Y) / ΣY — NaN when no case has the outcome
 */
public record SufficiencyFit(double inclS, double pri, double covS) {
    /**
     * Computes the three measures.
     *
     * @param x membership of each case in the term or solution
     * @param y membership of each case in the outcome
     * @return the fit
     */
    public static SufficiencyFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " memberships for " + y.length + " outcome values");
        }
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxyn = 0;
        for (int i = 0; i < x.length; i++) {
            double m = Math.min(x[i], y[i]);
            sx += x[i];
            sy += y[i];
            sxy += m;
            sxyn += Math.min(m, 1 - y[i]);
        }
        return new SufficiencyFit(sxy / sx, (sxy - sxyn) / (sx - sxyn), sxy / sy);
    }

    /**
     * Returns e.g. {@code inclS 0.850, PRI 0.819, covS 0.714}.
     *
     * @return e.g. {@code inclS 0.850, PRI 0.819, covS 0.714}
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "inclS %.3f, PRI %.3f, covS %.3f", inclS, pri, covS);
    }
}
