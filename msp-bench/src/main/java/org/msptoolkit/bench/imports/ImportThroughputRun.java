package org.msptoolkit.bench.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.msptoolkit.imports.ImportContext;
import org.msptoolkit.imports.ImportSummary;
import org.msptoolkit.imports.Importer;
import org.msptoolkit.imports.Imports;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import tools.jackson.core.JsonParser;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Import throughput per source against a floor: the same files read with jackson-dataformat-csv's
 * (Pabulib, Polis) or Jackson's (Popolo) streaming parser into nothing (every token pulled, nothing kept). The import writes NDJSON to a
 * discarding stream. Each source is imported {@code rounds} times after {@code rounds} warm-up
 * rounds; the best round is reported (records/s, MB/s of input). A small driver, not a JMH benchmark.
 *
 * <pre>
 * java -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.imports.ImportThroughputRun [rounds] [data folder]
 * </pre>
 */
public final class ImportThroughputRun {
    private ImportThroughputRun() {}

    /**
     * Runs the measurement and prints one line per source.
     *
     * @param args optional number of rounds (default 20) and the shared data folder (default {@code ../shared/data})
     * @throws IOException when the shared data cannot be read
     */
    @SuppressWarnings("SystemOut") // a driver: it prints its figures
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
        for (String source : List.of("pabulib", "polis", "popolo")) {
            Path dir = data.resolve(source.equals("popolo") ? "popolo/everypolitician" : source);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException(dir + " not found; give the shared data folder as the second argument");
            }
            Importer importer = Imports.find(source).orElseThrow();
            List<Path> files = files(dir, source.equals("pabulib") ? ".pb" : source.equals("polis") ? ".csv" : ".json");
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            double floorBest = Double.MAX_VALUE;
            double importBest = Double.MAX_VALUE;
            long records = 0;
            for (int r = 0; r < 2 * rounds; r++) {
                long t0 = System.nanoTime();
                long tokens =
                        source.equals("popolo") ? jsonFloor(files) : floor(files, source.equals("pabulib") ? ';' : ',');
                long t1 = System.nanoTime();
                ImportSummary s;
                try (CorpusWriter w = MspCorpus.ndjson().writer(OutputStream.nullOutputStream())) {
                    s = Imports.run(importer, List.of(dir), ImportContext.today(), OnError.SKIP, w::write, p -> {});
                }
                long t2 = System.nanoTime();
                records = s.records();
                if (r >= rounds) {
                    floorBest = Math.min(floorBest, (t1 - t0) / 1e9);
                    importBest = Math.min(importBest, (t2 - t1) / 1e9);
                }
                if (tokens < 0) {
                    throw new IllegalStateException("unreachable");
                }
            }
            double mb = bytes / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %3d records, %6.2f MB: import %7.3f s = %8.1f records/s, %6.2f MB/s; floor (Jackson, into nothing) %7.3f s = %6.2f MB/s; import/floor = %.2fx%n",
                    source,
                    records,
                    mb,
                    importBest,
                    records / importBest,
                    mb / importBest,
                    floorBest,
                    mb / floorBest,
                    importBest / floorBest);
        }
    }

    private static long jsonFloor(List<Path> files) throws IOException {
        tools.jackson.databind.ObjectMapper mapper =
                tools.jackson.databind.json.JsonMapper.builder().build();
        long tokens = 0;
        for (Path f : files) {
            try (var in = Files.newInputStream(f);
                    JsonParser p = mapper.createParser(in)) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    private static List<Path> files(Path dir, String extension) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(extension))
                    .sorted()
                    .forEach(out::add);
        }
        return out;
    }

    private static long floor(List<Path> files, char separator) throws IOException {
        CsvMapper mapper = CsvMapper.builder().build();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        long tokens = 0;
        for (Path f : files) {
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                    JsonParser p = mapper.reader(schema).createParser(in)) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
