package org.msptoolkit.cli.internal.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.CorpusRecord;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;

/** Reads the MSP files named on the command line: one document per YAML/JSON file, many per NDJSON corpus. */
final class Inputs {
    private Inputs() {}

    /**
     * What one file gave: its good documents and the problems of the bad ones.
     *
     * @param file the file
     * @param documents the documents read successfully, in file order
     * @param problems every problem, with its location
     * @param records how many records the file held (1 for a YAML or JSON file)
     */
    record Loaded(Path file, List<MspDocument> documents, List<Problem> problems, long records) {
        /**
         * Returns whether every record was read.
         *
         * @return whether every record was read
         */
        boolean isValid() {
            return problems.isEmpty();
        }

        /**
         * Returns whether the file itself could not be read (rather than holding bad data).
         *
         * @return whether the file itself could not be read (rather than holding bad data)
         */
        boolean isUnreadable() {
            return problems.stream().anyMatch(p -> p.code().equals(IoProblems.IO));
        }
    }

    /**
     * Returns whether it names an NDJSON corpus.
     *
     * @param file a file name
     * @return whether it names an NDJSON corpus
     */
    static boolean isCorpus(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
    }

    /**
     * Checks that the file name says what format it is in.
     *
     * @param file a file name
     * @throws CliInputException for any other extension than .yaml, .yml, .json, .ndjson
     */
    static void checkExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".ndjson"))) {
            throw new CliInputException("cannot tell the format of " + file + ": use .yaml, .yml, .json or .ndjson");
        }
    }

    /**
     * Reads a file: every record, collecting every problem.
     *
     * @param file an existing, readable file
     * @param lenient keep unknown fields instead of reporting them
     * @return what was read
     */
    static Loaded read(Path file, boolean lenient) {
        MspCommand.readable(file);
        checkExtension(file);
        if (isCorpus(file)) {
            MspCorpus corpus = MspCorpus.ndjson().onError(OnError.SKIP);
            if (lenient) {
                corpus = corpus.lenient();
            }
            List<MspDocument> docs = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            long records = 0;
            try (CorpusReader reader = corpus.open(file);
                    Stream<CorpusRecord> stream = reader.records()) {
                for (CorpusRecord r : (Iterable<CorpusRecord>) stream::iterator) {
                    records++;
                    if (r.result().isValid()) {
                        docs.add(r.result().orElseThrow());
                    } else {
                        problems.addAll(r.result().problems());
                    }
                }
            }
            return new Loaded(file, docs, problems, records);
        }
        MspFormat format = MspFormat.forPath(file);
        Result<MspDocument> r = (lenient ? format.lenient() : format).read(file);
        return new Loaded(file, r.value().map(List::of).orElse(List.of()), r.problems(), 1);
    }

    /**
     * Reads the one process of a YAML or JSON file, printing its problems when it has any.
     *
     * @param file a .yaml, .yml or .json file
     * @param err where to print the problems
     * @return the process, or empty after printing its problems
     * @throws CliInputException when the file cannot be read or is a corpus
     */
    static Optional<MspProcess> readOne(Path file, PrintWriter err) {
        if (isCorpus(file)) {
            throw new CliInputException(
                    file + " is a corpus of processes: name one .yaml or .json process, or use 'msp compare'");
        }
        Loaded loaded = read(file, false);
        if (loaded.isUnreadable()) {
            throw new CliInputException(ValidateCommand.line(loaded.problems().get(0)));
        }
        if (!loaded.isValid()) {
            err.println(file + ": " + ValidateCommand.count(loaded.problems().size(), "problem")
                    + "; fix them first (msp validate " + file + ")");
            loaded.problems().forEach(p -> err.println("  " + ValidateCommand.line(p)));
            return Optional.empty();
        }
        return Optional.of(loaded.documents().get(0).process());
    }
}
