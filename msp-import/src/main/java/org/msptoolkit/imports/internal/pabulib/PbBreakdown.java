package org.msptoolkit.imports.internal.pabulib;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Voters and project support by voter metadata (age band, sex, voting method, district…), with
 * every cell under the minimum cell size suppressed: left out and only counted, so that no small
 * group of voters can be picked out. Each column keeps at most {@value #MAX_VALUES} distinct values
 * (memory stays bounded whatever the file holds); beyond that the column is reported as too varied.
 */
final class PbBreakdown {
    static final int MAX_VALUES = 200;

    private final int minCell;
    private final Map<String, Map<String, long[]>> cells = new LinkedHashMap<>();
    private final Map<String, Long> overflow = new LinkedHashMap<>();
    private int projects;

    PbBreakdown(int minCell) {
        this.minCell = minCell;
    }

    void projects(int n) {
        this.projects = n;
    }

    /** Counts one voter with {@code value} in {@code column} supporting the projects {@code ballot}. */
    void add(String column, String value, int[] ballot) {
        String v = column.equals("age") ? ageBand(value) : value.isBlank() ? "(not given)" : value;
        Map<String, long[]> byValue = cells.computeIfAbsent(column, k -> new LinkedHashMap<>());
        long[] c = byValue.get(v);
        if (c == null) {
            if (byValue.size() >= MAX_VALUES) {
                overflow.merge(column, 1L, Long::sum);
                return;
            }
            c = new long[projects + 1];
            byValue.put(v, c);
        }
        c[0]++;
        for (int p : ballot) {
            c[p + 1]++;
        }
    }

    static String ageBand(String value) {
        int age;
        try {
            age = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return "(not given)";
        }
        if (age < 18) {
            return "under 18";
        }
        if (age >= 75) {
            return "75 and over";
        }
        int[] starts = {18, 25, 35, 45, 55, 65};
        int[] ends = {24, 34, 44, 54, 64, 74};
        for (int i = 0; i < starts.length; i++) {
            if (age <= ends[i]) {
                return starts[i] + "–" + ends[i];
            }
        }
        return "75 and over";
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The breakdown as JSON: per column, per value, voters and supporters per project, small cells left out. */
    ObjectNode toJson(java.util.List<PbProject> projectList) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.put("minimumCellSize", minCell);
        ObjectNode columns = out.putObject("columns");
        cells.forEach((column, byValue) -> {
            ObjectNode col = columns.putObject(column);
            ObjectNode values = col.putObject("values");
            long suppressedCells = 0;
            long suppressedVoters = 0;
            for (var e : byValue.entrySet()) {
                long[] c = e.getValue();
                if (c[0] < minCell) {
                    suppressedCells++;
                    suppressedVoters += c[0];
                    continue;
                }
                ObjectNode v = values.putObject(e.getKey());
                v.put("voters", c[0]);
                ObjectNode support = v.putObject("supporters");
                for (int p = 0; p < projectList.size(); p++) {
                    if (c[p + 1] >= minCell) {
                        support.put(projectList.get(p).id(), c[p + 1]);
                    } else if (c[p + 1] > 0) {
                        suppressedCells++;
                    }
                }
            }
            ObjectNode s = col.putObject("suppressed");
            s.put("cells", suppressedCells);
            s.put("voters", suppressedVoters);
            Long over = overflow.get(column);
            if (over != null) {
                col.put("votersBeyondValueLimit", over);
            }
        });
        return out;
    }
}
