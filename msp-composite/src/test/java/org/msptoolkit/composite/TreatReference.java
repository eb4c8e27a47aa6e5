package org.msptoolkit.composite;

/** Plain re-statement of COINr's treatment rule for the tests (independent of the engine's code). */
final class TreatReference {
    private TreatReference() {}

    static double[] moments(double[] x) {
        int n = 0;
        double s = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        double m = s / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                m2 += Math.pow(v - m, 2);
                m3 += Math.pow(v - m, 3);
                m4 += Math.pow(v - m, 4);
            }
        }
        double skew = Math.sqrt(n) * m3 / Math.pow(m2, 1.5) * Math.sqrt(n * (n - 1.0)) / (n - 2);
        double r = n * m4 / (m2 * m2);
        double kurt = ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
        return new double[] {skew, kurt};
    }

    static boolean fails(double[] x, double st, double kt) {
        double[] sk = moments(x);
        return Math.abs(sk[0]) >= st && sk[1] >= kt;
    }

    /** @return the treated values, or null when no treatment is needed */
    static double[] treat(double[] x, int winmax, double st, double kt) {
        if (!fails(x, st, kt)) {
            return null;
        }
        double[] w = x.clone();
        boolean[] changed = new boolean[x.length];
        int count = 0;
        while (fails(w, st, kt) && count < winmax) {
            boolean hi = moments(w)[0] >= 0;
            double ext = hi ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : w) {
                if (!Double.isNaN(v)) {
                    ext = hi ? Math.max(ext, v) : Math.min(ext, v);
                }
            }
            double next = hi ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : w) {
                if (!Double.isNaN(v) && v != ext) {
                    next = hi ? Math.max(next, v) : Math.min(next, v);
                }
            }
            for (int i = 0; i < w.length; i++) {
                if (w[i] == ext) {
                    w[i] = next;
                    if (!changed[i]) {
                        changed[i] = true;
                        count++;
                    }
                }
            }
        }
        if (!fails(w, st, kt)) {
            return w;
        }
        double mn = Double.POSITIVE_INFINITY;
        double mx = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
        }
        double[] l = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            l[i] = Math.log(x[i] - mn + 0.01 * (mx - mn));
        }
        return l;
    }
}
