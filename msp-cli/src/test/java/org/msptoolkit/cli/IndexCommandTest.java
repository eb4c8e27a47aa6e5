package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code msp index} on COINr's ASEM example (the sample in {@code src/test/resources/coinr-asem/}). */
class IndexCommandTest {
    @TempDir
    Path tmp;

    private static Path data() {
        return resource("mini5_iData.csv");
    }

    private static Path meta() {
        return resource("ASEM_iMeta.csv");
    }

    private static Path resource(String name) {
        try {
            return Path.of(
                    IndexCommandTest.class.getResource("/coinr-asem/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV table as uCode → column → value (empty cells as NaN); asserts that rows are sorted by uCode. */
    private static Map<String, Map<String, Double>> table(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        assertThat(header[0]).isEqualTo("uCode");
        Map<String, Map<String, Double>> t = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, Double> row = new LinkedHashMap<>();
            for (int i = 1; i < header.length; i++) {
                row.put(header[i], cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]));
            }
            t.put(cells[0], row);
        }
        assertThat(new ArrayList<>(t.keySet())).isSorted();
        return t;
    }

    /** Parent of each code and direction of each indicator, read from iMeta independently of the library. */
    private static Map<String, String[]> metaRows() throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String line :
                Files.readAllLines(meta()).subList(1, Files.readAllLines(meta()).size())) {
            String[] c = CsvLines.split(line).toArray(String[]::new);
            rows.put(c[1], c); // Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type
        }
        return rows;
    }

    @Test
    void minMaxNormalisesEveryIndicatorOntoZeroToHundredRespectingDirection() throws Exception {
        Run run = Run.msp("index", "--data", data().toString(), "--meta", meta().toString(), "--output", "normalised");
        assertThat(run.exit()).as(run.toString()).isZero();
        Map<String, Map<String, Double>> t = table(run.out());
        assertThat(t.keySet()).containsExactly("AUS", "AUT", "DEU", "GBR", "IND");
        Map<String, String[]> meta = metaRows();
        List<String> raw = Files.readAllLines(data());
        List<String> rawHeader = CsvLines.split(raw.get(0));
        for (String code : t.get("AUT").keySet()) {
            String[] m = meta.get(code);
            assertThat(m[9]).as(code).isEqualTo("Indicator");
            double min = t.values().stream().mapToDouble(r -> r.get(code)).min().orElseThrow();
            double max = t.values().stream().mapToDouble(r -> r.get(code)).max().orElseThrow();
            // the unit with the highest raw value scores 100 when higher is better, 0 when lower is better
            int col = rawHeader.indexOf(code);
            String best = null;
            double bestRaw = Double.NEGATIVE_INFINITY;
            for (String line : raw.subList(1, raw.size())) {
                String[] c = CsvLines.split(line).toArray(String[]::new);
                if (Double.parseDouble(c[col]) > bestRaw) {
                    bestRaw = Double.parseDouble(c[col]);
                    best = c[1];
                }
            }
            if (max > min) {
                assertThat(min).as(code).isEqualTo(0.0);
                assertThat(max).as(code).isEqualTo(100.0);
                assertThat(t.get(best).get(code)).as(code + " of " + best).isEqualTo(m[3].equals("-1") ? 0.0 : 100.0);
            }
        }
    }

    @Test
    void aggregatesAreTheArithmeticMeanOfTheirChildrenAndRanksFollowTheIndex() throws Exception {
        Run norm = Run.msp("index", "--data", data().toString(), "--meta", meta().toString(), "--output", "aggregated");
        assertThat(norm.exit()).as(norm.toString()).isZero();
        Map<String, Map<String, Double>> t = table(norm.out());
        Map<String, String[]> meta = metaRows();
        for (String unit : t.keySet()) {
            Map<String, Double> row = t.get(unit);
            for (String code : List.of("Physical", "Conn", "Index")) {
                List<Double> children = new ArrayList<>();
                meta.values().stream().filter(m -> m[8].equals(code)).forEach(m -> children.add(row.get(m[1])));
                assertThat(children).as(code).isNotEmpty();
                double mean = children.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
                assertThat(row.get(code)).as(unit + " " + code).isCloseTo(mean, within(1e-9));
            }
        }
        Run results = Run.msp("index", "--data", data().toString(), "--meta", meta().toString());
        Map<String, Map<String, Double>> r = table(results.out());
        for (String unit : r.keySet()) {
            double index = r.get(unit).get("Index");
            assertThat(index).isEqualTo(t.get(unit).get("Index"));
            long better =
                    r.values().stream().filter(o -> o.get("Index") > index).count();
            assertThat(r.get(unit).get("Rank")).isEqualTo(better + 1.0);
        }
    }

    @Test
    void otherMethodsJsonOutputAndGeometricMeans() throws Exception {
        Run run = Run.msp(
                "index",
                "--data",
                data().toString(),
                "--meta",
                meta().toString(),
                "--normalise",
                "minmax:1,100",
                "--aggregate",
                "gmean",
                "--format",
                "json",
                "--output",
                "aggregated");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("[").contains("\"uCode\" : \"AUS\"");
        Run rank = Run.msp(
                "index",
                "--data",
                data().toString(),
                "--meta",
                meta().toString(),
                "--normalise",
                "rank",
                "--aggregate",
                "amean,amean,gmean");
        assertThat(rank.exit()).as(rank.toString()).isZero();
        Run ref = Run.msp(
                "index",
                "--data",
                data().toString(),
                "--meta",
                meta().toString(),
                "--normalise",
                "dist2ref:DEU",
                "--output",
                "normalised",
                "--impute",
                "mean",
                "--treat");
        assertThat(ref.exit()).as(ref.toString()).isZero();
        Path out = tmp.resolve("r.csv");
        assertThat(Run.msp("index", "--data", data().toString(), "--meta", meta().toString(), "-o", out.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(out)).startsWith("uCode,Index,");
    }

    @Test
    void badMethodsAndFilesAreUsageErrors() throws Exception {
        Run unknown =
                Run.msp("index", "--data", data().toString(), "--meta", meta().toString(), "--normalise", "minmux");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown normalisation 'minmux'", "minmax", "dist2ref:UNITCODE");
        Run args =
                Run.msp("index", "--data", data().toString(), "--meta", meta().toString(), "--normalise", "minmax:0,x");
        assertThat(args.exit()).isEqualTo(2);
        assertThat(args.err()).contains("'x' is not a number");
        Run agg = Run.msp("index", "--data", data().toString(), "--meta", meta().toString(), "--aggregate", "median");
        assertThat(agg.exit()).isEqualTo(2);
        assertThat(agg.err()).contains("unknown aggregation 'median'");
        Run missing = Run.msp("index", "--data", tmp.resolve("none.csv").toString(), "--meta", meta().toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file", "none.csv");
        Path badData =
                Files.writeString(tmp.resolve("bad.csv"), "\"uName\",\"uCode\",\"LPI\"\n\"A\",\"AAA\",\"abc\"\n");
        Run bad = Run.msp("index", "--data", badData.toString(), "--meta", meta().toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("msp index:");
        Run noMeta = Run.msp("index", "--data", data().toString());
        assertThat(noMeta.exit()).isEqualTo(2);
        assertThat(noMeta.err()).contains("--meta");
    }
}
