package org.msptoolkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.testkit.internal.SharedData;
import tools.jackson.databind.JsonNode;

/** Popolo on the hand-written council fixture and on the six real EveryPolitician files. */
class PopoloTest {
    @TempDir
    Path dir;

    @Test
    void theCouncilFixtureMapsAsWrittenByHand() throws IOException {
        Fixtures.Run r = Fixtures.run("popolo", OnError.STOP, Fixtures.fixture("popolo/council.json"));
        assertThat(r.summary().skipped()).isEmpty();
        MspDocument d = r.documents().get(0);
        var p = d.process();
        assertThat(p.title()).isEqualTo("Example River Council");
        assertThat(p.stakeholders())
                .extracting(s -> s.group())
                .startsWith(StakeholderGroup.GOVERNMENTS, StakeholderGroup.of("political-parties", "x"));
        // Ann acts for the Green List (on_behalf_of_id of her first membership), chairs 2020-2023;
        // Cy has no on_behalf_of: he acts for the council itself
        Participant ann = p.participants().get(0);
        assertThat(ann.stakeholder().value()).isEqualTo("org-1");
        assertThat(ann.role()).isEqualTo(Role.CHAIR);
        assertThat(ann.name()).contains("Ann Example");
        assertThat(ann.period().orElseThrow().toString()).contains("2020-01-01").contains("2023-12-31");
        assertThat(p.participants().get(2).stakeholder().value()).isEqualTo("org-0");
        JsonNode annX = d.extensions().get("/participants/0", "x-popolo").orElseThrow();
        assertThat(annX.get("memberships").size()).isEqualTo(2);
        assertThat(annX.get("personalData").toString()).contains("email", "birth_date", "name", "gender");
        assertThat(p.meetings().get(0).date()).hasToString("2020-02-01");
        var decision = p.decisions().get(0);
        assertThat(decision.subject()).isEqualTo("Restore the river banks");
        assertThat(decision.tally().orElseThrow().options()).isEqualTo(Map.of("yes", 2L, "no", 1L));
        assertThat(decision.tally().orElseThrow().chambers()).containsKey("members");
        assertThat(Provenance.of(d).orElseThrow().url()).isEqualTo("https://example.org/council");
    }

    @Test
    void schemaViolationsAreLocatedByJsonPointer() throws IOException {
        Path f = Files.writeString(
                dir.resolve("bad.json"),
                "{\"persons\":[{\"id\":\"a\",\"name\":\"A\",\"birth_date\":\"1970/01/01\"}],"
                        + "\"vote_events\":[{\"start_date\":\"2020-01-01\",\"counts\":[{\"option\":\"yes\",\"value\":-3}]}]}");
        Fixtures.Run r = Fixtures.run("popolo", OnError.SKIP, f);
        assertThat(r.summary().records()).isZero();
        assertThat(r.summary().skipped())
                .extracting(Problem::toString)
                .containsExactly(
                        f
                                + ": /persons/0/birth_date: birth_date \"1970/01/01\" is not a date YYYY, YYYY-MM or YYYY-MM-DD (Popolo person schema)",
                        f
                                + ": /vote_events/0/counts/0: a count needs an option and a whole non-negative value (Popolo count schema)");
    }

    @Test
    void malformedJsonIsLocatedByLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.json"), "{\"persons\": [\n  {\"id\": \"a\",,}\n]}");
        Fixtures.Run r = Fixtures.run("popolo", OnError.SKIP, f);
        assertThat(r.summary().skipped())
                .singleElement()
                .satisfies(p -> assertThat(p.location())
                        .isEqualTo(f + ":2:14")); // the second comma is the 14th character of line 2
    }

    /* The shared README's table: persons, organizations, memberships, events per file. */
    @Test
    void theEveryPoliticianFilesHaveTheirPublishedCounts() throws IOException {
        Path ep = SharedData.require("popolo/everypolitician");
        Fixtures.Run r = Fixtures.run("popolo", OnError.STOP, ep);
        assertThat(r.summary().records()).isEqualTo(6);
        long[][] expected = {
            {227, 9, 227, 11},
            {193, 8, 299, 16},
            {226, 15, 324, 34},
            {355, 23, 355, 23},
            {349, 20, 349, 11},
            {67, 4, 68, 1}
        };
        for (int i = 0; i < 6; i++) {
            MspDocument d = r.documents().get(i);
            var p = d.process();
            long memberships = 0;
            for (int k = 0; k < p.participants().size(); k++) {
                memberships += d.extensions()
                        .get("/participants/" + k, "x-popolo")
                        .orElseThrow()
                        .get("memberships")
                        .size();
            }
            assertThat(new long[] {
                        p.participants().size(),
                        p.stakeholders().size(),
                        memberships,
                        p.meetings().size()
                    })
                    .as(p.id().value())
                    .containsExactly(expected[i]);
        }
        assertThat(r.documents().get(1).process().title()).isEqualTo("Riigikogu");
    }
}
