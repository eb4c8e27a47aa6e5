package org.msptoolkit.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.corpus.OnError;

/**
 * Finds the {@link Importer}s on the module path (or class path) and runs one over files and
 * folders, one unit at a time.
 *
 * <pre>{@code
 * Importer polis = Imports.find("polis").orElseThrow();
 * try (CorpusWriter w = MspCorpus.ndjson().writer(Path.of("polis.ndjson"))) {
 *     ImportSummary s = Imports.run(polis, List.of(Path.of("../shared/data/polis")),
 *             ImportContext.today(), OnError.SKIP, w::write, u -> {});
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Imports {
    private Imports() {}

    /**
     * Every importer found, sorted by source name.
     *
     * @return the importers
     * @since 0.2.0
     */
    public static List<Importer> importers() {
        List<Importer> all = new ArrayList<>();
        ServiceLoader.load(Importer.class, Imports.class.getClassLoader()).forEach(all::add);
        all.sort(Comparator.comparing(Importer::source));
        return List.copyOf(all);
    }

    /**
     * The importer for a source.
     *
     * @param source e.g. {@code "pabulib"}
     * @return the importer, or empty when none has that name
     * @since 0.2.0
     */
    public static Optional<Importer> find(String source) {
        Objects.requireNonNull(source, "source");
        return importers().stream().filter(i -> i.source().equals(source)).findFirst();
    }

    /**
     * The version of msp-import, recorded in every record's provenance.
     *
     * @return e.g. {@code "0.1.0-SNAPSHOT"}
     * @since 0.2.0
     */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Imports.class.getResourceAsStream("/org/msptoolkit/imports/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "unknown");
        return v.isBlank() || v.startsWith("$") ? "unknown" : v;
    }

    /**
     * Imports every unit at or under {@code inputs}, handing each record to {@code out} as soon as it is
     * complete. With {@link OnError#STOP} the run ends at the first unit with an error (records already
     * handed on stay handed on); with {@link OnError#SKIP} it imports the rest and lists what it skipped.
     *
     * @param importer the importer
     * @param inputs files or folders
     * @param context import day and version for provenance
     * @param onError stop or skip
     * @param out receives each record
     * @param progress receives each unit just before it is read (for a progress display)
     * @return what the run did
     * @throws IOException when an input cannot be found or listed
     * @since 0.2.0
     */
    public static ImportSummary run(
            Importer importer,
            List<Path> inputs,
            ImportContext context,
            OnError onError,
            Consumer<MspDocument> out,
            Consumer<Path> progress)
            throws IOException {
        List<Path> units = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new java.nio.file.NoSuchFileException(in.toString());
            }
            units.addAll(importer.units(in));
        }
        List<Problem> warnings = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        Set<String> unmapped = new LinkedHashSet<>();
        long records = 0;
        long bytes = 0;
        long done = 0;
        boolean stopped = false;
        for (Path unit : units) {
            progress.accept(unit);
            Collector c = new Collector();
            try {
                importer.read(unit, context, c);
            } catch (IOException e) {
                c.error(Problem.of(unit.toString(), "unreadable", "cannot read: " + e.getMessage()));
            }
            done++;
            bytes += size(unit);
            warnings.addAll(c.warnings);
            unmapped.addAll(c.unmapped);
            if (!c.errors.isEmpty()) {
                skipped.addAll(c.errors);
                if (onError == OnError.STOP) {
                    stopped = true;
                    break;
                }
            }
            for (MspDocument d : c.records) {
                out.accept(d);
                records++;
            }
        }
        return new ImportSummary(importer.source(), done, records, bytes, warnings, skipped, unmapped, stopped);
    }

    private static long size(Path unit) throws IOException {
        if (Files.isRegularFile(unit)) {
            return Files.size(unit);
        }
        long total = 0;
        try (var files = Files.list(unit)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    total += Files.size(f);
                }
            }
        }
        return total;
    }

    /** Holds one unit's records until the unit is known to be good. */
    private static final class Collector implements ImportSink {
        final List<MspDocument> records = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
        final List<Problem> errors = new ArrayList<>();
        final Set<String> unmapped = new LinkedHashSet<>();

        @Override
        public void record(MspDocument document) {
            records.add(Objects.requireNonNull(document, "document"));
        }

        @Override
        public void warning(Problem problem) {
            warnings.add(problem);
        }

        @Override
        public void error(Problem problem) {
            errors.add(problem);
        }

        @Override
        public void unmapped(String field) {
            unmapped.add(field);
        }
    }
}
