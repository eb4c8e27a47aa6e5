package org.msptoolkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msptoolkit.imports.pabulib.Pabulib;
import org.msptoolkit.imports.pabulib.PabulibVerification;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.testkit.internal.SharedData;

/**
 * The 11 real Pabulib files in ../shared/data/pabulib (skipped without them). Expected values are
 * the files' own: num_projects / num_votes in META and the shared README's table, the votes column
 * of PROJECTS and the published selected column.
 */
class PabulibRealFilesTest {
    @Test
    void recomputedWinnersEqualThePublishedOnesWhereTheRuleIsImplemented() throws IOException {
        Path dir = SharedData.require("pabulib");
        Map<String, String> lines = new LinkedHashMap<>();
        for (Path f : Imports.find("pabulib").orElseThrow().units(dir)) {
            PabulibVerification v = Pabulib.verify(f).orElseThrow();
            lines.put(v.file(), v.line());
        }
        assertThat(lines).hasSize(11);
        // rule greedy with a selected column: the published winners are recomputed exactly
        assertThat(lines.get("poland_katowice_2020_szopienice-burowiec.pb")).endsWith(": agrees");
        assertThat(lines.get("poland_warszawa_2018_grochow-poludniowy.pb")).endsWith(": agrees");
        assertThat(lines.get("poland_warszawa_2024_wesola.pb")).endsWith(": agrees");
        // Kraków: the published selection leaves out project 6 (cost 19,000) though 27,700 of the
        // 904,700 budget is left after the six published winners (877,000); the file has no comment.
        assertThat(lines.get("poland_krakow_2019_bienczyce.pb"))
                .isEqualTo("poland_krakow_2019_bienczyce.pb: differs: - / 6 (recomputed by greedy)");
        // Veszprém: rule unknown; its comment describes a local variant, quoted, never guessed at
        assertThat(lines.get("Hungary_Veszprem_2025.pb"))
                .startsWith("Hungary_Veszprem_2025.pb: differs: 02, 45, 53 / - (the file states rule \"unknown\"")
                .contains("allowed to exceed the original budget");
        // no selected column: nothing to compare with
        assertThat(lines.values())
                .filteredOn(l -> l.contains(": cannot verify: no published selection"))
                .hasSize(6);
    }

    @Test
    void importedCountsMatchTheFiles() throws IOException {
        Path dir = SharedData.require("pabulib");
        Fixtures.Run r = Fixtures.run("pabulib", OnError.STOP, dir);
        assertThat(r.summary().records()).isEqualTo(11);
        assertThat(r.summary().skipped()).isEmpty();
        Map<String, MspDocument> byId = new LinkedHashMap<>();
        r.documents().forEach(d -> byId.put(d.process().id().value(), d));
        // README table: projects and voters per file
        check(byId, "pabulib-poland-warszawa-2018-grochow-poludniowy", 19, 2260);
        check(byId, "pabulib-hungary-veszprem-2025", 63, 1607);
        check(byId, "pabulib-netherlands-amsterdam-643", 3, 66);
        check(byId, "pabulib-poland-katowice-2020-szopienice-burowiec", 13, 1349);
        long ballots = r.documents().stream()
                .mapToLong(d ->
                        d.process().stakeholders().get(1).constituencySize().orElse(0L))
                .sum();
        assertThat(ballots).isEqualTo(66 + 93 + 127 + 378 + 912 + 854 + 1045 + 1349 + 2260 + 1009 + 1607);
        // PROJECTS votes column of Warszawa 2018, project 392: 712
        var tally = byId.get("pabulib-poland-warszawa-2018-grochow-poludniowy")
                .process()
                .decisions()
                .get(0)
                .tally()
                .orElseThrow();
        assertThat(tally.options()).containsEntry("392", 712L).containsEntry("2227", 777L);
        // warnings the data deserves: Saratoga's score column is not Borda over 9 places (9 projects),
        // and two Warszawa 2018 ballots exceed max_sum_cost
        assertThat(r.summary().warnings())
                .filteredOn(p -> p.location().contains("saratoga"))
                .hasSize(9);
        assertThat(r.summary().warnings())
                .filteredOn(p -> p.message().contains("max_sum_cost"))
                .hasSize(2);
    }

    private static void check(Map<String, MspDocument> byId, String id, int projects, long voters) {
        var p = byId.get(id).process();
        assertThat(p.contributions()).hasSize(projects);
        assertThat(p.stakeholders().get(1).constituencySize()).contains(voters);
    }
}
