package org.msptoolkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.imports.pabulib.Pabulib;
import org.msptoolkit.imports.pabulib.PabulibVerification;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.OnError;
import tools.jackson.databind.JsonNode;

/** Pabulib on hand-written fixtures whose winners are worked out by hand in each test. */
class PabulibFixturesTest {
    @TempDir
    Path dir;

    /*
     * mes-add1.pb: budget 100, 6 voters. X (60) and Y (40) are approved by voters 1-4, Z (40) by 5-6.
     * Fixed-budget MES: each voter has 100/6; X costs its 4 supporters 15 each (60/15 = 4 effective
     * votes), Y 10 each (also 4); the tie goes to X (file order). Then 1-4 hold 6.67 in all, less than
     * Y's 40, and 5-6 hold 33.33, less than Z's 40: {X}. Add1 raises the per-voter budget 16, 17, 18,
     * 19, 20: at 20, 5-6 can pay Z (20 each), giving {X, Z} at cost 100 = budget, exhaustive.
     * Greedy would give {X, Y}.
     */
    @Test
    void equalSharesWithAdd1CompletionAgreesWithTheHandWorkedWinners() throws IOException {
        PabulibVerification v =
                Pabulib.verify(Fixtures.fixture("pabulib/mes-add1.pb")).orElseThrow();
        assertThat(v.recomputed()).containsExactly("X", "Z");
        assertThat(v.line()).isEqualTo("mes-add1.pb: agrees");
    }

    @Test
    void fixedBudgetEqualSharesFundsOnlyX() throws IOException {
        PabulibVerification v =
                Pabulib.verify(Fixtures.fixture("pabulib/mes.pb")).orElseThrow();
        assertThat(v.recomputed()).containsExactly("X");
        assertThat(v.outcome()).isEqualTo(PabulibVerification.Outcome.AGREES);
    }

    /* greedy-threshold.pb: A (5 votes, 50) funded; B (4, 60) does not fit the 50 left; C (2, 30) fits but is below 3. */
    @Test
    void greedyHonoursTheScoreThreshold() throws IOException {
        PabulibVerification v =
                Pabulib.verify(Fixtures.fixture("pabulib/greedy-threshold.pb")).orElseThrow();
        assertThat(v.recomputed()).containsExactly("A");
        assertThat(v.outcome()).isEqualTo(PabulibVerification.Outcome.AGREES);
    }

    @Test
    void aSelectionThatDiffersIsReportedBothWays() throws IOException {
        Path f = copy(
                "pabulib/greedy-threshold.pb",
                "wrong.pb",
                s -> s.replace("A;50;5;Park;1", "A;50;5;Park;0").replace("C;30;2;Mural;0", "C;30;2;Mural;1"));
        PabulibVerification v = Pabulib.verify(f).orElseThrow();
        assertThat(v.line()).isEqualTo("wrong.pb: differs: C / A (recomputed by greedy)");
    }

    @Test
    void aLocalRuleDescribedOnlyInTheCommentIsADifferenceWithTheCommentQuoted() throws IOException {
        Path f = copy(
                "pabulib/greedy-threshold.pb",
                "local.pb",
                s -> s.replace("rule;greedy", "rule;unknown\ncomment;#1: Two projects per district first."));
        PabulibVerification v = Pabulib.verify(f).orElseThrow();
        assertThat(v.outcome()).isEqualTo(PabulibVerification.Outcome.DIFFERS);
        assertThat(v.line()).contains("\"#1: Two projects per district first.\"");
    }

    @Test
    void importMapsTheElectionAndKeepsEveryColumn() throws IOException {
        Fixtures.Run r = Fixtures.run("pabulib", OnError.STOP, Fixtures.fixture("pabulib/mes-add1.pb"));
        assertThat(r.summary().records()).isEqualTo(1);
        MspDocument d = r.documents().get(0);
        var p = d.process();
        assertThat(p.id().value()).isEqualTo("pabulib-mes-add1");
        assertThat(p.contributions()).hasSize(3);
        assertThat(p.contributions().get(2).title()).isEqualTo("Library; books");
        assertThat(p.decisions().get(0).tally().orElseThrow().options())
                .containsEntry("X", 4L)
                .containsEntry("Z", 2L);
        assertThat(p.scope().countries()).extracting(c -> c.code()).containsExactly("NL");
        assertThat(p.period().orElseThrow().start()).hasToString("2024-03-01");
        assertThat(d.extensions()
                        .get("/contributions/0", "x-pabulib")
                        .orElseThrow()
                        .get("cost")
                        .asString())
                .isEqualTo("60");
        JsonNode prov = d.extensions().get("", "x-provenance").orElseThrow();
        assertThat(prov.get("source").asString()).isEqualTo("pabulib");
        assertThat(prov.get("importedOn").asString()).isEqualTo("2026-12-04");
        assertThat(Provenance.of(d).orElseThrow().sourceId()).isEqualTo("mes-add1");
        assertThat(r.summary().unmapped()).contains("PROJECTS.cost", "META.rule", "VOTES.age (as breakdown)");
    }

    /* 6 voters, minimum cell 10: every age band and sex cell is below 10, so all are suppressed. */
    @Test
    void breakdownSuppressesCellsBelowTheMinimumSize() throws IOException {
        MspDocument d = Fixtures.run("pabulib", OnError.STOP, Fixtures.fixture("pabulib/mes-add1.pb"))
                .documents()
                .get(0);
        JsonNode b =
                d.extensions().get("/decisions/0", "x-pabulib").orElseThrow().get("breakdown");
        assertThat(b.get("minimumCellSize").asInt()).isEqualTo(10);
        assertThat(b.get("columns").get("sex").get("values").size()).isZero();
        assertThat(b.get("columns").get("sex").get("suppressed").get("voters").asLong())
                .isEqualTo(6);
        assertThat(b.get("columns").get("age").get("suppressed").get("voters").asLong())
                .isEqualTo(6);
    }

    @Test
    void aMissingSectionIsALocatedErrorAndSkipImportsTheRest() throws IOException {
        Path bad = write(
                "no-votes.pb", "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n");
        Path good = Files.copy(Fixtures.fixture("pabulib/mes.pb"), dir.resolve("z-good.pb"));
        Fixtures.Run r = Fixtures.run("pabulib", OnError.SKIP, dir);
        assertThat(r.summary().records()).isEqualTo(1);
        assertThat(r.documents().get(0).process().id().value()).isEqualTo("pabulib-z-good");
        assertThat(r.summary().skipped())
                .extracting(Problem::toString)
                .contains(bad + ": the VOTES section is missing");
        Fixtures.Run stop = Fixtures.run("pabulib", OnError.STOP, dir);
        assertThat(stop.summary().records()).isZero();
        assertThat(stop.summary().stopped()).isTrue();
        assertThat(good).exists();
    }

    @Test
    void badValuesAreLocatedByLineAndColumn() throws IOException {
        Path f = write(
                "bad.pb",
                "META\nkey;value\nbudget;10\nvote_type;approval\nnum_projects;2\nnum_votes;1\n"
                        + "date_begin;2020\ndate_end;2020\nPROJECTS\nproject_id;cost\n1;five\n2;3\nVOTES\nvoter_id;vote\na;2,9\n");
        var r = Pabulib.verify(f);
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        f + ":11 (cost): cost of project 1 is not a non-negative number: \"five\"",
                        f + ":15 (vote): the ballot names project \"9\", which PROJECTS does not list");
    }

    @Test
    void aRowWithTooManyValuesAndAnUnclosedQuoteAreLocated() throws IOException {
        Path f = write("quote.pb", "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5;x\n\"2;3\n");
        var r = Pabulib.verify(f);
        assertThat(r.problems())
                .extracting(Problem::toString)
                .anySatisfy(s -> assertThat(s).startsWith(f + ":6: this project row has 3 values"));
        assertThat(r.problems())
                .extracting(Problem::toString)
                .anySatisfy(
                        s -> assertThat(s)
                                .isEqualTo(
                                        f
                                                + ":7: cannot read this line: a quoted value starts on this line and is never closed (Missing closing quote for value)"));
        assertThat(r.problems())
                .extracting(Problem::location)
                .anySatisfy(s -> assertThat(s).startsWith(f + ":"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAsAnEncodingProblem() throws IOException {
        Path f = dir.resolve("latin1.pb");
        Files.write(f, "META\nkey;value\ndescription;Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));
        var r = Pabulib.verify(f);
        assertThat(r.problems())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("not UTF-8"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path copy(String fixture, String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        return write(name, edit.apply(Files.readString(Fixtures.fixture(fixture), StandardCharsets.UTF_8)));
    }
}
