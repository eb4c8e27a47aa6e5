package org.msptoolkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** Runs the "portal's first ten lines" of docs/hub.md, and the researcher's SQL query beside them. */
class DocsExampleTest {
    @TempDir
    Path dir;

    @Test
    void thePortalExampleOfTheHubPageRuns() throws Exception {
        Path myHub = dir.resolve("my-hub");
        HubPage page;
        List<Revision> history;
        try (Hub hub = Hub.open(myHub)) {
            MspProcess p = MspProcess.builder("kenya-water", "Kenya water dialogue")
                    .purpose("Safe water")
                    .stakeholder(Stakeholder.builder("w", "Women's forum", StakeholderGroup.WOMEN)
                            .build())
                    .build();
            Revision r1 = hub.put(p, Change.create("ana", "first import"));
            hub.put(
                    p.toBuilder().title("Kenya water and sanitation dialogue").build(),
                    Change.basedOn(r1.number(), "ben", "renamed"));
            page = hub.query(HubQuery.builder()
                    .group(StakeholderGroup.WOMEN)
                    .text("water")
                    .build());
            history = hub.history(ProcessId.of("kenya-water"));
        }
        assertThat(page.items())
                .extracting(Object::toString)
                .containsExactly("kenya-water@2 Kenya water and sanitation dialogue");
        assertThat(history).extracting(Revision::author).containsExactly("ana", "ben");

        // The researcher's first SQL query, on the same file, through plain JDBC.
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + myHub.toAbsolutePath() + "/hub", "sa", "");
                var s = c.createStatement();
                var r = s.executeQuery("SELECT p.process_id, p.title, p.start_day, p.meetings, p.decisions"
                        + " FROM processes p"
                        + " WHERE EXISTS (SELECT 1 FROM stakeholders s"
                        + "               WHERE s.process_id = p.process_id AND s.group_code = 'women')"
                        + " ORDER BY p.process_id")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString("process_id")).isEqualTo("kenya-water");
            assertThat(r.getString("title")).isEqualTo("Kenya water and sanitation dialogue");
            assertThat(r.getInt("meetings")).isZero();
            assertThat(r.next()).isFalse();
        }
    }
}
