package org.msptoolkit.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.network.internal.Brandes;

class MeasuresTest {
    private static NetworkReport analyse(List<MspProcess> processes) {
        return NetworkAnalysis.defaults().topBrokers(100).analyse(ProcessNetwork.of(processes));
    }

    private static Map<String, Broker> byName(NetworkReport r) {
        Map<String, Broker> out = new HashMap<>();
        r.stakeholderScores().values().forEach(b -> out.put(b.stakeholder().name(), b));
        return out;
    }

    // ---- betweenness on Zachary's karate club -------------------------------------------------

    /**
     * Betweenness by brute force, independent of Brandes's accumulation: all-pairs BFS distances and path counts,
     * then for every unordered pair {s, t} and every other v with d(s,v) + d(v,t) = d(s,t), add σ_sv·σ_vt / σ_st.
     */
    private static double[] bruteForce(int n, int[][] edges) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            adj.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            adj.get(e[0] - 1).add(e[1] - 1);
            adj.get(e[1] - 1).add(e[0] - 1);
        }
        int[][] d = new int[n][n];
        long[][] sigma = new long[n][n];
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(d[s], -1);
            d[s][s] = 0;
            sigma[s][s] = 1;
            ArrayDeque<Integer> q = new ArrayDeque<>(List.of(s));
            while (!q.isEmpty()) {
                int v = q.poll();
                for (int w : adj.get(v)) {
                    if (d[s][w] < 0) {
                        d[s][w] = d[s][v] + 1;
                        q.add(w);
                    }
                    if (d[s][w] == d[s][v] + 1) {
                        sigma[s][w] += sigma[s][v];
                    }
                }
            }
        }
        double[] b = new double[n];
        for (int s = 0; s < n; s++) {
            for (int t = s + 1; t < n; t++) {
                if (d[s][t] < 0) {
                    continue;
                }
                for (int v = 0; v < n; v++) {
                    if (v != s && v != t && d[s][v] >= 0 && d[v][t] >= 0 && d[s][v] + d[v][t] == d[s][t]) {
                        b[v] += (double) sigma[s][v] * sigma[v][t] / sigma[s][t];
                    }
                }
            }
        }
        return b;
    }

    @Test
    void karateBetweennessMatchesBruteForceAndPublishedValues() {
        double[] expected = bruteForce(34, Corpora.KARATE);
        // Published (e.g. NetworkX's karate_club_graph, normalised 0.43763528 and 0.30407497 times 33·32/2):
        // member 1 ≈ 231.0714, member 34 ≈ 160.5516.
        assertThat(expected[0]).isCloseTo(231.0714, within(1e-3));
        assertThat(expected[33]).isCloseTo(160.5516, within(1e-3));
        Map<String, Broker> got = byName(analyse(Corpora.tiesAsProcesses(Corpora.KARATE)));
        assertThat(got).hasSize(34);
        for (int v = 0; v < 34; v++) {
            assertThat(got.get("Member " + (v + 1)).betweenness())
                    .as("member %d", v + 1)
                    .isCloseTo(expected[v], within(1e-9));
        }
        assertThat(got.get("Member 1").degree()).isEqualTo(16);
    }

    @Test
    void topBrokerOfKarateIsTheInstructor() {
        NetworkReport r = analyse(Corpora.tiesAsProcesses(Corpora.KARATE));
        assertThat(r.brokerage().brokers().get(0).stakeholder().name()).isEqualTo("Member 1");
        assertThat(r.brokerage().brokers().get(1).stakeholder().name()).isEqualTo("Member 34");
        assertThat(r.brokerage().method()).startsWith("exact");
    }

    @Test
    void sampledBetweennessWithEverySourceIsExact() {
        double[] expected = bruteForce(34, Corpora.KARATE);
        NetworkReport r = NetworkAnalysis.defaults()
                .betweenness(10, 34, 7)
                .analyse(ProcessNetwork.of(Corpora.tiesAsProcesses(Corpora.KARATE)));
        assertThat(r.brokerage().method()).contains("sampled from 34 sources");
        Map<String, Broker> got = byName(r);
        for (int v = 0; v < 34; v++) {
            assertThat(got.get("Member " + (v + 1)).betweenness()).isCloseTo(expected[v], within(1e-9));
        }
    }

    @Test
    void brandesExactMatchesBruteForceOnKarate() {
        int[][] adj = new int[34][];
        List<List<Integer>> lists = new ArrayList<>();
        for (int v = 0; v < 34; v++) {
            lists.add(new ArrayList<>());
        }
        for (int[] e : Corpora.KARATE) {
            lists.get(e[0] - 1).add(e[1] - 1);
            lists.get(e[1] - 1).add(e[0] - 1);
        }
        for (int v = 0; v < 34; v++) {
            adj[v] = lists.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        double[] expected = bruteForce(34, Corpora.KARATE);
        double[] got = Brandes.exact(adj);
        for (int v = 0; v < 34; v++) {
            assertThat(got[v]).isCloseTo(expected[v], within(1e-9));
        }
    }

    @Test
    void betweennessOfAPathByHand() {
        // a - b - c - d: b lies on a–c and a–d (1 + 1), c on a–d and b–d
        NetworkReport r = analyse(Corpora.tiesAsProcesses(new int[][] {{1, 2}, {2, 3}, {3, 4}}));
        Map<String, Broker> got = byName(r);
        assertThat(got.get("Member 1").betweenness()).isZero();
        assertThat(got.get("Member 2").betweenness()).isEqualTo(2.0);
        assertThat(got.get("Member 3").betweenness()).isEqualTo(2.0);
    }

    // ---- Burt's constraint by hand ------------------------------------------------------------

    @Test
    void constraintOfATriangleStarAndPathByHand() {
        // triangle: each p = 1/2, indirect 1/2 · 1/2 = 1/4, c = 2 · (3/4)² = 9/8
        Map<String, Broker> tri = byName(analyse(Corpora.tiesAsProcesses(new int[][] {{1, 2}, {2, 3}, {1, 3}})));
        assertThat(tri.get("Member 1").constraint()).isCloseTo(1.125, within(1e-12));
        // star with centre 1 and three leaves: centre 3 · (1/3)² = 1/3; a leaf (1)² = 1
        Map<String, Broker> star = byName(analyse(Corpora.tiesAsProcesses(new int[][] {{1, 2}, {1, 3}, {1, 4}})));
        assertThat(star.get("Member 1").constraint()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(star.get("Member 2").constraint()).isCloseTo(1.0, within(1e-12));
        // path 1-2-3: the middle 2 · (1/2)² = 1/2
        Map<String, Broker> path = byName(analyse(Corpora.tiesAsProcesses(new int[][] {{1, 2}, {2, 3}})));
        assertThat(path.get("Member 2").constraint()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void weightedConstraintByHand() {
        // i meets j in two processes, k in one, and j meets k once: w_ij = 2, w_ik = 1, w_jk = 1.
        // p_ij = 2/3, p_ik = 1/3, p_jk = 1/3, p_kj = 1/2
        // c_i = (2/3 + 1/3 · 1/2)² + (1/3 + 2/3 · 1/3)² = (5/6)² + (5/9)² = 325/324
        Stakeholder i = Corpora.member(1);
        Stakeholder j = Corpora.member(2);
        Stakeholder k = Corpora.member(3);
        List<MspProcess> ps = List.of(
                MspProcess.builder("p1", "P1").stakeholder(i, j).build(),
                MspProcess.builder("p2", "P2").stakeholder(i, j).build(),
                MspProcess.builder("p3", "P3").stakeholder(i, k).build(),
                MspProcess.builder("p4", "P4").stakeholder(j, k).build());
        Map<String, Broker> got = byName(analyse(ps));
        assertThat(got.get("Member 1").constraint()).isCloseTo(325.0 / 324, within(1e-12));
    }

    @Test
    void constraintOfAnIsolateIsUndefined() {
        List<MspProcess> ps = List.of(
                MspProcess.builder("p1", "P1").stakeholder(Corpora.member(1)).build());
        assertThat(byName(analyse(ps)).get("Member 1").constraint()).isNaN();
    }

    // ---- E-I index ----------------------------------------------------------------------------

    @Test
    void eiIndexByHand() {
        // a, b (NGOs) and c (women) meet in one process: ties ab (internal), ac, bc (external)
        // overall (2 − 1) / 3 = 1/3; NGOs: E = 2, I = 1 → 1/3; women: E = 2, I = 0 → 1
        List<MspProcess> ps = List.of(MspProcess.builder("p1", "P1")
                .stakeholder(
                        Corpora.org("x:a", "A", StakeholderGroup.NGOS),
                        Corpora.org("x:b", "B", StakeholderGroup.NGOS),
                        Corpora.org("x:c", "C", StakeholderGroup.WOMEN))
                .build());
        EiIndex ei = analyse(ps).eiIndex();
        assertThat(ei.overall().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ei.groups()).containsExactly(GroupEi.of("ngos", 2, 1), GroupEi.of("women", 2, 0));
        assertThat(ei.groups().get(1).value()).isEqualTo(1.0);
        assertThat(ei.measure().source()).contains("Krackhardt & Stern 1988");
    }

    // ---- cross-sector and cross-level ---------------------------------------------------------

    @Test
    void crossSectorAndCrossLevelSharesOfDeclaredLinksByHand() {
        // P1 (SDG6, local) – P2 (SDG6 + SDG13, national): same sector, other level
        // P1 – P3 (SDG5, local): other sector, same level
        // P3 – P4 (no sector, no level): not judged
        List<MspProcess> ps = List.of(
                MspProcess.builder("P1", "P1")
                        .sectors(Sector.sdg(6))
                        .levels(Level.LOCAL)
                        .link(
                                ProcessLink.of("P2", LinkKind.INFORMS, Level.NATIONAL),
                                ProcessLink.of("P3", LinkKind.RELATED, Level.LOCAL))
                        .build(),
                MspProcess.builder("P2", "P2")
                        .sectors(Sector.sdg(6), Sector.sdg(13))
                        .levels(Level.NATIONAL)
                        .link(ProcessLink.of("P1", LinkKind.INFORMED_BY, Level.LOCAL))
                        .build(),
                MspProcess.builder("P3", "P3")
                        .sectors(Sector.sdg(5))
                        .levels(Level.LOCAL)
                        .link(ProcessLink.of("P4", LinkKind.RELATED, Level.LOCAL))
                        .build(),
                MspProcess.builder("P4", "P4").build());
        NetworkReport r = analyse(ps);
        TieMix sector = r.crossSector().get(0);
        assertThat(sector.ties()).isEqualTo("declared-links");
        assertThat(sector.total()).isEqualTo(3);
        assertThat(sector.overall()).isEqualTo(Share.of("all", 2, 1));
        assertThat(sector.overall().share()).isEqualTo(0.5);
        assertThat(sector.breakdown())
                .containsExactly(Share.of("SDG13", 1, 0), Share.of("SDG5", 1, 1), Share.of("SDG6", 2, 1));
        TieMix level = r.crossLevel().get(0);
        // judged: P1–P2 (crossing), P1–P3 (same level); P3–P4 not judged
        assertThat(level.overall()).isEqualTo(Share.of("all", 2, 1));
        assertThat(level.breakdown()).containsExactly(Share.of("local|local", 1, 0), Share.of("local|national", 1, 1));
    }

    // ---- components ---------------------------------------------------------------------------

    @Test
    void componentsOfTheNetworkJoinTwoModeTiesAndDeclaredLinks() {
        // p1 and p2 share stakeholder x:s; p3 links to p2; p4 stands alone with its own stakeholder; p5 alone
        List<MspProcess> ps = List.of(
                MspProcess.builder("p1", "P1")
                        .stakeholder(Corpora.org("x:s", "S", StakeholderGroup.NGOS))
                        .build(),
                MspProcess.builder("p2", "P2")
                        .stakeholder(Corpora.org("x:s", "S", StakeholderGroup.NGOS))
                        .build(),
                MspProcess.builder("p3", "P3")
                        .link(ProcessLink.of("p2", LinkKind.PARENT, Level.NATIONAL))
                        .build(),
                MspProcess.builder("p4", "P4")
                        .stakeholder(Corpora.org("t", "T", StakeholderGroup.FARMERS))
                        .build(),
                MspProcess.builder("p5", "P5").build());
        NetworkReport r = analyse(ps);
        ComponentSizes net = r.components().get(0);
        // {p1, p2, x:s, p3}, {p4, p4/t}, {p5}
        assertThat(net.components()).isEqualTo(3);
        assertThat(net.sizes()).containsExactly(4, 2, 1);
        assertThat(net.histogram()).containsEntry(4, 1).containsEntry(2, 1).containsEntry(1, 1);
    }
}
