package org.msptoolkit.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.Rule;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Fixtures;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.testkit.Corruptions;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.corpus.CorpusGenerator;
import org.msptoolkit.testkit.corpus.CorpusShape;
import org.msptoolkit.testkit.corpus.ProcessShape;

/**
 * Evaluations of a fixed set of processes (hand-built fixtures, generated processes of every size up to large,
 * clearing-house corpus records, corrupted processes, the 1,000-participant benchmark process) with both built-in
 * frameworks and several contexts must stay exactly what they were: every value, score, coverage, reason and
 * evidence item, compared bit for bit (doubles are rendered with {@link Double#toString(double)}, which round-trips).
 *
 * <p>The expected output was rendered from the code before evaluation was optimised and is kept in
 * {@code src/test/resources/org/msptoolkit/indicators/evaluation/golden-*.txt}: in full for a few cases, as
 * SHA-256 digests of the full rendering for all the others. Regenerate only on a deliberate change of results,
 * with {@code mvn test -pl msp-indicators -Dtest=EvaluationGoldenTest -Dmsp.golden.update=true}.
 */
class EvaluationGoldenTest {
    private static final String FULL = "golden-full.txt";
    private static final String DIGESTS = "golden-digests.txt";
    private static final String SEPARATOR = "=== ";

    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.builtin();
    private static final Evaluator DEFAULTS = Evaluator.of(REGISTRY);
    private static final Evaluator AS_OF = DEFAULTS.withContext(EvaluationContext.asOf("2024-06-30"));
    private static final Evaluator CHARTER = DEFAULTS.withContext(EvaluationContext.asOf("2025-01-01")
            .withCharter(Charter.builder("Policy")
                    .rule(Rule.of("representation.min-groups", "min", 3))
                    .rule(Rule.of("participation.notice", "workingDays", 20))
                    .rule(Rule.of("transparency.funding-disclosure"))
                    .rule(Rule.of("representation.gender-balance", "minShare", 0.4))
                    .build()));

    /** The cases rendered in full (hemmati-2002, default context): small enough to read a difference. */
    private static Map<String, Supplier<String>> fullCases() {
        Map<String, Supplier<String>> cases = new LinkedHashMap<>();
        fullySpelled()
                .forEach((name, make) -> cases.put(
                        name + " | hemmati | defaults",
                        () -> render(DEFAULTS.evaluate(make.get(), Frameworks.hemmati2002()))));
        return cases;
    }

    private static Map<String, Supplier<MspProcess>> fullySpelled() {
        Map<String, Supplier<MspProcess>> processes = new LinkedHashMap<>();
        processes.put("fixture town-forum", Fixtures::townForum);
        processes.put("fixture empty", Fixtures::empty);
        processes.put("fixture single-group", Fixtures::singleGroupNobodyAttended);
        processes.put("generated tiny 7", () -> ProcessGenerator.process(7, ProcessSize.TINY));
        processes.put("generated small 11", () -> ProcessGenerator.process(11, ProcessSize.SMALL));
        processes.put("corpus skew-3 #0", () -> corpus(3).process(0));
        processes.put(
                "invalid small 5",
                () -> Corruptions.invalidProcess(5, ProcessSize.SMALL).process());
        return processes;
    }

    /** The cases compared by digest. */
    private static Map<String, Supplier<String>> digestCases() {
        Map<String, Supplier<String>> cases = new LinkedHashMap<>();
        fullySpelled().forEach((name, make) -> addAllWays(cases, name, make));
        for (long seed = 1; seed <= 80; seed++) {
            long s = seed;
            addAllWays(cases, "generated tiny " + s, () -> ProcessGenerator.process(s, ProcessSize.TINY));
            addAllWays(cases, "generated small " + s, () -> ProcessGenerator.process(s, ProcessSize.SMALL));
            addAllWays(
                    cases,
                    "invalid tiny " + s,
                    () -> Corruptions.invalidProcess(s, ProcessSize.TINY).process());
            addAllWays(
                    cases,
                    "invalid small " + s,
                    () -> Corruptions.invalidProcess(s, ProcessSize.SMALL).process());
        }
        for (long seed = 1; seed <= 12; seed++) {
            long s = seed;
            addAllWays(cases, "generated medium " + s, () -> ProcessGenerator.process(s, ProcessSize.MEDIUM));
            addAllWays(
                    cases,
                    "invalid medium " + s,
                    () -> Corruptions.invalidProcess(s, ProcessSize.MEDIUM).process());
        }
        for (long seed = 1; seed <= 2; seed++) {
            long s = seed;
            addAllWays(cases, "generated large " + s, () -> ProcessGenerator.process(s, ProcessSize.LARGE));
        }
        CorpusGenerator skew3 = corpus(3);
        for (long i = 0; i < 120; i++) {
            long k = i;
            addAllWays(cases, "corpus skew-3 #" + k, () -> skew3.process(k));
        }
        CorpusGenerator skew1 = corpus(1);
        for (long i = 0; i < 12; i++) {
            long k = i;
            addAllWays(cases, "corpus skew-1 #" + k, () -> skew1.process(k));
        }
        addAllWays(cases, "thousand participants", EvaluationGoldenTest::thousandParticipants);
        return cases;
    }

    private static CorpusGenerator corpus(double skew) {
        return CorpusGenerator.seeded(2026).shape(CorpusShape.clearingHouse().withSkew(skew));
    }

    /** The process of msp-bench's {@code BenchProcesses.thousandParticipants()}. */
    static MspProcess thousandParticipants() {
        CorpusShape c = CorpusShape.clearingHouse();
        return ProcessGenerator.ofShape(
                2026, new ProcessShape(100, 1_000, 72, c.attendanceCap(), c.turnsCap(), 125, 125, 125, 125));
    }

    /** One case per framework and context; the process is made once per case group. */
    private static void addAllWays(Map<String, Supplier<String>> cases, String name, Supplier<MspProcess> make) {
        MspProcess[] memo = new MspProcess[1];
        Supplier<MspProcess> process = () -> {
            if (memo[0] == null) {
                memo[0] = make.get();
            }
            return memo[0];
        };
        cases.put(
                name + " | hemmati | defaults",
                () -> render(DEFAULTS.evaluate(process.get(), Frameworks.hemmati2002())));
        cases.put(name + " | oecd | defaults", () -> render(DEFAULTS.evaluate(process.get(), Frameworks.oecd2021())));
        cases.put(name + " | hemmati | as-of", () -> render(AS_OF.evaluate(process.get(), Frameworks.hemmati2002())));
        cases.put(
                name + " | hemmati | charter", () -> render(CHARTER.evaluate(process.get(), Frameworks.hemmati2002())));
    }

    @Test
    void fullRenderingsAreUnchanged() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        fullCases().forEach((name, render) -> actual.put(name, render.get()));
        if (updating()) {
            StringBuilder sb = new StringBuilder();
            actual.forEach((name, text) ->
                    sb.append(SEPARATOR).append(name).append('\n').append(text));
            write(FULL, sb.toString());
            return;
        }
        Map<String, String> expected = readFull();
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        actual.forEach((name, text) -> assertThat(text).as(name).isEqualTo(expected.get(name)));
    }

    @Test
    void digestsOfEveryOtherCaseAreUnchanged() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        digestCases().forEach((name, render) -> actual.put(name, sha256(render.get())));
        if (updating()) {
            StringBuilder sb = new StringBuilder();
            actual.forEach(
                    (name, digest) -> sb.append(digest).append(' ').append(name).append('\n'));
            write(DIGESTS, sb.toString());
            return;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : read(DIGESTS).split("\n")) {
            if (!line.isBlank()) {
                expected.put(line.substring(65), line.substring(0, 64));
            }
        }
        assertThat(expected).hasSizeGreaterThan(1000);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        List<String> changed = new ArrayList<>();
        actual.forEach((name, digest) -> {
            if (!digest.equals(expected.get(name))) {
                changed.add(name);
            }
        });
        assertThat(changed).as("cases whose evaluation changed").isEmpty();
    }

    /**
     * Outside an evaluation (no shared facts), each indicator measures exactly what the evaluation reports.
     */
    @Test
    void measuringAloneGivesWhatTheEvaluationReports() {
        List<MspProcess> processes = new ArrayList<>(List.of(
                Fixtures.townForum(), Fixtures.empty(), Fixtures.singleGroupNobodyAttended(), thousandParticipants()));
        for (long seed = 1; seed <= 30; seed++) {
            processes.add(ProcessGenerator.process(seed, ProcessSize.SMALL));
            processes.add(Corruptions.invalidProcess(seed, ProcessSize.SMALL).process());
            processes.add(corpus(3).process(seed));
        }
        Framework hemmati = Frameworks.hemmati2002();
        for (MspProcess p : processes) {
            EvaluationReport report = DEFAULTS.evaluate(p, hemmati);
            for (IndicatorResult r : report.indicators()) {
                Indicator i = REGISTRY.get(r.id());
                Measurement alone = i.measure(p, EvaluationContext.defaults());
                assertThat(alone.value()).as("%s %s", p.id(), r.id()).isEqualTo(r.value());
                assertThat(alone.reason()).as("%s %s", p.id(), r.id()).isEqualTo(r.reason());
                assertThat(alone.coverage()).as("%s %s", p.id(), r.id()).isEqualTo(r.coverage());
                assertThat(alone.evidence()).as("%s %s", p.id(), r.id()).isEqualTo(r.evidence());
            }
        }
    }

    /** Every component of a report, doubles exactly. */
    static String render(EvaluationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("process ")
                .append(r.processId())
                .append(" \"")
                .append(r.processTitle())
                .append("\" framework ")
                .append(r.frameworkId())
                .append(' ')
                .append(r.frameworkVersion())
                .append(" asOf ")
                .append(r.asOf())
                .append('\n');
        for (GroupResult g : r.groups()) {
            sb.append("  group ")
                    .append(g.key())
                    .append(" \"")
                    .append(g.label())
                    .append("\" score ")
                    .append(g.score())
                    .append(" scored ")
                    .append(g.scored())
                    .append(" coverage ")
                    .append(Double.toString(g.coverage()))
                    .append(" indicators ")
                    .append(g.indicators())
                    .append('\n');
        }
        for (IndicatorResult i : r.indicators()) {
            sb.append("  indicator ")
                    .append(i.id())
                    .append(" \"")
                    .append(i.name())
                    .append("\" unit ")
                    .append(i.unit())
                    .append(" direction ")
                    .append(i.direction())
                    .append(" principles ")
                    .append(i.principles())
                    .append(" value ")
                    .append(i.value())
                    .append(" score ")
                    .append(i.score())
                    .append(" reason ")
                    .append(i.reason())
                    .append(" coverage ")
                    .append(Double.toString(i.coverage()))
                    .append('\n');
            for (Evidence e : i.evidence()) {
                sb.append("    evidence ")
                        .append(e.path())
                        .append(" | ")
                        .append(e.count())
                        .append(" | ")
                        .append(e.note())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readFull() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : read(FULL).split("\n", -1)) {
            if (line.startsWith(SEPARATOR)) {
                if (name != null) {
                    out.put(name, text.toString());
                }
                name = line.substring(SEPARATOR.length());
                text.setLength(0);
            } else if (name != null && !line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, text.toString());
        }
        return out;
    }

    private static boolean updating() {
        return Boolean.getBoolean("msp.golden.update");
    }

    private static String read(String file) throws IOException {
        try (InputStream in = EvaluationGoldenTest.class.getResourceAsStream(file)) {
            assertThat(in).as("test resource %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(String file, String text) throws IOException {
        Path dir = Path.of("src/test/resources/org/msptoolkit/indicators/evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
