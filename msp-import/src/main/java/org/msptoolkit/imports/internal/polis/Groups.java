package org.msptoolkit.imports.internal.polis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.imports.internal.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Polis's opinion groups as read from {@code participants-votes.csv}: each participant's group and
 * counts, group sizes, and per group and statement the agree / disagree / pass counts of the group's
 * members' final votes, from which the group-informed consensus findings are computed.
 */
final class Groups {
    final Map<String, ObjectNode> participants = new LinkedHashMap<>();
    final Map<String, Long> size = new TreeMap<>();
    /** group → statement → {agree, disagree, pass}. */
    private final Map<String, Map<String, long[]>> votes = new TreeMap<>();

    void add(String group, String statement, String vote) {
        long[] c =
                votes.computeIfAbsent(group, k -> new LinkedHashMap<>()).computeIfAbsent(statement, k -> new long[3]);
        switch (vote) {
            case "1" -> c[0]++;
            case "-1" -> c[1]++;
            case "0" -> c[2]++;
            default -> {
                // not a vote: ignored
            }
        }
    }

    @Nullable
    ObjectNode byGroup(String statement) {
        if (votes.isEmpty()) {
            return null;
        }
        ObjectNode o = Json.object();
        votes.forEach((g, byStatement) -> {
            long[] c = byStatement.getOrDefault(statement, new long[3]);
            ObjectNode v = o.putObject(g);
            v.put("agree", c[0]);
            v.put("disagree", c[1]);
            v.put("pass", c[2]);
        });
        return o;
    }

    ArrayNode groupsJson() {
        ArrayNode a = Json.object().arrayNode();
        size.forEach((g, n) -> {
            ObjectNode o = a.addObject();
            o.put("id", g);
            o.put("participants", n);
        });
        return a;
    }

    /**
     * Group-informed consensus (Polis): for each statement and group, the smoothed agree rate
     * (agree + 1) / (votes + 2) of the group's members; a statement is a finding when that rate is
     * above one half in every group. Its score is the product of the rates. Moderated-out statements
     * are left out. Sorted by score, highest first.
     */
    ArrayNode consensus(Collection<String> statements, Set<String> moderatedOut) {
        record Finding(String id, double score, Map<String, Double> rates) {}
        List<Finding> found = new ArrayList<>();
        if (!size.isEmpty()) {
            for (String s : statements) {
                if (moderatedOut.contains(s)) {
                    continue;
                }
                double score = 1;
                boolean all = true;
                Map<String, Double> rates = new TreeMap<>();
                for (String g : size.keySet()) {
                    long[] c = votes.getOrDefault(g, Map.of()).getOrDefault(s, new long[3]);
                    double rate = (c[0] + 1.0) / (c[0] + c[1] + c[2] + 2.0);
                    rates.put(g, rate);
                    score *= rate;
                    all &= rate > 0.5;
                }
                if (all) {
                    found.add(new Finding(s, score, rates));
                }
            }
        }
        found.sort((a, b) -> Double.compare(b.score(), a.score()));
        ArrayNode out = Json.object().arrayNode();
        for (Finding f : found) {
            ObjectNode o = out.addObject();
            o.put("kind", "group-informed-consensus");
            o.put("statement", "c" + f.id());
            o.put("score", Math.round(f.score() * 1e6) / 1e6);
            ObjectNode r = o.putObject("agreeRateByGroup");
            f.rates().forEach((g, v) -> r.put(g, Math.round(v * 1e6) / 1e6));
        }
        return out;
    }
}
