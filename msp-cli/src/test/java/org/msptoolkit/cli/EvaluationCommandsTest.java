package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.evaluation.Evaluation;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.MspFormat;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluationCommandsTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private static Path la21() {
        return Examples.file("la21-lower-columbia.yaml");
    }

    private static EvaluationReport expected(Path file, String framework) {
        MspProcess p = MspFormat.yaml().readProcess(file).orElseThrow();
        return Evaluation.of(p, Frameworks.find(framework).orElseThrow());
    }

    /** The LA21 example with a hostile stakeholder name and process title. */
    private Path hostile() throws Exception {
        String yaml = Files.readString(la21())
                .replace("name: County council (lead local authority)", "name: \"" + HOSTILE + "\"")
                .replace("title: Lower Columbia River Local Agenda 21 Forum", "title: \"" + HOSTILE + " & Co\"");
        assertThat(yaml).contains(HOSTILE + "\"", HOSTILE + " & Co");
        return Files.writeString(tmp.resolve("hostile.yaml"), yaml);
    }

    private Path charter(String name, int minGroups) throws Exception {
        return Files.writeString(tmp.resolve(name), """
                name: Test charter
                version: "1"
                rules:
                  - kind: representation.min-groups
                    name: enough groups
                    min: %d
                """.formatted(minGroups));
    }

    @Test
    void textShowsEveryPrincipleWithTheLibrarysScores() {
        Run run = Run.msp("evaluate", la21().toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        EvaluationReport expected = expected(la21(), "hemmati-2002");
        assertThat(expected.groups()).hasSize(15);
        assertThat(run.out()).startsWith("Evaluation of la21-lower-columbia").contains(expected.toString());
    }

    @Test
    void jsonCarriesEveryGroupAndIndicatorExactly() throws Exception {
        Run run = Run.msp("evaluate", la21().toString(), "--format", "json");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode tree = JSON.readTree(run.out());
        EvaluationReport expected = expected(la21(), "hemmati-2002");
        assertThat(tree.get("frameworkId").asString()).isEqualTo("hemmati-2002");
        assertThat(tree.get("groups")).hasSize(expected.groups().size());
        for (int i = 0; i < expected.groups().size(); i++) {
            GroupResult g = expected.groups().get(i);
            JsonNode n = tree.get("groups").get(i);
            assertThat(n.get("key").asString()).isEqualTo(g.key());
            if (g.score().isPresent()) {
                assertThat(n.get("score").asDouble()).isEqualTo(g.score().getAsDouble());
            } else {
                assertThat(n.get("score").isNull()).isTrue();
            }
        }
        assertThat(tree.get("indicators")).hasSize(expected.indicators().size());
        long unmeasured =
                expected.indicators().stream().filter(r -> !r.isMeasured()).count();
        long nullValues = 0;
        for (JsonNode n : tree.get("indicators")) {
            if (n.get("value").isNull()) {
                nullValues++;
                assertThat(n.get("reason").asString()).isNotBlank();
            }
        }
        assertThat(nullValues).isEqualTo(unmeasured);
    }

    @Test
    void theJsonFileIsTheLibrarysEvaluationDocumentAndReadsBackEqual() throws Exception {
        Path out = tmp.resolve("r.json");
        Run run = Run.msp("evaluate", la21().toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        EvaluationReport expected = expected(la21(), "hemmati-2002");
        String written = Files.readString(out);
        assertThat(written.strip())
                .isEqualTo(org.msptoolkit.io.indicators.EvaluationWriter.json(expected)
                        .strip());
        assertThat(org.msptoolkit.io.indicators.EvaluationReader.read(written).orElseThrow())
                .isEqualTo(expected);
    }

    @Test
    void reportsShowScoreRulesAndNoJavaAdvice() {
        Run md = Run.msp("evaluate", la21().toString(), "--format", "md");
        assertThat(md.exit()).as(md.toString()).isZero();
        assertThat(md.out())
                // Markdown escapes the brackets of "[0, 1]"
                .contains("Score rule", "Source", "higher is better on \\[0, 1\\]", "--charter FILE")
                .doesNotContain("EvaluationContext")
                .doesNotContain("domain reference");
        Run text = Run.msp("evaluate", la21().toString());
        assertThat(text.out()).contains("score rule: ").doesNotContain("EvaluationContext");
    }

    @Test
    void csvHasOneRowPerIndicatorAndNumbersThatReadBackExactly() throws Exception {
        Path out = tmp.resolve("eval.csv");
        Run run = Run.msp("evaluate", la21().toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        EvaluationReport expected = expected(la21(), "hemmati-2002");
        assertThat(lines).hasSize(expected.indicators().size() + 1);
        // the library's tidy CSV (msp-io-indicators EvaluationWriter), the same as for a corpus
        assertThat(lines.get(0))
                .isEqualTo(String.join(",", org.msptoolkit.io.indicators.EvaluationWriter.INDICATOR_COLUMNS));
        IndicatorResult measured = expected.indicators().stream()
                .filter(IndicatorResult::isMeasured)
                .filter(r -> r.value().getAsDouble() != Math.rint(r.value().getAsDouble()))
                .findFirst()
                .orElseThrow();
        String row = lines.stream()
                .filter(l -> l.startsWith("la21-lower-columbia," + measured.id() + ","))
                .findFirst()
                .orElseThrow();
        assertThat(row).contains("," + measured.value().getAsDouble() + ",");
    }

    @Test
    void htmlReportParsesHasTheChartsAndEscapesAHostileStakeholder() throws Exception {
        Path out = tmp.resolve("report.html");
        Run run = Run.msp("evaluate", hostile().toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        String html = Files.readString(out);
        Document doc = Xhtml.parse(html);
        assertThat(Xhtml.count(doc, "svg")).isEqualTo(2);
        assertThat(Xhtml.count(doc, "script")).isZero();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Xhtml.text(doc, "td")).contains(HOSTILE + " (county-council)");
        assertThat(Xhtml.text(doc, "h1")).contains("Evaluation of " + HOSTILE + " & Co");
        assertThat(Xhtml.text(doc, "h2")).contains("Scores", "Indicators", "What could not be measured, and why");
        // every unmeasured indicator is listed with its reason
        EvaluationReport expected = expected(la21(), "hemmati-2002");
        String items = Xhtml.text(doc, "li");
        expected.indicators().stream()
                .filter(r -> !r.isMeasured())
                .forEach(r ->
                        assertThat(items).contains(r.id() + "): " + r.reason().orElseThrow()));
        // one bar per principle in the bar chart, one text label per principle
        assertThat(Xhtml.text(doc, "svg")).contains("1. Accountability", "15. Voices, not votes");
    }

    @Test
    void markdownEscapesAHostileStakeholder() throws Exception {
        Run run = Run.msp("evaluate", hostile().toString(), "--format", "md");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("# Evaluation of ")
                .doesNotContain(HOSTILE)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "## Scores", "| Group | Score |");
    }

    @Test
    void oecdFrameworkAndAFrameworkFile() throws Exception {
        Run oecd = Run.msp("evaluate", la21().toString(), "--framework", "oecd-2021", "--format", "json");
        assertThat(oecd.exit()).as(oecd.toString()).isZero();
        assertThat(JSON.readTree(oecd.out()).get("groups"))
                .hasSize(expected(la21(), "oecd-2021").groups().size());
        String someIndicator =
                expected(la21(), "hemmati-2002").indicators().get(0).id();
        Path fw = Files.writeString(tmp.resolve("mine.yaml"), """
                id: my-framework
                name: Mine
                groups:
                  - key: only
                    label: The only group
                    indicators: [%s]
                """.formatted(someIndicator));
        Run mine = Run.msp("evaluate", la21().toString(), "--framework", fw.toString(), "--format", "json");
        assertThat(mine.exit()).as(mine.toString()).isZero();
        JsonNode tree = JSON.readTree(mine.out());
        assertThat(tree.get("frameworkId").asString()).isEqualTo("my-framework");
        assertThat(tree.get("indicators")).hasSize(1);
        Path unknown = Files.writeString(tmp.resolve("bad-fw.yaml"), """
                id: bad
                name: Bad
                groups: [{key: g, label: G, indicators: [no-such-indicator]}]
                """);
        Run bad = Run.msp("evaluate", la21().toString(), "--framework", unknown.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("no-such-indicator", "bad-fw.yaml");
    }

    @Test
    void badInputsGiveTheRightExitCodes() throws Exception {
        Run unknown = Run.msp("evaluate", la21().toString(), "--framework", "nonsense");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown framework 'nonsense'", "hemmati-2002", "oecd-2021");
        Run missing = Run.msp("evaluate", tmp.resolve("none.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"formatVersion\": 1, \"kind\": \"process\"}");
        Run invalid = Run.msp("evaluate", broken.toString());
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.err()).contains("broken.json", "[missing-field]");
        assertThat(invalid.out()).isEmpty();
        Run badFormat = Run.msp("evaluate", la21().toString(), "--format", "pdf");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("pdf");
        Run badDay = Run.msp("evaluate", la21().toString(), "--as-of", "yesterday");
        assertThat(badDay.exit()).isEqualTo(2);
        assertThat(badDay.err()).contains("--as-of", "yesterday");
    }

    @Test
    void evaluateWithACharterAddsComplianceAndFailsOnAViolation() throws Exception {
        Path ok = charter("ok.yaml", 2);
        Run good = Run.msp("evaluate", la21().toString(), "--charter", ok.toString(), "--format", "html");
        assertThat(good.exit()).as(good.toString()).isZero();
        Document doc = Xhtml.parse(good.out());
        assertThat(Xhtml.text(doc, "h2")).contains("Charter compliance: Test charter 1");
        assertThat(Xhtml.text(doc, "td")).contains("satisfied");
        Run bad = Run.msp(
                "evaluate",
                la21().toString(),
                "--charter",
                charter("strict.yaml", 99).toString(),
                "--format",
                "json");
        assertThat(bad.exit()).isEqualTo(1);
        JsonNode compliance = JSON.readTree(bad.out()).get("compliance");
        assertThat(compliance.get("compliant").asBoolean()).isFalse();
        // the library's compliance document (msp-io-governance ComplianceWriter), inside the evaluation document
        assertThat(compliance.get("results").get(0).get("outcome").asString()).isEqualTo("violated");
    }

    @Test
    void checkReportsEveryRuleAndExitsOneOnAViolation() throws Exception {
        Run ok = Run.msp(
                "check", la21().toString(), "--charter", charter("ok.yaml", 2).toString());
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.out())
                .contains("la21-lower-columbia against Test charter 1: Compliant", "[satisfied]", "enough groups");
        Run bad = Run.msp(
                "check",
                la21().toString(),
                "--charter",
                charter("strict.yaml", 99).toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("Not compliant: 1 of 1 rules violated", "[VIOLATED]");
        Run html = Run.msp(
                "check",
                hostile().toString(),
                "--charter",
                charter("strict.yaml", 99).toString(),
                "--format",
                "html");
        Document doc = Xhtml.parse(html.out());
        assertThat(Xhtml.count(doc, "script")).isZero();
        assertThat(Xhtml.text(doc, "h1")).contains(HOSTILE);
    }

    @Test
    void checkAgreesWithTheLibraryOnEveryBundledProcessAndCharter() throws Exception {
        List<Path> charters;
        try (var s = Files.list(Examples.DIR.resolve("charters"))) {
            charters = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(charters).isNotEmpty();
        for (Path charterFile : charters) {
            var tree = new tools.jackson.dataformat.yaml.YAMLMapper().readValue(charterFile.toFile(), Map.class);
            @SuppressWarnings("unchecked")
            var charter = org.msptoolkit.governance.CharterCodec.fromTree((Map<String, ?>) tree)
                    .orElseThrow();
            for (Path file : Examples.processes()) {
                var expected = org.msptoolkit.governance.Compliance.check(
                        MspFormat.yaml().readProcess(file).orElseThrow(), charter);
                Run run = Run.msp("check", file.toString(), "--charter", charterFile.toString());
                assertThat(run.exit())
                        .as(file + " vs " + charterFile + "\n" + run)
                        .isEqualTo(expected.isCompliant() ? 0 : 1);
                assertThat(run.out()
                                .lines()
                                .filter(l -> l.matches("  \\[.*\\] +\\d+\\. .*"))
                                .count())
                        .as(run.out())
                        .isEqualTo(expected.results().size());
                assertThat(run.out())
                        .contains((expected.isCompliant()
                                        ? "Compliant: none"
                                        : "Not compliant: "
                                                + expected.violations().size())
                                + " of " + expected.results().size() + " rules violated");
            }
        }
    }

    @Test
    void checkRejectsABrokenCharterWithEveryProblem() throws Exception {
        Path charter = Files.writeString(tmp.resolve("c.yaml"), """
                name: Broken
                version: "1"
                rules:
                  - kind: no.such-kind
                  - kind: representation.min-groups
                    min: -3
                """);
        Run run = Run.msp("check", la21().toString(), "--charter", charter.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "c.yaml: not a valid charter, 2 problems",
                        "c.yaml#/rules/0/kind: line 4, column 11",
                        "no.such-kind",
                        "c.yaml#/rules/1/min: line 6, column 10");
        Run noCharter = Run.msp("check", la21().toString());
        assertThat(noCharter.exit()).isEqualTo(2);
        assertThat(noCharter.err()).contains("--charter");
        Run notYaml = Run.msp(
                "check",
                la21().toString(),
                "--charter",
                Files.writeString(tmp.resolve("x.yaml"), "a: [b").toString());
        assertThat(notYaml.exit()).isEqualTo(2);
        assertThat(notYaml.err()).contains("not valid YAML or JSON");
    }

    @Test
    void compareRanksEveryProcessPerPrinciple() throws Exception {
        List<String> args = new ArrayList<>(List.of("compare"));
        List<Path> files = Examples.processes();
        files.forEach(p -> args.add(p.toString()));
        Run run = Run.msp(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(files.size() + 1);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header.subList(0, 4)).containsExactly("process", "title", "measured", "accountability");
        // independently: the rank of each process for 'equity' is 1 + the number of processes with a higher score
        List<EvaluationReport> reports =
                files.stream().map(f -> expected(f, "hemmati-2002")).toList();
        int scoreCol = header.indexOf("equity");
        int rankCol = header.indexOf("equity.rank");
        for (EvaluationReport r : reports) {
            double mine = r.group("equity").orElseThrow().score().getAsDouble();
            long better = reports.stream()
                    .filter(o -> o.group("equity").orElseThrow().score().getAsDouble() > mine)
                    .count();
            String line = lines.stream()
                    .filter(l -> l.startsWith(r.processId() + ","))
                    .findFirst()
                    .orElseThrow();
            List<String> cells = CsvLines.split(line);
            assertThat(Double.parseDouble(cells.get(scoreCol))).isEqualTo(mine);
            assertThat(cells.get(rankCol)).isEqualTo(Long.toString(better + 1));
        }
    }

    @Test
    void compareReadsCorporaAndWritesJsonAndHtml() throws Exception {
        List<String> records = new ArrayList<>();
        for (Path p : Examples.processes()) {
            records.add(MspFormat.json()
                    .write(MspFormat.yaml().readProcess(p).orElseThrow())
                    .replace("\n", ""));
        }
        Path corpus = Files.write(tmp.resolve("all.ndjson"), records);
        Run json = Run.msp("compare", corpus.toString(), "--format", "json");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode tree = JSON.readTree(json.out());
        assertThat(tree.get("processes")).hasSize(records.size());
        Run html = Run.msp("compare", corpus.toString(), hostile().toString(), "--format", "html");
        assertThat(html.exit()).as(html.toString()).isZero();
        Document doc = Xhtml.parse(html.out());
        assertThat(Xhtml.count(doc, "svg")).isEqualTo(15);
        assertThat(Xhtml.count(doc, "script")).isZero();
        // a bad record: the rest are compared, the problem is printed, exit 1
        records.add("{\"formatVersion\": 1}");
        Path withBad = Files.write(tmp.resolve("bad.ndjson"), records);
        Run bad = Run.msp("compare", withBad.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out().lines().count()).isEqualTo(records.size());
        assertThat(bad.err()).contains("bad.ndjson:" + records.size());
    }

    @Test
    void compareGivesTiedProcessesInACorpusTheSameBestRank() throws Exception {
        List<String> records = new ArrayList<>();
        for (Path p : Examples.processes()) {
            records.add(MspFormat.json()
                    .write(MspFormat.yaml().readProcess(p).orElseThrow())
                    .replace("\n", ""));
        }
        // the first example again under another id: the same scores, so the same ranks
        String firstId =
                MspFormat.json().readProcess(records.get(0)).orElseThrow().id().value();
        String twin = records.get(0).replaceFirst("\"id\" ?: ?\"" + firstId + "\"", "\"id\":\"twin\"");
        assertThat(twin).isNotEqualTo(records.get(0));
        records.add(twin);
        Path corpus = Files.write(tmp.resolve("twins.ndjson"), records);
        Run run = Run.msp("compare", corpus.toString(), "--format", "json");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode rows = JSON.readTree(run.out()).get("processes");
        assertThat(rows).hasSize(records.size());
        JsonNode a = rows.get(0);
        JsonNode b = rows.get(records.size() - 1);
        assertThat(b.get("process").asString()).isEqualTo("twin");
        for (String group : List.of("equity", "transparency", "accountability")) {
            assertThat(b.get("ranks").get(group))
                    .as(group)
                    .isEqualTo(a.get("ranks").get(group));
            double mine = a.get("scores").get(group).asDouble();
            long higher = 0;
            for (JsonNode r : rows) {
                if (r.get("scores").get(group).asDouble() > mine) {
                    higher++;
                }
            }
            assertThat(a.get("ranks").get(group).asInt()).as(group).isEqualTo(higher + 1);
        }
    }
}
