package org.msptoolkit.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.util.UnionFind;
import org.jgrapht.graph.AsSubgraph;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.network.internal.Brandes;
import org.msptoolkit.network.internal.BurtConstraint;
import org.msptoolkit.network.internal.LevelScan;
import org.msptoolkit.network.internal.NetworkIndex;

/**
 * Measures a {@link ProcessNetwork}: cross-sector and cross-level ties, components, brokers (betweenness and
 * Burt's constraint), the E–I index of stakeholder groups, each process's reach to the levels above and below,
 * and ranked missing links. Each measure's formula and source is in its constant here and in the report.
 * Immutable; the defaults keep the 20 top brokers and 25 missing links, and compute betweenness exactly on
 * components of up to 5,000 stakeholders and from 500 sampled sources on larger ones.
 *
 * @since 0.2.0
 */
// Level.ordinal() is the order local < subnational < national < regional < international, on purpose
@SuppressWarnings("EnumOrdinal")
public final class NetworkAnalysis {
    private static final String HEMMATI = "Hemmati et al. 2002, ch. 9: practitioners network within their sector and "
            + "level; links across sectors and between levels (international, regional, national, local) are missing";

    /** Share of ties crossing sectors. */
    public static final Measure CROSS_SECTOR = new Measure(
            "cross-sector-ties",
            "ties whose two ends record sectors and share none / ties whose two ends record sectors; per sector, "
                    + "among the ties with that sector at either end",
            HEMMATI);

    /** Share of ties crossing levels. */
    public static final Measure CROSS_LEVEL = new Measure(
            "cross-level-ties",
            "ties whose two ends record levels and share none / ties whose two ends record levels; per level pair "
                    + "(l1, l2), among the ties with one end at l1 and the other at l2",
            HEMMATI);

    /** Connected components. */
    public static final Measure COMPONENTS = new Measure(
            "components",
            "maximal sets of nodes joined by paths of ties; count and sizes",
            "Wasserman & Faust 1994, Social Network Analysis, ch. 4; JGraphT ConnectivityInspector and UnionFind");

    /** Betweenness centrality. */
    public static final Measure BETWEENNESS = new Measure(
            "betweenness",
            "b(v) = Σ over unordered pairs {s, t} of other nodes of σ_st(v) / σ_st, where σ_st counts the shortest "
                    + "paths (in ties, unweighted) from s to t and σ_st(v) those through v",
            "Freeman 1977, Sociometry 40(1):35–41; algorithm Brandes 2001, J. Math. Sociology 25(2):163–177 "
                    + "(JGraphT BetweennessCentrality); sampled estimate Brandes & Pich 2007, Int. J. Bifurcation "
                    + "and Chaos 17(7):2303–2318");

    /** Burt's constraint. */
    public static final Measure CONSTRAINT = new Measure(
            "constraint",
            "c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ i, j} p_iq p_qj)², p_ij = w_ij / Σ_k w_ik with w the "
                    + "number of processes two stakeholders share; low = broker across structural holes",
            "Burt 1992, Structural Holes: The Social Structure of Competition, ch. 2");

    /** E–I index. */
    public static final Measure EI_INDEX = new Measure(
            "ei-index",
            "(E − I) / (E + I) on the stakeholder projection, E = ties between stakeholders of different groups, "
                    + "I = ties within one group (unweighted); per group, ties of its members",
            "Krackhardt & Stern 1988, Social Psychology Quarterly 51(2):123–140");

    /** Reach to the levels above and below. */
    public static final Measure LEVEL_REACH = new Measure(
            "level-reach",
            "above = processes with a level one step above one of the process's levels (local < subnational < "
                    + "national < regional < international) that share a sector and a place (a country, or one of "
                    + "the two has no country and works at regional or international level); connected above = those "
                    + "tied to it by a declared link or a shared stakeholder; share = connected / above; the same "
                    + "below",
            HEMMATI + "; the cross-level-links indicator counts a process's own declared links, this looks across "
                    + "the corpus");

    /** Missing links and their ranking. */
    public static final Measure MISSING_LINKS = new Measure(
            "missing-links",
            "pairs of processes one level apart that share a sector and a place but no declared link and no "
                    + "stakeholder; ranked by (1) possible bridges = stakeholders of one whose group is present "
                    + "in the other, most first, (2) shared sectors, most first, (3) shared countries, most first, "
                    + "(4) corpus order of the lower, then of the upper process",
            HEMMATI + "; ranking rule: msp-toolkit (docs/network.md)");

    private final int topBrokers;
    private final int topMissingLinks;
    private final int exactUpTo;
    private final int pivots;
    private final long seed;

    private NetworkAnalysis(int topBrokers, int topMissingLinks, int exactUpTo, int pivots, long seed) {
        this.topBrokers = topBrokers;
        this.topMissingLinks = topMissingLinks;
        this.exactUpTo = exactUpTo;
        this.pivots = pivots;
        this.seed = seed;
    }

    /**
     * Returns the analysis with the defaults: 20 brokers, 25 missing links, exact betweenness up to 5,000
     * stakeholders per component, else 500 sampled sources (seed 1).
     *
     * @return the analysis with the defaults
     */
    public static NetworkAnalysis defaults() {
        return new NetworkAnalysis(20, 25, 5_000, 500, 1);
    }

    /**
     * Returns a copy keeping that many top brokers.
     *
     * @param n at least 0
     * @return a copy keeping that many top brokers
     */
    public NetworkAnalysis topBrokers(int n) {
        return new NetworkAnalysis(atLeast0(n, "topBrokers"), topMissingLinks, exactUpTo, pivots, seed);
    }

    /**
     * Returns a copy keeping that many best missing links.
     *
     * @param n at least 0
     * @return a copy keeping that many best missing links
     */
    public NetworkAnalysis topMissingLinks(int n) {
        return new NetworkAnalysis(topBrokers, atLeast0(n, "topMissingLinks"), exactUpTo, pivots, seed);
    }

    /**
     * Returns a copy computing betweenness exactly on components up to that size and sampled above it.
     *
     * @param nodes the largest component computed exactly; {@link Integer#MAX_VALUE} for exact everywhere
     * @param sources how many sources to sample on larger components, at least 1
     * @param randomSeed the seed of the sample, so runs repeat
     * @return a copy with these rules
     */
    public NetworkAnalysis betweenness(int nodes, int sources, long randomSeed) {
        if (sources < 1) {
            throw new IllegalArgumentException("sources must be at least 1, got " + sources);
        }
        return new NetworkAnalysis(topBrokers, topMissingLinks, atLeast0(nodes, "nodes"), sources, randomSeed);
    }

    private static int atLeast0(int n, String name) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must be at least 0, got " + n);
        }
        return n;
    }

    /**
     * Measures a network.
     *
     * @param network the network
     * @return every measure, with formulas and sources
     */
    public NetworkReport analyse(ProcessNetwork network) {
        NetworkIndex ix = network.index();
        List<TieMix> sector = new ArrayList<>();
        List<TieMix> level = new ArrayList<>();
        Map<String, Graph<NetworkNode, Tie>> sets = new java.util.LinkedHashMap<>();
        sets.put("declared-links", network.declaredLinks());
        sets.put("process-projection", network.processProjection());
        sets.put("stakeholder-projection", network.stakeholderProjection());
        sets.forEach((name, g) -> {
            sector.add(crossSector(name, g));
            level.add(crossLevel(name, g));
        });
        List<ComponentSizes> components = List.of(
                networkComponents(network), components("stakeholder-projection", network.stakeholderProjection()));
        Map<String, Broker> scores = new HashMap<>();
        Brokerage brokerage = brokerage(network, scores);
        LevelScan.Result scan = LevelScan.scan(ix, topMissingLinks);
        Map<String, LevelReach> reach = new HashMap<>();
        for (int i = 0; i < ix.processes().size(); i++) {
            ProcessNode p = ix.processes().get(i);
            reach.put(
                    p.id(),
                    new LevelReach(
                            p, scan.above()[i], scan.connectedAbove()[i], scan.below()[i], scan.connectedBelow()[i]));
        }
        List<MissingLink> missing = new ArrayList<>();
        int[][] groupSets = LevelScan.groupSets(ix);
        for (LevelScan.Pair pair : scan.best()) {
            missing.add(missingLink(ix, groupSets, missing.size() + 1, pair));
        }
        return new NetworkReport(
                List.of(
                        CROSS_SECTOR,
                        CROSS_LEVEL,
                        COMPONENTS,
                        BETWEENNESS,
                        CONSTRAINT,
                        EI_INDEX,
                        LEVEL_REACH,
                        MISSING_LINKS),
                sector,
                level,
                components,
                brokerage,
                eiIndex(network.stakeholderProjection()),
                reach,
                scores,
                scan.untiedPairs(),
                missing);
    }

    // ---- cross-sector and cross-level ---------------------------------------------------------

    static TieMix crossSector(String name, Graph<NetworkNode, Tie> g) {
        long judged = 0;
        long crossing = 0;
        Map<String, long[]> per = new TreeMap<>();
        for (Tie t : g.edgeSet()) {
            Set<Sector> a = t.a().sectors();
            Set<Sector> b = t.b().sectors();
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            boolean cross = java.util.Collections.disjoint(a, b);
            judged++;
            crossing += cross ? 1 : 0;
            Set<String> keys = new LinkedHashSet<>();
            a.forEach(s -> keys.add(s.code()));
            b.forEach(s -> keys.add(s.code()));
            for (String k : keys) {
                long[] c = per.computeIfAbsent(k, x -> new long[2]);
                c[0]++;
                c[1] += cross ? 1 : 0;
            }
        }
        return new TieMix(CROSS_SECTOR, name, g.edgeSet().size(), Share.of("all", judged, crossing), shares(per));
    }

    static TieMix crossLevel(String name, Graph<NetworkNode, Tie> g) {
        long judged = 0;
        long crossing = 0;
        Map<String, long[]> per = new TreeMap<>(Comparator.comparing(NetworkAnalysis::levelPairOrder));
        for (Tie t : g.edgeSet()) {
            Set<Level> a = t.a().levels();
            Set<Level> b = t.b().levels();
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            boolean cross = java.util.Collections.disjoint(a, b);
            judged++;
            crossing += cross ? 1 : 0;
            Set<String> keys = new LinkedHashSet<>();
            for (Level la : a) {
                for (Level lb : b) {
                    Level lo = la.compareTo(lb) <= 0 ? la : lb;
                    Level hi = lo == la ? lb : la;
                    keys.add(lo.code() + "|" + hi.code());
                }
            }
            for (String k : keys) {
                long[] c = per.computeIfAbsent(k, x -> new long[2]);
                c[0]++;
                c[1] += cross ? 1 : 0;
            }
        }
        return new TieMix(CROSS_LEVEL, name, g.edgeSet().size(), Share.of("all", judged, crossing), shares(per));
    }

    private static String levelPairOrder(String key) {
        String[] parts = key.split("\\|", 2);
        return Level.parse(parts[0]).ordinal() + "" + Level.parse(parts[1]).ordinal();
    }

    private static List<Share> shares(Map<String, long[]> per) {
        List<Share> out = new ArrayList<>();
        per.forEach((k, c) -> out.add(Share.of(k, c[0], c[1])));
        return out;
    }

    // ---- components ---------------------------------------------------------------------------

    private static ComponentSizes networkComponents(ProcessNetwork network) {
        UnionFind<NetworkNode> uf = new UnionFind<>(network.twoMode().vertexSet());
        for (Tie t : network.twoMode().edgeSet()) {
            uf.union(t.a(), t.b());
        }
        for (Tie t : network.declaredLinks().edgeSet()) {
            uf.union(t.a(), t.b());
        }
        Map<NetworkNode, Integer> sizes = new HashMap<>();
        for (NetworkNode v : network.twoMode().vertexSet()) {
            sizes.merge(uf.find(v), 1, Integer::sum);
        }
        return sizes("network", new ArrayList<>(sizes.values()));
    }

    static ComponentSizes components(String name, Graph<NetworkNode, Tie> g) {
        List<Integer> sizes = new ArrayList<>();
        for (Set<NetworkNode> c : new ConnectivityInspector<>(g).connectedSets()) {
            sizes.add(c.size());
        }
        return sizes(name, sizes);
    }

    private static ComponentSizes sizes(String name, List<Integer> sizes) {
        sizes.sort(Comparator.reverseOrder());
        Map<Integer, Integer> histogram = new TreeMap<>();
        sizes.forEach(s -> histogram.merge(s, 1, Integer::sum));
        return new ComponentSizes(
                COMPONENTS,
                name,
                sizes.size(),
                sizes.isEmpty() ? 0 : sizes.get(0),
                sizes.subList(0, Math.min(20, sizes.size())),
                histogram);
    }

    // ---- brokers ------------------------------------------------------------------------------

    private Brokerage brokerage(ProcessNetwork network, Map<String, Broker> scores) {
        Graph<NetworkNode, Tie> g = network.stakeholderProjection();
        List<StakeholderNode> nodes = network.stakeholders();
        Map<NetworkNode, Integer> pos = new HashMap<>();
        for (int j = 0; j < nodes.size(); j++) {
            pos.put(nodes.get(j), j);
        }
        int[][] adj = new int[nodes.size()][];
        double[][] w = new double[nodes.size()][];
        for (int j = 0; j < nodes.size(); j++) {
            Set<Tie> ties = g.edgesOf(nodes.get(j));
            adj[j] = new int[ties.size()];
            w[j] = new double[ties.size()];
            int k = 0;
            for (Tie t : ties) {
                NetworkNode other = t.a().equals(nodes.get(j)) ? t.b() : t.a();
                adj[j][k] = java.util.Objects.requireNonNull(pos.get(other));
                w[j][k] = t.weight();
                k++;
            }
        }
        double[] constraint = BurtConstraint.of(adj, w);
        double[] betweenness = new double[nodes.size()];
        int sampledComponents = 0;
        int exactComponents = 0;
        for (Set<NetworkNode> c : new ConnectivityInspector<>(g).connectedSets()) {
            if (c.size() < 3) {
                continue;
            }
            if (c.size() <= exactUpTo) {
                exactComponents++;
                Map<NetworkNode, Double> b = new BetweennessCentrality<>(new AsSubgraph<>(g, c)).getScores();
                b.forEach((v, s) -> betweenness[java.util.Objects.requireNonNull(pos.get(v))] = s);
            } else {
                sampledComponents++;
                int[] members = c.stream()
                        .mapToInt(v -> java.util.Objects.requireNonNull(pos.get(v)))
                        .sorted()
                        .toArray();
                Map<Integer, Integer> local = new HashMap<>();
                for (int x = 0; x < members.length; x++) {
                    local.put(members[x], x);
                }
                int[][] sub = new int[members.length][];
                for (int x = 0; x < members.length; x++) {
                    int[] nb = adj[members[x]];
                    sub[x] = new int[nb.length];
                    for (int y = 0; y < nb.length; y++) {
                        sub[x][y] = java.util.Objects.requireNonNull(local.get(nb[y]));
                    }
                }
                double[] est = Brandes.sampled(sub, pivots, seed);
                for (int x = 0; x < members.length; x++) {
                    betweenness[members[x]] = est[x];
                }
            }
        }
        List<Broker> all = new ArrayList<>(nodes.size());
        for (int j = 0; j < nodes.size(); j++) {
            Broker b = new Broker(nodes.get(j), adj[j].length, betweenness[j], constraint[j]);
            all.add(b);
            scores.put(nodes.get(j).id(), b);
        }
        all.sort(Comparator.comparingDouble(Broker::betweenness)
                .reversed()
                .thenComparing(b -> Double.isNaN(b.constraint()) ? Double.MAX_VALUE : b.constraint())
                .thenComparing(b -> b.stakeholder().key()));
        String method = sampledComponents == 0
                ? "exact (Brandes 2001, JGraphT) on all " + exactComponents + " components of 3 or more stakeholders"
                : "exact (Brandes 2001, JGraphT) on " + exactComponents + " components of up to " + exactUpTo
                        + " stakeholders; sampled from " + pivots + " sources (Brandes & Pich 2007, seed " + seed
                        + ") on " + sampledComponents + " larger component(s)";
        return new Brokerage(BETWEENNESS, CONSTRAINT, method, all.subList(0, Math.min(topBrokers, all.size())));
    }

    // ---- E-I index ----------------------------------------------------------------------------

    static EiIndex eiIndex(Graph<NetworkNode, Tie> g) {
        long e = 0;
        long i = 0;
        Map<String, long[]> per = new TreeMap<>();
        for (Tie t : g.edgeSet()) {
            String a = ((StakeholderNode) t.a()).group().code();
            String b = ((StakeholderNode) t.b()).group().code();
            if (a.equals(b)) {
                i++;
                per.computeIfAbsent(a, x -> new long[2])[1]++;
            } else {
                e++;
                per.computeIfAbsent(a, x -> new long[2])[0]++;
                per.computeIfAbsent(b, x -> new long[2])[0]++;
            }
        }
        List<GroupEi> groups = new ArrayList<>();
        per.forEach((k, c) -> groups.add(GroupEi.of(k, c[0], c[1])));
        return new EiIndex(EI_INDEX, GroupEi.of("all", e, i), groups);
    }

    // ---- missing links ------------------------------------------------------------------------

    private static MissingLink missingLink(NetworkIndex ix, int[][] groupSets, int rank, LevelScan.Pair pair) {
        ProcessNode lower = ix.processes().get(pair.lower());
        ProcessNode upper = ix.processes().get(pair.upper());
        Level lo = Level.LOCAL;
        for (Level l : EnumSet.allOf(Level.class)) {
            if (l.ordinal() + 1 < Level.values().length
                    && lower.levels().contains(l)
                    && upper.levels().contains(Level.values()[l.ordinal() + 1])) {
                lo = l;
                break;
            }
        }
        Level hi = Level.values()[lo.ordinal() + 1];
        List<Sector> sectors = lower.sectors().stream()
                .filter(upper.sectors()::contains)
                .sorted(Comparator.comparing(Sector::code))
                .toList();
        List<Country> countries = lower.countries().stream()
                .filter(upper.countries()::contains)
                .sorted(Comparator.comparing(Country::code))
                .toList();
        List<Bridge> bridges = new ArrayList<>();
        addBridges(ix, groupSets, pair.lower(), pair.upper(), bridges);
        addBridges(ix, groupSets, pair.upper(), pair.lower(), bridges);
        List<String> evidence = new ArrayList<>();
        evidence.add("adjacent levels: " + lower.processId() + " works at " + lo.code() + ", " + upper.processId()
                + " at " + hi.code());
        evidence.add("same sector: "
                + String.join(", ", sectors.stream().map(Sector::code).toList()));
        if (!countries.isEmpty()) {
            evidence.add("same country: "
                    + String.join(", ", countries.stream().map(Country::code).toList()));
        } else {
            ProcessNode global = lower.countries().isEmpty() ? lower : upper;
            evidence.add("same place: " + global.processId()
                    + " records no country and works at regional or international level");
        }
        evidence.add("no declared link between them, in either direction");
        evidence.add("no stakeholder in common");
        for (Bridge b : bridges) {
            evidence.add("possible bridge: " + b.stakeholder().name() + " ("
                    + b.stakeholder().group().code()
                    + ") takes part in " + b.presentIn() + "; " + b.candidateFor() + " has "
                    + b.stakeholder().group().code() + " stakeholders");
        }
        return new MissingLink(rank, lower, upper, lo, hi, sectors, countries, bridges, evidence);
    }

    private static void addBridges(NetworkIndex ix, int[][] groupSets, int from, int to, List<Bridge> out) {
        ProcessId present = ix.processes().get(from).processId();
        ProcessId other = ix.processes().get(to).processId();
        for (int j : ix.processStakeholders()[from]) {
            if (Arrays.binarySearch(groupSets[to], ix.stakeholderGroups()[j]) >= 0) {
                out.add(new Bridge(ix.stakeholders().get(j), present, other));
            }
        }
    }

    @Override
    public String toString() {
        return "NetworkAnalysis[top " + topBrokers + " brokers, " + topMissingLinks + " missing links, exact up to "
                + exactUpTo + " nodes, else " + pivots + " sources]";
    }
}
