package org.msptoolkit.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.network.internal.LevelScan;

/** The ranking rule on the hand-made water corpus (see Corpora.water and docs/network.md). */
class MissingLinksTest {
    private static NetworkReport report() {
        return NetworkAnalysis.defaults().analyse(ProcessNetwork.of(Corpora.water()));
    }

    private static String pair(MissingLink m) {
        return m.lower().processId() + "-" + m.upper().processId();
    }

    @Test
    void everyUntiedAdjacentPairIsFoundAndRankedByTheRule() {
        NetworkReport r = report();
        // untied pairs one level apart in SDG6 and a shared place, worked out by hand:
        //   bridges 2: A-B (a1 ngos / b1 ngos), A-D (a2 women / d1 women), C-H (business both ways)
        //   bridges 0, 1 sector, 1 country: A-C, D-H, E-H, H-R
        //   bridges 0, 1 sector, no country (G is global): R-G
        // tied, so left out: A-E (declared link), B-H (shared ror:shared); F is in Uganda only
        assertThat(r.untiedPairs()).isEqualTo(8);
        assertThat(r.missingLinks().stream().map(MissingLinksTest::pair))
                .containsExactly("A-B", "A-D", "C-H", "A-C", "D-H", "E-H", "H-R", "R-G");
        assertThat(r.missingLinks().get(0).rank()).isEqualTo(1);
    }

    @Test
    void aSuggestionCarriesItsEvidenceAndBridges() {
        MissingLink ab = report().missingLinks().get(0);
        assertThat(ab.lowerLevel()).isEqualTo(Level.LOCAL);
        assertThat(ab.upperLevel()).isEqualTo(Level.SUBNATIONAL);
        assertThat(ab.sharedSectors()).containsExactly(Sector.sdg(6));
        assertThat(ab.sharedCountries()).extracting(c -> c.code()).containsExactly("KE");
        assertThat(ab.bridges())
                .extracting(b -> b.stakeholder().name() + " in " + b.presentIn())
                .containsExactly("Village water NGO in A", "County NGO network in B");
        assertThat(ab.evidence())
                .contains(
                        "adjacent levels: A works at local, B at subnational",
                        "same sector: SDG6",
                        "same country: KE",
                        "no declared link between them, in either direction",
                        "no stakeholder in common");
        MissingLink rg = report().missingLinks().get(7);
        assertThat(rg.lowerLevel()).isEqualTo(Level.REGIONAL);
        assertThat(rg.evidence()).anyMatch(e -> e.startsWith("same place: G records no country"));
    }

    @Test
    void reachAboveAndBelowByHand() {
        NetworkReport r = report();
        ProcessNetwork n = ProcessNetwork.of(Corpora.water());
        LevelReach a = r.reachOf(n.processes().get(0)).orElseThrow();
        // above A (local, KE): B, C, D, E (F is in Uganda); tied to E only
        assertThat(a.above()).isEqualTo(4);
        assertThat(a.connectedAbove()).isEqualTo(1);
        assertThat(a.shareAbove()).isEqualTo(0.25);
        assertThat(a.below()).isZero();
        assertThat(a.shareBelow()).isNaN();
        LevelReach h = r.reachOf(n.processes().get(7)).orElseThrow();
        // below H (national, KE): B, C, D, E; tied to B (shared stakeholder); above: R
        assertThat(h.below()).isEqualTo(4);
        assertThat(h.connectedBelow()).isEqualTo(1);
        assertThat(h.above()).isEqualTo(1);
        LevelReach g = r.reachOf(n.processes().get(6)).orElseThrow();
        assertThat(g.below()).isEqualTo(1); // R, whatever its countries: G is global
    }

    @Test
    void topKKeepsTheBestAndCountsAll() {
        NetworkReport r = NetworkAnalysis.defaults().topMissingLinks(2).analyse(ProcessNetwork.of(Corpora.water()));
        assertThat(r.untiedPairs()).isEqualTo(8);
        assertThat(r.missingLinks().stream().map(MissingLinksTest::pair)).containsExactly("A-B", "A-D");
    }

    @Test
    void aPairWhereEachIsAboveTheOtherIsCountedOnce() {
        // X works at local and national, Y at subnational: Y is above X (local→subnational) and X above Y
        List<MspProcess> ps = List.of(
                MspProcess.builder("X", "X")
                        .levels(Level.LOCAL, Level.NATIONAL)
                        .countries("KE")
                        .sectors(Sector.sdg(6))
                        .build(),
                MspProcess.builder("Y", "Y")
                        .levels(Level.SUBNATIONAL)
                        .countries("KE")
                        .sectors(Sector.sdg(6))
                        .build());
        NetworkReport r = NetworkAnalysis.defaults().analyse(ProcessNetwork.of(ps));
        assertThat(r.untiedPairs()).isEqualTo(1);
        assertThat(r.missingLinks()).hasSize(1);
    }

    @Test
    void processesWithoutSectorOrLevelHaveNoCandidates() {
        List<MspProcess> ps = List.of(
                MspProcess.builder("X", "X").levels(Level.LOCAL).countries("KE").build(),
                MspProcess.builder("Y", "Y")
                        .levels(Level.SUBNATIONAL)
                        .countries("KE")
                        .build(),
                MspProcess.builder("Z", "Z")
                        .countries("KE")
                        .sectors(Sector.sdg(6))
                        .build());
        NetworkReport r = NetworkAnalysis.defaults().analyse(ProcessNetwork.of(ps));
        assertThat(r.untiedPairs()).isZero();
    }

    @Test
    void mergeCandidatesAreReportedNeverMerged() {
        List<MspProcess> ps = List.of(
                MspProcess.builder("p1", "P1")
                        .stakeholder(Corpora.org("s1", "The Forest-Stewardship Council", StakeholderGroup.NGOS))
                        .build(),
                MspProcess.builder("p2", "P2")
                        .stakeholder(Corpora.org("s1", "forest stewardship  council", StakeholderGroup.NGOS))
                        .build(),
                MspProcess.builder("p3", "P3")
                        .stakeholder(
                                Corpora.org("s9", "Forest Stewardship Council", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                        .build());
        ProcessNetwork n = ProcessNetwork.of(ps);
        assertThat(n.stakeholders()).hasSize(3);
        assertThat(n.mergeCandidates()).hasSize(1);
        MergeCandidate m = n.mergeCandidates().get(0);
        assertThat(m.normalisedName()).isEqualTo("forest stewardship council");
        assertThat(m.keys()).containsExactly("p1/s1", "p2/s1");
        assertThat(n.stakeholderProjection().edgeSet()).isEmpty();
    }

    @Test
    void identityRules() {
        assertThat(StakeholderIdentity.NAMESPACED_IDS.key("p1", "ror:02mhbdp94"))
                .isEqualTo("ror:02mhbdp94");
        assertThat(StakeholderIdentity.NAMESPACED_IDS.key("p1", "s1")).isEqualTo("p1/s1");
        assertThat(StakeholderIdentity.ALL_IDS.key("p1", "s1")).isEqualTo("s1");
        assertThat(StakeholderIdentity.PER_PROCESS.key("p1", "ror:x")).isEqualTo("p1/ror:x");
    }

    @Test
    void aLargeBucketOfAlikeProcessesScoresAboutTopKPairsNotAll() {
        // 400 local and 400 subnational water processes in Kenya, each with its own NGO stakeholder:
        // every one of the 400 x 400 pairs is untied, with 2 bridges, 1 sector, 1 country, so the rule falls
        // through to corpus order: L0 with U0..U24. Once the 25 are kept no other pair can beat them (its
        // upper bound is 2, 1, 1 and a later corpus position), so about 25 pairs are scored, not 160,000.
        List<MspProcess> ps = new ArrayList<>();
        for (String kind : List.of("L", "U")) {
            for (int x = 0; x < 400; x++) {
                ps.add(MspProcess.builder(kind + x, kind + x)
                        .levels(kind.equals("L") ? Level.LOCAL : Level.SUBNATIONAL)
                        .countries("KE")
                        .sectors(Sector.sdg(6))
                        .stakeholder(Corpora.org("ngo-" + kind + x, "NGO " + kind + x, StakeholderGroup.NGOS))
                        .build());
            }
        }
        ProcessNetwork network = ProcessNetwork.of(ps);
        LevelScan.Result scan = LevelScan.scan(network.index(), 25);
        assertThat(scan.untiedPairs()).isEqualTo(400L * 400L);
        assertThat(scan.scoredPairs()).isLessThanOrEqualTo(2L * 25);
        assertThat(scan.best()).hasSize(25);
        assertThat(scan.best()).allSatisfy(p -> assertThat(p.lower()).isZero());
        assertThat(scan.best().stream().map(LevelScan.Pair::upper))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(400, 425).boxed().toList());
        NetworkReport r = NetworkAnalysis.defaults().analyse(network);
        assertThat(r.missingLinks().stream().map(MissingLinksTest::pair).limit(2))
                .containsExactly("L0-U0", "L0-U1");
    }
}
