package org.msptoolkit.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.network.internal.Ints;
import org.msptoolkit.network.internal.Names;
import org.msptoolkit.network.internal.NetworkIndex;

/**
 * The network of a corpus of processes: the two-mode network of processes and stakeholders (participation,
 * convening, funding, with dates), its two one-mode projections (processes sharing stakeholders; stakeholders
 * meeting in processes, weighted by how often) and the declared links between processes of the corpus. The
 * graphs are unmodifiable JGraphT graphs.
 *
 * <p>Built from any {@code Iterable<MspProcess>} — a corpus file, a hub query, an importer — one process at a
 * time; the processes themselves are not kept, only what the network needs. Persons never become nodes:
 * participants are only counted on ties, and stakeholders of kind {@code individual} are left out and counted
 * in {@link #excludedIndividuals()}.
 *
 * <p>A projection whose number of ties would pass {@link Builder#maxProjectionTies(long)} is not built: it is
 * left empty and {@link #problems()} says so, so that one stakeholder present in every process cannot exhaust
 * memory.
 *
 * @since 0.2.0
 */
// Level.ordinal() is the order local < subnational < national < regional < international, on purpose
@SuppressWarnings("EnumOrdinal")
public final class ProcessNetwork {
    /** Problem code: a process id seen before in the same corpus; the later record is left out. */
    public static final String DUPLICATE_PROCESS = "duplicate-process";
    /** Problem code: a convener or funder that is not one of the process's stakeholders; left out. */
    public static final String UNRESOLVED_STAKEHOLDER = "unresolved-stakeholder";
    /** Problem code: one stakeholder key recorded with different groups; the first group is kept. */
    public static final String CONFLICTING_GROUP = "conflicting-group";
    /** Problem code: a projection would have more ties than the limit and was not built. */
    public static final String PROJECTION_TOO_LARGE = "projection-too-large";

    private final NetworkIndex index;
    private final StakeholderIdentity identity;
    private final Graph<NetworkNode, Tie> twoMode;
    private final Graph<NetworkNode, Tie> declaredLinks;
    private final Graph<NetworkNode, Tie> processProjection;
    private final Graph<NetworkNode, Tie> stakeholderProjection;
    private final List<MergeCandidate> mergeCandidates;
    private final List<Problem> problems;
    private final long excludedIndividuals;
    private final long externalLinks;

    private ProcessNetwork(Builder b) {
        this.identity = b.identity;
        List<Problem> found = new ArrayList<>(b.problems);
        int np = b.processes.size();
        int ns = b.stakeholderKeys.size();
        List<StakeholderNode> stakeholders = new ArrayList<>(ns);
        Ints.Buffer[] stakeProc = new Ints.Buffer[ns];
        for (int j = 0; j < ns; j++) {
            StakeAcc s = b.stakeAccs.get(j);
            stakeholders.add(
                    new StakeholderNode(s.key, s.name, s.group, s.kind, s.sectors, s.levels, s.countries, s.processes));
            stakeProc[j] = new Ints.Buffer();
        }
        int[][] procStake = new int[np][];
        for (int i = 0; i < np; i++) {
            procStake[i] = Ints.sortedUnique(
                    b.processTies.get(i).keySet().stream()
                            .mapToInt(Integer::intValue)
                            .toArray(),
                    b.processTies.get(i).size());
            for (int j : procStake[i]) {
                stakeProc[j].add(i);
            }
        }
        int[][] stakeProcArr = new int[ns][];
        for (int j = 0; j < ns; j++) {
            stakeProcArr[j] = stakeProc[j].sortedUnique();
        }
        // two-mode
        SimpleGraph<NetworkNode, Tie> two = new SimpleGraph<>(null, null, false);
        b.processes.forEach(two::addVertex);
        stakeholders.forEach(two::addVertex);
        for (int i = 0; i < np; i++) {
            ProcessNode p = b.processes.get(i);
            for (Map.Entry<Integer, TieAcc> e : b.processTies.get(i).entrySet()) {
                StakeholderNode s = stakeholders.get(e.getKey());
                TieAcc t = e.getValue();
                two.addEdge(p, s, new Tie(p, s, t.kinds, Set.of(), t.participants, t.period(p.period())));
            }
        }
        // declared links
        SimpleGraph<NetworkNode, Tie> links = new SimpleGraph<>(null, null, false);
        b.processes.forEach(links::addVertex);
        Map<Long, Set<LinkKind>> pairKinds = new LinkedHashMap<>();
        long external = 0;
        Ints.Buffer[] linkNbrs = new Ints.Buffer[np];
        for (int i = 0; i < np; i++) {
            linkNbrs[i] = new Ints.Buffer();
        }
        for (int i = 0; i < np; i++) {
            for (ProcessLink l : b.rawLinks.get(i)) {
                Integer q = b.processIds.get(l.target());
                if (q == null) {
                    external++;
                    continue;
                }
                if (q == i) {
                    continue;
                }
                long key = pair(i, q);
                pairKinds
                        .computeIfAbsent(key, k -> EnumSet.noneOf(LinkKind.class))
                        .add(l.kind());
                linkNbrs[i].add(q);
                linkNbrs[q].add(i);
            }
        }
        pairKinds.forEach((key, kinds) -> {
            ProcessNode a = b.processes.get((int) (key >>> 32));
            ProcessNode c = b.processes.get((int) (key & 0xFFFFFFFFL));
            links.addEdge(a, c, new Tie(a, c, Set.of(TieKind.DECLARED_LINK), kinds, 1, Optional.empty()));
        });
        int[][] linkArr = new int[np][];
        for (int i = 0; i < np; i++) {
            linkArr[i] = linkNbrs[i].sortedUnique();
        }
        // projections
        SimpleGraph<NetworkNode, Tie> pp = new SimpleGraph<>(null, null, false);
        b.processes.forEach(pp::addVertex);
        long ppBound = 0;
        for (int[] ps : stakeProcArr) {
            ppBound += (long) ps.length * (ps.length - 1) / 2;
        }
        if (ppBound > b.maxProjectionTies) {
            found.add(Problem.of(
                    "process projection",
                    PROJECTION_TOO_LARGE,
                    "processes sharing stakeholders would make up to " + ppBound + " ties, more than the limit of "
                            + b.maxProjectionTies + "; the process projection was not built"));
        } else {
            project(stakeProcArr, b.processes, pp, TieKind.SHARED_STAKEHOLDERS);
        }
        SimpleGraph<NetworkNode, Tie> sp = new SimpleGraph<>(null, null, false);
        stakeholders.forEach(sp::addVertex);
        long spBound = 0;
        for (int[] ss : procStake) {
            spBound += (long) ss.length * (ss.length - 1) / 2;
        }
        if (spBound > b.maxProjectionTies) {
            found.add(Problem.of(
                    "stakeholder projection",
                    PROJECTION_TOO_LARGE,
                    "stakeholders meeting in processes would make up to " + spBound
                            + " ties, more than the limit of " + b.maxProjectionTies
                            + "; the stakeholder projection was not built"));
        } else {
            project(procStake, stakeholders, sp, TieKind.CO_PRESENCE);
        }
        // indexes for the algorithms
        Map<String, Integer> sectorIdx = new HashMap<>();
        Map<String, Integer> countryIdx = new HashMap<>();
        Map<String, Integer> groupIdx = new LinkedHashMap<>();
        int[][] sectors = new int[np][];
        int[][] countries = new int[np][];
        int[] levelMasks = new int[np];
        for (int i = 0; i < np; i++) {
            ProcessNode p = b.processes.get(i);
            sectors[i] = p.sectors().stream()
                    .mapToInt(s -> sectorIdx.computeIfAbsent(s.code(), k -> sectorIdx.size()))
                    .sorted()
                    .toArray();
            countries[i] = p.countries().stream()
                    .mapToInt(c -> countryIdx.computeIfAbsent(c.code(), k -> countryIdx.size()))
                    .sorted()
                    .toArray();
            int mask = 0;
            for (Level l : p.levels()) {
                mask |= 1 << l.ordinal();
            }
            levelMasks[i] = mask;
        }
        int[] groups = new int[ns];
        for (int j = 0; j < ns; j++) {
            groups[j] = groupIdx.computeIfAbsent(stakeholders.get(j).group().code(), k -> groupIdx.size());
        }
        this.index = new NetworkIndex(
                List.copyOf(b.processes),
                List.copyOf(stakeholders),
                procStake,
                stakeProcArr,
                linkArr,
                sectors,
                countries,
                levelMasks,
                groups,
                List.copyOf(groupIdx.keySet()),
                codes(sectorIdx),
                codes(countryIdx));
        this.twoMode = new AsUnmodifiableGraph<>(two);
        this.declaredLinks = new AsUnmodifiableGraph<>(links);
        this.processProjection = new AsUnmodifiableGraph<>(pp);
        this.stakeholderProjection = new AsUnmodifiableGraph<>(sp);
        this.mergeCandidates = mergeCandidates(stakeholders);
        this.problems = List.copyOf(found);
        this.excludedIndividuals = b.excludedIndividuals;
        this.externalLinks = external;
    }

    private static List<String> codes(Map<String, Integer> idx) {
        String[] out = new String[idx.size()];
        idx.forEach((k, v) -> out[v] = k);
        return List.of(out);
    }

    private static long pair(int x, int y) {
        return x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
    }

    /** Adds the projection of a two-mode relation: members of each list are tied, weighted by lists shared. */
    private static <N extends NetworkNode> void project(
            int[][] lists, List<N> nodes, SimpleGraph<NetworkNode, Tie> g, TieKind kind) {
        Map<Long, int[]> weights = new HashMap<>();
        for (int[] members : lists) {
            for (int x = 0; x < members.length; x++) {
                for (int y = x + 1; y < members.length; y++) {
                    weights.computeIfAbsent(pair(members[x], members[y]), k -> new int[1])[0]++;
                }
            }
        }
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            N a = nodes.get((int) (e.getKey() >>> 32));
            N c = nodes.get((int) (e.getKey() & 0xFFFFFFFFL));
            g.addEdge(a, c, new Tie(a, c, Set.of(kind), Set.of(), e.getValue()[0], Optional.empty()));
        });
    }

    private static List<MergeCandidate> mergeCandidates(List<StakeholderNode> stakeholders) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        Map<String, StakeholderGroup> groups = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (StakeholderNode s : stakeholders) {
            String norm = Names.normalise(s.name());
            if (norm.isEmpty()) {
                continue;
            }
            String key = s.group().code() + "\u0000" + norm;
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(s.key());
            groups.putIfAbsent(key, s.group());
            names.putIfAbsent(key, norm);
        }
        List<MergeCandidate> out = new ArrayList<>();
        byName.forEach((key, keys) -> {
            if (keys.size() > 1) {
                out.add(new MergeCandidate(
                        java.util.Objects.requireNonNull(names.get(key)),
                        java.util.Objects.requireNonNull(groups.get(key)),
                        keys));
            }
        });
        return List.copyOf(out);
    }

    /**
     * Returns a network of these processes with the default rules ({@link StakeholderIdentity#NAMESPACED_IDS}).
     *
     * @param processes the processes, read once
     * @return the network
     */
    public static ProcessNetwork of(Iterable<MspProcess> processes) {
        Builder b = builder();
        processes.forEach(b::add);
        return b.build();
    }

    /**
     * Returns a builder with the default rules: {@link StakeholderIdentity#NAMESPACED_IDS}, at most 5,000,000
     * ties per projection.
     *
     * @return a builder with the default rules
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the process nodes, in corpus order.
     *
     * @return the process nodes, in corpus order
     */
    public List<ProcessNode> processes() {
        return index.processes();
    }

    /**
     * Returns the stakeholder nodes, in order of first appearance.
     *
     * @return the stakeholder nodes, in order of first appearance
     */
    public List<StakeholderNode> stakeholders() {
        return index.stakeholders();
    }

    /**
     * Returns the two-mode network: processes and stakeholders, tied by participation, convening and funding.
     *
     * @return the two-mode network (unmodifiable)
     */
    public Graph<NetworkNode, Tie> twoMode() {
        return twoMode;
    }

    /**
     * Returns the declared links between processes of the corpus (links to processes outside it are counted in
     * {@link #externalLinks()}).
     *
     * @return the declared links (unmodifiable; every process is a vertex)
     */
    public Graph<NetworkNode, Tie> declaredLinks() {
        return declaredLinks;
    }

    /**
     * Returns the process projection: processes tied when they share stakeholders, weighted by how many.
     *
     * @return the process projection (unmodifiable; every process is a vertex)
     */
    public Graph<NetworkNode, Tie> processProjection() {
        return processProjection;
    }

    /**
     * Returns the stakeholder projection: stakeholders tied when they meet in processes, weighted by how many.
     *
     * @return the stakeholder projection (unmodifiable; every stakeholder is a vertex)
     */
    public Graph<NetworkNode, Tie> stakeholderProjection() {
        return stakeholderProjection;
    }

    /**
     * Returns the rule that matched stakeholders across processes.
     *
     * @return the rule that matched stakeholders across processes
     */
    public StakeholderIdentity identity() {
        return identity;
    }

    /**
     * Returns stakeholder nodes that may be one organisation (same group, same normalised name); never merged.
     *
     * @return stakeholder nodes that may be one organisation
     */
    public List<MergeCandidate> mergeCandidates() {
        return mergeCandidates;
    }

    /**
     * Returns what was left out while building, each located (process id, field).
     *
     * @return what was left out while building
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns how many stakeholders of kind {@code individual} (persons) were left out.
     *
     * @return how many stakeholders of kind {@code individual} (persons) were left out
     */
    public long excludedIndividuals() {
        return excludedIndividuals;
    }

    /**
     * Returns how many declared links point to processes outside the corpus.
     *
     * @return how many declared links point to processes outside the corpus
     */
    public long externalLinks() {
        return externalLinks;
    }

    /** The integer view the algorithms work on. */
    NetworkIndex index() {
        return index;
    }

    @Override
    public String toString() {
        return "ProcessNetwork[" + processes().size() + " processes, "
                + stakeholders().size() + " stakeholders, "
                + twoMode.edgeSet().size() + " two-mode ties, "
                + declaredLinks.edgeSet().size()
                + " declared links, " + processProjection.edgeSet().size() + " process ties, "
                + stakeholderProjection.edgeSet().size() + " stakeholder ties]";
    }

    private static final class StakeAcc {
        final String key;
        final String name;
        final StakeholderGroup group;
        final StakeholderKind kind;
        final Set<Sector> sectors = new LinkedHashSet<>();
        final Set<Level> levels = EnumSet.noneOf(Level.class);
        final Set<Country> countries = new LinkedHashSet<>();
        int processes;

        StakeAcc(String key, Stakeholder s) {
            this.key = key;
            this.name = s.name();
            this.group = s.group();
            this.kind = s.kind();
        }
    }

    private static final class TieAcc {
        final Set<TieKind> kinds = EnumSet.noneOf(TieKind.class);
        int participants;

        @Nullable
        LocalDate start;

        @Nullable
        LocalDate end;

        boolean open;

        Optional<Period> period(Optional<Period> fallback) {
            LocalDate s = start;
            if (s == null) {
                return fallback;
            }
            LocalDate e = end;
            return Optional.of(open || e == null ? Period.from(s) : Period.of(s, e));
        }
    }

    /**
     * Collects processes into a network. Not thread-safe; {@link #build()} once.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private StakeholderIdentity identity = StakeholderIdentity.NAMESPACED_IDS;
        private long maxProjectionTies = 5_000_000L;
        private final Map<ProcessId, Integer> processIds = new HashMap<>();
        private final List<ProcessNode> processes = new ArrayList<>();
        private final List<Map<Integer, TieAcc>> processTies = new ArrayList<>();
        private final List<List<ProcessLink>> rawLinks = new ArrayList<>();
        private final Map<String, Integer> stakeholderKeys = new HashMap<>();
        private final List<StakeAcc> stakeAccs = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private long excludedIndividuals;

        private Builder() {}

        /**
         * Sets when stakeholders of different processes are the same node.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder identity(StakeholderIdentity value) {
            identity = java.util.Objects.requireNonNull(value, "identity");
            return this;
        }

        /**
         * Sets the most ties a projection may have; a larger one is not built (and reported).
         *
         * @param value at least 0
         * @return this builder
         */
        public Builder maxProjectionTies(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxProjectionTies must be at least 0, got " + value);
            }
            maxProjectionTies = value;
            return this;
        }

        /**
         * Adds a process: its node, its stakeholders and ties, its links. A process id seen before is reported
         * and left out.
         *
         * @param p the process
         * @return this builder
         */
        public Builder add(MspProcess p) {
            String pid = p.id().value();
            if (processIds.containsKey(p.id())) {
                problems.add(Problem.of(
                        "process " + pid, DUPLICATE_PROCESS, "the process id appears again; this record is left out"));
                return this;
            }
            int i = processes.size();
            processIds.put(p.id(), i);
            processes.add(new ProcessNode(
                    p.id(),
                    p.title(),
                    p.scope().sectors(),
                    p.scope().levels(),
                    p.scope().countries(),
                    p.period()));
            Map<Integer, TieAcc> ties = new LinkedHashMap<>();
            Map<StakeholderId, Integer> local = new HashMap<>();
            List<Stakeholder> list = p.stakeholders();
            for (int k = 0; k < list.size(); k++) {
                Stakeholder s = list.get(k);
                if (s.kind() == StakeholderKind.INDIVIDUAL) {
                    excludedIndividuals++;
                    local.put(s.id(), -1);
                    continue;
                }
                if (local.containsKey(s.id())) {
                    continue;
                }
                String key = identity.key(pid, s.id().value());
                Integer j = stakeholderKeys.get(key);
                if (j == null) {
                    j = stakeAccs.size();
                    stakeholderKeys.put(key, j);
                    stakeAccs.add(new StakeAcc(key, s));
                }
                StakeAcc acc = stakeAccs.get(j);
                if (!acc.group.equals(s.group())) {
                    problems.add(Problem.of(
                            "process " + pid + ", stakeholders[" + k + "].group",
                            CONFLICTING_GROUP,
                            "stakeholder " + key + " is recorded as "
                                    + s.group().code() + " here but as " + acc.group.code()
                                    + " before; the first group is kept"));
                }
                acc.sectors.addAll(s.sectors());
                acc.levels.addAll(s.levels());
                acc.countries.addAll(s.countries());
                if (!ties.containsKey(j)) {
                    acc.processes++;
                    ties.put(j, new TieAcc());
                }
                java.util.Objects.requireNonNull(ties.get(j)).kinds.add(TieKind.PARTICIPATION);
                local.put(s.id(), j);
            }
            List<StakeholderId> conveners = p.conveners();
            for (int k = 0; k < conveners.size(); k++) {
                mark(pid, "conveners[" + k + "]", local, ties, conveners.get(k), TieKind.CONVENING);
            }
            List<Funding> funding = p.funding();
            for (int k = 0; k < funding.size(); k++) {
                mark(pid, "funding[" + k + "].from", local, ties, funding.get(k).from(), TieKind.FUNDING);
            }
            for (Participant person : p.participants()) {
                Integer j = local.get(person.stakeholder());
                if (j == null || j < 0) {
                    continue;
                }
                TieAcc t = java.util.Objects.requireNonNull(ties.get(j));
                t.participants++;
                if (person.period().isPresent()) {
                    Period per = person.period().get();
                    if (t.start == null || per.start().isBefore(t.start)) {
                        t.start = per.start();
                    }
                    if (per.end().isEmpty()) {
                        t.open = true;
                    } else if (t.end == null || per.end().get().isAfter(t.end)) {
                        t.end = per.end().get();
                    }
                }
            }
            processTies.add(ties);
            rawLinks.add(List.copyOf(p.links()));
            return this;
        }

        private void mark(
                String pid,
                String where,
                Map<StakeholderId, Integer> local,
                Map<Integer, TieAcc> ties,
                StakeholderId id,
                TieKind kind) {
            Integer j = local.get(id);
            if (j == null) {
                problems.add(Problem.of(
                        "process " + pid + ", " + where,
                        UNRESOLVED_STAKEHOLDER,
                        "stakeholder " + id + " is not one of the process's stakeholders; this tie is left out"));
            } else if (j >= 0) {
                java.util.Objects.requireNonNull(ties.get(j)).kinds.add(kind);
            }
        }

        /**
         * Returns the network of the processes added.
         *
         * @return the network of the processes added
         */
        public ProcessNetwork build() {
            return new ProcessNetwork(this);
        }
    }

    /**
     * Returns the stakeholders of a process node, as nodes.
     *
     * @param process a process of this network
     * @return its stakeholders, in key order
     */
    public List<StakeholderNode> stakeholdersOf(ProcessNode process) {
        if (!twoMode.containsVertex(process)) {
            return List.of();
        }
        List<StakeholderNode> out = new ArrayList<>();
        for (Tie t : twoMode.edgesOf(process)) {
            out.add((StakeholderNode) t.b());
        }
        out.sort(java.util.Comparator.comparing(StakeholderNode::key));
        return Collections.unmodifiableList(out);
    }
}
