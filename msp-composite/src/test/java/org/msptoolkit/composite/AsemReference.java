package org.msptoolkit.composite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately plain, independent reference implementation of COINr's formulas for the ASEM tests:
 * its own CSV splitting, its own loops, nothing shared with the engine.
 */
final class AsemReference {
    final List<String> units = new ArrayList<>();
    final Map<String, double[]> columns = new LinkedHashMap<>();
    final Map<String, String[]> text = new HashMap<>();
    final List<String> indicators = new ArrayList<>();
    final Map<String, Integer> direction = new HashMap<>();
    final Map<String, String> parent = new HashMap<>();
    final Map<String, Integer> level = new HashMap<>();
    final Map<String, Double> target = new HashMap<>();
    final Map<String, String> denominator = new HashMap<>();
    final Map<String, List<String>> children = new LinkedHashMap<>();
    int maxLevel;

    AsemReference(Path data, Path meta) throws IOException {
        List<String> m = Files.readAllLines(meta);
        List<String> mh = split(m.get(0));
        for (String line : m.subList(1, m.size())) {
            List<String> c = split(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < mh.size(); i++) {
                row.put(mh.get(i), c.get(i));
            }
            String type = row.get("Type");
            String code = row.get("iCode");
            if (!type.equals("Indicator") && !type.equals("Aggregate")) {
                continue;
            }
            int lev = Integer.parseInt(row.get("Level"));
            level.put(code, lev);
            maxLevel = Math.max(maxLevel, lev);
            direction.put(code, Integer.parseInt(row.get("Direction")));
            if (!row.get("Parent").equals("NA")) {
                parent.put(code, row.get("Parent"));
                children.computeIfAbsent(row.get("Parent"), k -> new ArrayList<>())
                        .add(code);
            }
            if (!row.get("Target").equals("NA")) {
                target.put(code, Double.parseDouble(row.get("Target")));
            }
            if (!row.get("Denominator").equals("NA")) {
                denominator.put(code, row.get("Denominator"));
            }
            if (type.equals("Indicator")) {
                indicators.add(code);
            }
        }
        List<String> d = Files.readAllLines(data);
        List<String> dh = split(d.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (String line : d.subList(1, d.size())) {
            rows.add(split(line));
        }
        for (List<String> r : rows) {
            units.add(r.get(dh.indexOf("uCode")));
        }
        for (int c = 0; c < dh.size(); c++) {
            String h = dh.get(c);
            if (h.endsWith("_group")) {
                String[] t = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    t[r] = rows.get(r).get(c);
                }
                text.put(h, t);
                continue;
            }
            if (h.equals("uCode") || h.equals("uName")) {
                continue;
            }
            double[] v = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                String s = rows.get(r).get(c);
                v[r] = s.equals("NA") ? Double.NaN : Double.parseDouble(s);
            }
            columns.put(h, v);
        }
    }

    /** Splits a CSV line; names in iMeta contain quoted commas. */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static List<Double> known(double[] x) {
        List<Double> k = new ArrayList<>();
        for (double v : x) {
            if (!Double.isNaN(v)) {
                k.add(v);
            }
        }
        return k;
    }

    static double mean(double[] x) {
        double s = 0;
        List<Double> k = known(x);
        for (double v : k) {
            s += v;
        }
        return s / k.size();
    }

    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        List<Double> k = known(x);
        for (double v : k) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (k.size() - 1));
    }

    static double min(double[] x) {
        return known(x).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(double[] x) {
        return known(x).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Normalises one direction-adjusted column by method name. */
    double[] normalise(String method, String code, double[] raw) {
        int dir = direction.get(code);
        int n = raw.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = raw[i] * dir;
        }
        double[] y = new double[n];
        double mn = min(x);
        double mx = max(x);
        for (int i = 0; i < n; i++) {
            double v = x[i];
            switch (method) {
                case "minmax0":
                    y[i] = (v - mn) / (mx - mn) * 100;
                    break;
                case "minmax1":
                    y[i] = (v - mn) / (mx - mn) * 99 + 1;
                    break;
                case "zscore":
                    y[i] = (v - mean(x)) / sd(x) * 2 + 10;
                    break;
                case "rank":
                case "borda":
                case "prank": {
                    int below = 0;
                    for (double o : x) {
                        if (!Double.isNaN(o) && o < v) {
                            below++;
                        }
                    }
                    double r = below + 1;
                    y[i] = Double.isNaN(v)
                            ? Double.NaN
                            : method.equals("rank")
                                    ? r
                                    : method.equals("borda") ? r - 1 : (r - 1) / (known(x).size() - 1);
                    break;
                }
                case "fracmax":
                    y[i] = v / mx;
                    break;
                case "dist2max":
                    y[i] = 1 - (mx - v) / (mx - mn);
                    break;
                case "dist2ref": {
                    double ref = x[units.indexOf("AUT")];
                    y[i] = 1 - (ref - v) / (ref - mn);
                    break;
                }
                case "dist2targ": {
                    double t = target.get(code) * dir;
                    y[i] = 1 - (t - v) / (t - mn);
                    if (y[i] > 1) {
                        y[i] = 1;
                    }
                    break;
                }
                default:
                    throw new IllegalArgumentException(method);
            }
        }
        return y;
    }

    /** Aggregates one group for every unit by method name. */
    static double[] aggregate(String method, List<double[]> kids, int n) {
        double[] out = new double[n];
        for (int u = 0; u < n; u++) {
            List<Double> v = new ArrayList<>();
            for (double[] k : kids) {
                if (!Double.isNaN(k[u])) {
                    v.add(k[u]);
                }
            }
            if (v.isEmpty()) {
                out[u] = Double.NaN;
                continue;
            }
            double s = 0;
            switch (method) {
                case "arith":
                    for (double x : v) {
                        s += x;
                    }
                    out[u] = s / v.size();
                    break;
                case "geom":
                    if (v.stream().anyMatch(x -> x < 0)) {
                        out[u] = Double.NaN;
                    } else {
                        // a zero gives ln 0 = −∞ and a geometric mean of 0
                        for (double x : v) {
                            s += Math.log(x);
                        }
                        out[u] = Math.exp(s / v.size());
                    }
                    break;
                case "harm":
                    for (double x : v) {
                        s += 1 / x;
                    }
                    out[u] = v.size() / s;
                    break;
                case "gen2":
                    for (double x : v) {
                        s += x * x;
                    }
                    out[u] = Math.sqrt(s / v.size());
                    break;
                case "copeland":
                    break;
                default:
                    throw new IllegalArgumentException(method);
            }
        }
        if (method.equals("copeland")) {
            for (int p = 0; p < n; p++) {
                double score = 0;
                for (int q = 0; q < n; q++) {
                    if (p == q) {
                        continue;
                    }
                    // equal weights: p beats q when 2·wins + ties > k (exact integer arithmetic)
                    int twice = 0;
                    for (double[] k : kids) {
                        if (k[p] > k[q]) {
                            twice += 2;
                        } else if (k[p] == k[q]) {
                            twice += 1;
                        }
                    }
                    if (p > q) {
                        // COINr fills the lower triangle as 1 − upper: NaN comparisons count as losses
                        int twiceQ = 0;
                        for (double[] k : kids) {
                            if (k[q] > k[p]) {
                                twiceQ += 2;
                            } else if (k[q] == k[p]) {
                                twiceQ += 1;
                            }
                        }
                        twice = 2 * kids.size() - twiceQ;
                    }
                    score += Integer.compare(twice, kids.size());
                }
                out[p] = score;
            }
        }
        return out;
    }

    /** Normalises every indicator and aggregates up; returns code → column (units in data order). */
    Map<String, double[]> run(Map<String, double[]> input, String norm, String agg) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String i : indicators) {
            out.put(i, normalise(norm, i, input.get(i)));
        }
        int n = units.size();
        for (int l = 2; l <= maxLevel; l++) {
            for (Map.Entry<String, List<String>> e : children.entrySet()) {
                if (level.get(e.getKey()) != l) {
                    continue;
                }
                List<double[]> kids = new ArrayList<>();
                for (String c : e.getValue()) {
                    kids.add(out.get(c));
                }
                out.put(e.getKey(), aggregate(agg, kids, n));
            }
        }
        return out;
    }

    static double[] copy(double[] x) {
        return Arrays.copyOf(x, x.length);
    }
}
