package org.msptoolkit.network;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** Hand-made corpora for the network tests. */
final class Corpora {
    private Corpora() {}

    /** Zachary's (1977) karate club, 34 members and 78 ties, members numbered 1–34 as in the paper. */
    static final int[][] KARATE = {
        {1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 11}, {1, 12}, {1, 13}, {1, 14}, {1, 18},
        {1, 20}, {1, 22}, {1, 32}, {2, 3}, {2, 4}, {2, 8}, {2, 14}, {2, 18}, {2, 20}, {2, 22}, {2, 31}, {3, 4}, {3, 8},
        {3, 9}, {3, 10}, {3, 14}, {3, 28}, {3, 29}, {3, 33}, {4, 8}, {4, 13}, {4, 14}, {5, 7}, {5, 11}, {6, 7}, {6, 11},
        {6, 17}, {7, 17}, {9, 31}, {9, 33}, {9, 34}, {10, 34}, {14, 34}, {15, 33}, {15, 34}, {16, 33}, {16, 34},
        {19, 33}, {19, 34}, {20, 34}, {21, 33}, {21, 34}, {23, 33}, {23, 34}, {24, 26}, {24, 28}, {24, 30}, {24, 33},
        {24, 34}, {25, 26}, {25, 28}, {25, 32}, {26, 32}, {27, 30}, {27, 34}, {28, 34}, {29, 32}, {29, 34}, {30, 33},
        {30, 34}, {31, 33}, {31, 34}, {32, 33}, {32, 34}, {33, 34}
    };

    /**
     * One process per tie of an undirected graph, each with the two stakeholders {@code club:<n>} (global ids),
     * so that the stakeholder projection is the graph itself.
     */
    static List<MspProcess> tiesAsProcesses(int[][] edges) {
        List<MspProcess> out = new ArrayList<>();
        for (int k = 0; k < edges.length; k++) {
            out.add(MspProcess.builder("meeting-" + k, "Meeting " + k)
                    .stakeholder(member(edges[k][0]), member(edges[k][1]))
                    .build());
        }
        return out;
    }

    static Stakeholder member(int n) {
        return Stakeholder.of("club:" + n, "Member " + n, StakeholderGroup.NGOS);
    }

    static Stakeholder org(String id, String name, StakeholderGroup group) {
        return Stakeholder.of(id, name, group);
    }

    /**
     * The missing-link corpus of {@code docs/network.md}: water (SDG6) processes in Kenya at local,
     * subnational, national, regional and international level.
     */
    static List<MspProcess> water() {
        Sector water = Sector.sdg(6);
        Sector climate = Sector.sdg(13);
        StakeholderGroup ngos = StakeholderGroup.NGOS;
        StakeholderGroup women = StakeholderGroup.WOMEN;
        StakeholderGroup business = StakeholderGroup.BUSINESS_AND_INDUSTRY;
        return List.of(
                MspProcess.builder("A", "Local water forum")
                        .levels(Level.LOCAL)
                        .countries("KE")
                        .sectors(water)
                        .stakeholder(org("a1", "Village water NGO", ngos), org("a2", "Women's water group", women))
                        .build(),
                MspProcess.builder("B", "County water board")
                        .levels(Level.SUBNATIONAL)
                        .countries("KE")
                        .sectors(water)
                        .stakeholder(org("b1", "County NGO network", ngos), org("ror:shared", "Water Co", business))
                        .build(),
                MspProcess.builder("C", "County climate and water platform")
                        .levels(Level.SUBNATIONAL)
                        .countries("KE")
                        .sectors(water, climate)
                        .stakeholder(org("c1", "Chamber of commerce", business))
                        .build(),
                MspProcess.builder("D", "Lake basin dialogue")
                        .levels(Level.SUBNATIONAL)
                        .countries("KE", "UG")
                        .sectors(water, climate)
                        .stakeholder(org("d1", "Basin women's network", women))
                        .build(),
                MspProcess.builder("E", "Sub-county water committee")
                        .levels(Level.SUBNATIONAL)
                        .countries("KE")
                        .sectors(water)
                        .link(ProcessLink.of("A", LinkKind.CHILD, Level.LOCAL))
                        .build(),
                MspProcess.builder("F", "Ugandan district water forum")
                        .levels(Level.SUBNATIONAL)
                        .countries("UG")
                        .sectors(water)
                        .build(),
                MspProcess.builder("G", "Global water partnership dialogue")
                        .levels(Level.INTERNATIONAL)
                        .sectors(water)
                        .build(),
                MspProcess.builder("H", "National water sector forum")
                        .levels(Level.NATIONAL)
                        .countries("KE")
                        .sectors(water)
                        .stakeholder(org("ror:shared", "Water Company Ltd", business))
                        .build(),
                MspProcess.builder("R", "East African water dialogue")
                        .levels(Level.REGIONAL)
                        .countries("KE", "UG")
                        .sectors(water)
                        .build());
    }
}
