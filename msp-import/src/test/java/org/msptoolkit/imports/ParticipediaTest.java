package org.msptoolkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.testkit.internal.SharedData;
import tools.jackson.databind.JsonNode;

/**
 * Participedia on hand-written fixtures (invented cases, see the fixture README) and on the real
 * 2017 and 2018 dumps in ../shared (never committed: the content is non-commercial).
 */
class ParticipediaTest {
    @TempDir
    Path dir;

    private static MspDocument byId(List<MspDocument> docs, String id) {
        return docs.stream()
                .filter(d -> d.process().id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode x(MspDocument d) {
        return d.extensions().get("", "x-participedia").orElseThrow();
    }

    @Test
    void theJsonFixtureMapsAsWrittenByHand() throws IOException {
        Fixtures.Run r =
                Fixtures.run("participedia", OnError.STOP, Fixtures.fixture("participedia/v2018_json/cases.json"));
        assertThat(r.summary().records()).isEqualTo(2);
        MspDocument forum = byId(r.documents(), "participedia-case-9001");
        MspProcess p = forum.process();
        assertThat(p.title()).isEqualTo("Riverside Water Forum");
        assertThat(p.scope().levels()).containsExactly(Level.SUBNATIONAL);
        assertThat(p.scope().sectors())
                .extracting(s -> s.code())
                .containsExactly("participedia-environment", "participedia-planning-development");
        assertThat(p.scope().countries()).extracting(Object::toString).containsExactly("KE");
        // Empower → decision-making; voting → decision-making (one type)
        assertThat(p.types()).containsExactly(ProcessType.DECISION_MAKING);
        assertThat(p.period().orElseThrow().start()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(p.period().orElseThrow().end()).contains(LocalDate.of(2020, 6, 30));
        assertThat(p.stakeholders())
                .extracting(Stakeholder::group)
                .containsExactly(
                        StakeholderGroup.LOCAL_AUTHORITIES,
                        StakeholderGroup.NGOS,
                        StakeholderGroup.WOMEN,
                        StakeholderGroup.CHILDREN_AND_YOUTH,
                        StakeholderGroup.FARMERS);
        assertThat(p.conveners()).extracting(c -> c.value()).containsExactly("organizer-1", "organizer-2");
        assertThat(p.links()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LinkKind.CHILD);
            assertThat(l.target().value()).isEqualTo("participedia-case-9002");
        });
        assertThat(x(forum).get("number_of_participants").asInt()).isEqualTo(40);
        assertThat(x(forum).get("city").asString()).isEqualTo("Example Town");
        assertThat(x(forum).get("if_voting").get(0).asString()).isEqualTo("plurality");
        assertThat(Provenance.of(forum).orElseThrow().url()).isEqualTo("https://participedia.net/case/9001");

        MspProcess panel = byId(r.documents(), "participedia-case-9002").process();
        assertThat(panel.links())
                .singleElement()
                .satisfies(l -> assertThat(l.kind()).isEqualTo(LinkKind.PARENT));
        assertThat(panel.scope().levels()).containsExactly(Level.LOCAL);
        assertThat(panel.types()).containsExactly(ProcessType.CONSENSUS_BUILDING);
        assertThat(panel.period().orElseThrow().end()).isEmpty();
        Path f = Fixtures.fixture("participedia/v2018_json/cases.json");
        assertThat(r.summary().warnings())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        f + ": /1/scope_of_influence: scope of influence \"galaxy\" has no MSP level;"
                                + " kept under x-participedia.scope_of_influence",
                        f + ": /1/country: \"Atlantis\" is not a country name known in English;"
                                + " kept under x-participedia.country",
                        f + ": /1/end_date: the end date 2020-02-01 is before the start date 2020-04-01;"
                                + " the period is open-ended, the end date kept under x-participedia.end_date");
    }

    @Test
    void theCsvFixtureJoinsTitlesAndKeepsQuotedNewlines() throws IOException {
        Fixtures.Run r =
                Fixtures.run("participedia", OnError.STOP, Fixtures.fixture("participedia/v2017_csv/cases.csv"));
        assertThat(r.summary().records()).isEqualTo(2);
        MspDocument lake = byId(r.documents(), "participedia-case-7001");
        assertThat(lake.process().title()).isEqualTo("Lakeside Participatory Budget"); // the English title
        assertThat(lake.process().scope().countries())
                .extracting(Object::toString)
                .containsExactly("PE");
        assertThat(lake.process().types()).containsExactly(ProcessType.DECISION_MAKING);
        assertThat(lake.process().stakeholders())
                .extracting(Stakeholder::group)
                .containsExactly(
                        StakeholderGroup.BUSINESS_AND_INDUSTRY,
                        StakeholderGroup.of("participedia-lay-public", "Lay Public"),
                        StakeholderGroup.INDIGENOUS_PEOPLES);
        assertThat(x(lake).get("staff_type").asString()).isEqualTo("Two facilitators,\none on each shore");
        assertThat(x(lake).get("total_number_of_participants").asInt()).isEqualTo(250);
        MspDocument other = byId(r.documents(), "participedia-case-7002");
        assertThat(other.process().title()).isEqualTo("Participedia case 7002");
        assertThat(other.process().types()).containsExactly(ProcessType.INFORMING);
        assertThat(other.process().stakeholders())
                .extracting(Stakeholder::group)
                .containsExactly(StakeholderGroup.WORKERS_AND_TRADE_UNIONS, StakeholderGroup.SCIENCE_AND_TECHNOLOGY);
        assertThat(r.summary().warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.toString())
                        .contains("cases.csv:4 start_date", "\"not a date\"")); // row 7001 spans lines 2-3
    }

    @Test
    void aFolderFindsBothDumps() throws IOException {
        Fixtures.Run r = Fixtures.run("participedia", OnError.STOP, Fixtures.fixture("participedia"));
        assertThat(r.summary().records()).isEqualTo(4);
    }

    @Test
    void badInputIsLocated() throws IOException {
        Path json = Files.writeString(dir.resolve("cases.json"), "[{\"id\": \"1\"},\n {\"title\": \"no id\"},\n 3]");
        Fixtures.Run r = Fixtures.run("participedia", OnError.SKIP, json);
        assertThat(r.summary().records()).isEqualTo(1);
        assertThat(r.summary().skipped())
                .extracting(Problem::toString)
                .containsExactly(
                        json + ": /1/id: a case without an id cannot be imported",
                        json + ": /2: a case must be a JSON object");
        Path csv = Files.writeString(dir.resolve("cases.csv"), "id,issue\n1,Health\n2,Health,extra\n");
        Fixtures.Run c = Fixtures.run("participedia", OnError.SKIP, csv);
        assertThat(c.summary().records()).isEqualTo(1);
        assertThat(c.summary().skipped())
                .extracting(Problem::toString)
                .containsExactly(csv + ":3: the row has 3 values but the header names 2 columns");
    }

    @Test
    void theRealDumpsImportEveryCase() throws IOException {
        Path root = SharedData.require("participedia");
        // counts from ../shared/data/participedia/README.md: 809 cases in the 2018 dump, 599 rows in 2017
        Fixtures.Run json = Fixtures.run("participedia", OnError.STOP, root.resolve("v2018_json/cases.json"));
        assertThat(json.summary().records()).isEqualTo(809);
        Fixtures.Run csv = Fixtures.run("participedia", OnError.STOP, root.resolve("v2017_csv/cases.csv"));
        assertThat(csv.summary().records()).isEqualTo(599);
        // the only warnings: cases whose end date is before their start date (counted in the files by hand)
        assertThat(json.summary().warnings())
                .hasSize(6)
                .allSatisfy(w -> assertThat(w.location()).endsWith("end_date"));
        assertThat(csv.summary().warnings())
                .hasSize(4)
                .allSatisfy(w -> assertThat(w.location()).endsWith("end_date"));
        // case 1, read by hand in both files: a citizens' assembly, regional scope, Canada, voting,
        // 2004-01-11 to 2005-05-17, 160 participants
        for (List<MspDocument> docs : List.of(json.documents(), csv.documents())) {
            MspProcess bc = byId(docs, "participedia-case-1").process();
            // the title is joined from case__localized_texts.csv (not quoted here: Participedia content is not
            // committed)
            assertThat(bc.title()).isNotEqualTo("Participedia case 1").contains("Citizens");
            assertThat(bc.scope().countries()).extracting(Object::toString).containsExactly("CA");
            assertThat(bc.types()).contains(ProcessType.DECISION_MAKING);
            assertThat(bc.period().orElseThrow().start()).isEqualTo(LocalDate.of(2004, 1, 11));
            assertThat(bc.period().orElseThrow().end()).contains(LocalDate.of(2005, 5, 17));
        }
        MspDocument bc = byId(json.documents(), "participedia-case-1");
        assertThat(bc.process().scope().levels()).containsExactly(Level.SUBNATIONAL);
        assertThat(x(bc).get("number_of_participants").asInt()).isEqualTo(160);
        // case 2 in the 2018 dump targets low-income earners in a US city
        MspProcess two = byId(json.documents(), "participedia-case-2").process();
        assertThat(two.scope().levels()).containsExactly(Level.LOCAL);
        assertThat(two.stakeholders())
                .extracting(s -> s.group().code())
                .containsExactly("participedia-lowincome-earners");
        // README: number_of_participants is set for 298 of the 809 cases
        assertThat(json.documents().stream()
                        .filter(d -> x(d).has("number_of_participants")
                                && x(d).get("number_of_participants").isNumber()))
                .hasSize(298);
    }
}
