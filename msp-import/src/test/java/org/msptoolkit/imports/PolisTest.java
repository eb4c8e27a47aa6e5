package org.msptoolkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.testkit.internal.SharedData;
import tools.jackson.databind.JsonNode;

/** Polis on the hand-written fixture and on the real vTaiwan UberX conversation. */
class PolisTest {
    @TempDir
    Path dir;

    /*
     * fixtures/polis/tiny: 10 vote events. Statement 0: 4 agree; statement 1: 2 agree, 2 disagree,
     * 1 pass; statement 2 (moderated out): 1 agree. Groups 0 = {0, 1}, 1 = {2, 3}. Final votes in the
     * matrix on statement 0: group 0 agree 2 of 2, group 1 agree 2 of 2, rates (2+1)/(2+2) = 0.75 each,
     * score 0.5625: the one finding. Statement 1: group 1 agrees 0 of 2, rate 0.25: no finding.
     */
    @Test
    void theFixtureConversationIsCountedAsWorkedOutByHand() throws IOException {
        Fixtures.Run r = Fixtures.run("polis", OnError.STOP, Fixtures.fixture("polis/tiny"));
        assertThat(r.summary().skipped()).isEmpty();
        MspDocument d = r.documents().get(0);
        var p = d.process();
        assertThat(p.title()).isEqualTo("Invented conversation on a river park");
        assertThat(p.participants()).hasSize(4);
        assertThat(p.contributions())
                .extracting(c -> c.title())
                .containsExactly("Keep the park green", "Add parking, lots of it", "Spam statement");
        assertThat(p.consultations().get(0).opens()).hasToString("2023-11-14");
        assertThat(p.consultations().get(0).closes()).hasToString("2023-11-15");
        JsonNode s1 =
                d.extensions().get("/contributions/1", "x-polis").orElseThrow().get("votes");
        assertThat(s1.get("agree").asLong()).isEqualTo(2);
        assertThat(s1.get("disagree").asLong()).isEqualTo(2);
        assertThat(s1.get("pass").asLong()).isEqualTo(1);
        JsonNode top = d.extensions().get("", "x-polis").orElseThrow();
        assertThat(top.get("voteEvents").asLong()).isEqualTo(10);
        assertThat(top.get("opinionGroups").size()).isEqualTo(2);
        assertThat(top.get("findings").size()).isEqualTo(1);
        assertThat(top.get("findings").get(0).get("statement").asString()).isEqualTo("c0");
        assertThat(top.get("findings").get(0).get("score").asDouble()).isEqualTo(0.5625);
        assertThat(d.extensions()
                        .get("/participants/2", "x-polis")
                        .orElseThrow()
                        .get("group-id")
                        .asString())
                .isEqualTo("1");
        assertThat(Provenance.of(d).orElseThrow().attribution()).contains("CC BY 4.0", "https://pol.is/example");
    }

    @Test
    void vTaiwanUberXHasTheCountsOfItsFiles() throws IOException {
        Path uberx = SharedData.require("polis/vtaiwan.uberx");
        MspDocument d = Fixtures.run("polis", OnError.STOP, uberx).documents().get(0);
        var p = d.process();
        // summary.csv: voters 1921, comments 197, groups 2; votes.csv has 49,997 rows
        assertThat(p.participants()).hasSize(1921);
        assertThat(p.contributions()).hasSize(197);
        JsonNode top = d.extensions().get("", "x-polis").orElseThrow();
        assertThat(top.get("voteEvents").asLong()).isEqualTo(49_997);
        assertThat(top.get("opinionGroups").size()).isEqualTo(2);
        // participants-votes.csv group-id column: 330 in group 0, 889 in group 1, 702 not clustered
        assertThat(top.get("opinionGroups").get(0).get("participants").asLong()).isEqualTo(330);
        assertThat(top.get("opinionGroups").get(1).get("participants").asLong()).isEqualTo(889);
        long agree = 0;
        long disagree = 0;
        long pass = 0;
        for (int i = 0; i < 197; i++) {
            JsonNode x = d.extensions().get("/contributions/" + i, "x-polis").orElseThrow();
            JsonNode v = x.get("votes");
            // the counts recounted from votes.csv equal comments.csv's own agrees / disagrees
            assertThat(v.get("agree").asString()).isEqualTo(x.get("agrees").asString());
            assertThat(v.get("disagree").asString())
                    .isEqualTo(x.get("disagrees").asString());
            agree += v.get("agree").asLong();
            disagree += v.get("disagree").asLong();
            pass += v.get("pass").asLong();
        }
        // comments.csv agrees + disagrees sum to 43,373, so 6,624 of the 49,997 votes are passes
        assertThat(agree + disagree).isEqualTo(43_373);
        assertThat(pass).isEqualTo(6_624);
        // 34 statements have a smoothed agree rate above 1/2 in both groups (worked out with a
        // separate script over participants-votes.csv); the strongest is statement 40
        assertThat(top.get("findings").size()).isEqualTo(34);
        assertThat(top.get("findings").get(0).get("statement").asString()).isEqualTo("c40");
        assertThat(Provenance.of(d).orElseThrow().url()).isEqualTo("https://pol.is/3phdex2kjf");
    }

    @Test
    void allSixteenConversationsImport() throws IOException {
        Path polis = SharedData.require("polis");
        Fixtures.Run r = Fixtures.run("polis", OnError.STOP, polis);
        assertThat(r.summary().records()).isEqualTo(16);
        assertThat(r.summary().skipped()).isEmpty();
        long statements = r.documents().stream()
                .mapToLong(d -> d.process().contributions().size())
                .sum();
        // the comments column of the shared README's table
        assertThat(statements)
                .isEqualTo(54 + 896 + 1452 + 371 + 50 + 174 + 298 + 39 + 2162 + 165 + 316 + 80 + 148 + 71 + 297 + 197);
    }

    @Test
    void aBrokenRowIsLocatedAndTheConversationSkipped() throws IOException {
        Path conv = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(
                conv.resolve("comments.csv"),
                "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
                        + "1700000000000,x,0,0,0,0,1,Fine\nnot-a-time,x,1,0,0,0,1,Bad\n");
        Files.writeString(
                conv.resolve("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1700000000001,x,0,0,2\n");
        Fixtures.Run r = Fixtures.run("polis", OnError.SKIP, conv);
        assertThat(r.summary().records()).isZero();
        assertThat(r.summary().skipped())
                .extracting(Problem::toString)
                .containsExactly(
                        conv.resolve("comments.csv")
                                + ":3 (timestamp): timestamp \"not-a-time\" is not a time in milliseconds",
                        conv.resolve("votes.csv")
                                + ":2 (vote): vote \"2\" is not 1 (agree), -1 (disagree) or 0 (pass)");
    }
}
