package org.msptoolkit.network.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.taxonomy.Coded;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.network.Broker;
import org.msptoolkit.network.LevelReach;
import org.msptoolkit.network.MissingLink;
import org.msptoolkit.network.NetworkNode;
import org.msptoolkit.network.ProcessNode;
import org.msptoolkit.network.StakeholderNode;
import org.msptoolkit.network.Tie;
import org.msptoolkit.network.TieKind;

/**
 * The graph one export shows, with the attributes of its nodes and ties as plain values (String, Integer,
 * Double). Only stakeholders (organisations, constituencies) and processes are nodes; no attribute holds
 * personal data.
 */
public final class ViewGraph {
    /** Node attributes and their types ({@code "string"}, {@code "int"}, {@code "double"}), in output order. */
    public static final Map<String, String> NODE_ATTRIBUTES = attributes(
            "nodeType",
            "string",
            "sectors",
            "string",
            "levels",
            "string",
            "countries",
            "string",
            "group",
            "string",
            "kind",
            "string",
            "processes",
            "int",
            "degree",
            "int",
            "betweenness",
            "double",
            "constraint",
            "double",
            "above",
            "int",
            "connectedAbove",
            "int",
            "below",
            "int",
            "connectedBelow",
            "int",
            "start",
            "string",
            "end",
            "string");
    /** Tie attributes and their types, in output order. */
    public static final Map<String, String> EDGE_ATTRIBUTES = attributes(
            "kinds",
            "string",
            "linkKinds",
            "string",
            "weight",
            "int",
            "start",
            "string",
            "end",
            "string",
            "rank",
            "int");

    private final Graph<NetworkNode, Tie> graph;
    private final Map<Tie, Integer> ranks;
    private final Map<String, LevelReach> reach;
    private final Map<String, Broker> scores;

    private ViewGraph(
            Graph<NetworkNode, Tie> graph,
            Map<Tie, Integer> ranks,
            Map<String, LevelReach> reach,
            Map<String, Broker> scores) {
        this.graph = graph;
        this.ranks = ranks;
        this.reach = reach;
        this.scores = scores;
    }

    private static Map<String, String> attributes(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            out.put(pairs[k], pairs[k + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the union of tie sets over these nodes, merging ties between the same two nodes, plus missing links.
     *
     * @param nodes the nodes, in order
     * @param tieSets the tie sets (graphs over some of these nodes)
     * @param missing suggested missing links to add (empty for none)
     * @param reach per process node id, its reach
     * @param scores per stakeholder node id, its scores
     * @return the view
     */
    public static ViewGraph of(
            List<? extends NetworkNode> nodes,
            List<Graph<NetworkNode, Tie>> tieSets,
            List<MissingLink> missing,
            Map<String, LevelReach> reach,
            Map<String, Broker> scores) {
        SimpleGraph<NetworkNode, Tie> g = new SimpleGraph<>(null, null, true);
        nodes.forEach(g::addVertex);
        Map<String, Tie> byPair = new LinkedHashMap<>();
        for (Graph<NetworkNode, Tie> set : tieSets) {
            for (Tie t : set.edgeSet()) {
                String key = pairKey(t.a(), t.b());
                Tie old = byPair.get(key);
                byPair.put(key, old == null ? t : merge(old, t));
            }
        }
        Map<Tie, Integer> ranks = new HashMap<>();
        for (MissingLink m : missing) {
            Tie t = new Tie(m.lower(), m.upper(), Set.of(TieKind.MISSING_LINK), Set.of(), 1, Optional.empty());
            String key = pairKey(t.a(), t.b());
            if (!byPair.containsKey(key)) {
                byPair.put(key, t);
                ranks.put(t, m.rank());
            }
        }
        for (Tie t : byPair.values()) {
            if (g.containsVertex(t.a()) && g.containsVertex(t.b())) {
                g.addEdge(t.a(), t.b(), t);
                g.setEdgeWeight(t, t.weight());
            }
        }
        return new ViewGraph(g, ranks, reach, scores);
    }

    private static String pairKey(NetworkNode a, NetworkNode b) {
        return a.id().compareTo(b.id()) <= 0 ? a.id() + "\u0000" + b.id() : b.id() + "\u0000" + a.id();
    }

    private static Tie merge(Tie x, Tie y) {
        Set<TieKind> kinds = EnumSet.copyOf(x.kinds());
        kinds.addAll(y.kinds());
        Set<LinkKind> links = EnumSet.noneOf(LinkKind.class);
        links.addAll(x.linkKinds());
        links.addAll(y.linkKinds());
        boolean xLink = x.kinds().equals(Set.of(TieKind.DECLARED_LINK));
        int weight = xLink ? y.weight() : x.weight();
        return new Tie(x.a(), x.b(), kinds, links, weight, x.period().isPresent() ? x.period() : y.period());
    }

    /**
     * Returns the graph.
     *
     * @return the graph
     */
    public Graph<NetworkNode, Tie> graph() {
        return graph;
    }

    /**
     * Returns the attributes of a node, in {@link #NODE_ATTRIBUTES} order, leaving out those it does not have.
     *
     * @param n a node of the view
     * @return its attributes
     */
    public Map<String, Object> nodeAttributes(NetworkNode n) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("nodeType", n instanceof ProcessNode ? "process" : "stakeholder");
        a.put("sectors", codes(n.sectors()));
        a.put("levels", n.levels().stream().sorted().map(Coded::code).collect(Collectors.joining(";")));
        a.put("countries", codes(n.countries()));
        if (n instanceof StakeholderNode s) {
            a.put("group", s.group().code());
            a.put("kind", s.kind().code());
            a.put("processes", s.processes());
            Broker b = scores.get(s.id());
            if (b != null) {
                a.put("degree", b.degree());
                a.put("betweenness", b.betweenness());
                if (!Double.isNaN(b.constraint())) {
                    a.put("constraint", b.constraint());
                }
            }
        } else if (n instanceof ProcessNode p) {
            LevelReach r = reach.get(p.id());
            if (r != null) {
                a.put("above", r.above());
                a.put("connectedAbove", r.connectedAbove());
                a.put("below", r.below());
                a.put("connectedBelow", r.connectedBelow());
            }
            p.period().ifPresent(per -> period(a, per));
        }
        return a;
    }

    /**
     * Returns the attributes of a tie, in {@link #EDGE_ATTRIBUTES} order, leaving out those it does not have.
     *
     * @param t a tie of the view
     * @return its attributes
     */
    public Map<String, Object> tieAttributes(Tie t) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("kinds", t.kindCodes());
        if (!t.linkKinds().isEmpty()) {
            a.put(
                    "linkKinds",
                    t.linkKinds().stream().sorted().map(LinkKind::code).collect(Collectors.joining(";")));
        }
        a.put("weight", t.weight());
        t.period().ifPresent(per -> period(a, per));
        Integer rank = ranks.get(t);
        if (rank != null) {
            a.put("rank", rank);
        }
        return a;
    }

    private static void period(Map<String, Object> a, Period per) {
        a.put("start", per.start().toString());
        per.end().ifPresent(e -> a.put("end", e.toString()));
    }

    private static String codes(Set<? extends Coded> values) {
        List<String> c = new ArrayList<>();
        values.forEach(v -> c.add(v.code()));
        c.sort(null);
        return String.join(";", c);
    }
}
