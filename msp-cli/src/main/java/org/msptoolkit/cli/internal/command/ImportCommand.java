package org.msptoolkit.cli.internal.command;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.imports.ImportContext;
import org.msptoolkit.imports.ImportSummary;
import org.msptoolkit.imports.Importer;
import org.msptoolkit.imports.Imports;
import org.msptoolkit.imports.pabulib.Pabulib;
import org.msptoolkit.imports.pabulib.PabulibVerification;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msp import SOURCE FILE_OR_FOLDER…}: real records (Pabulib, Polis) into an NDJSON corpus. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import real records as MSP processes into an NDJSON corpus, with provenance (x-provenance)",
            "and every unmapped source field kept as an x-SOURCE extension. Sources: pabulib, polis.",
            "A folder is searched for .pb files (pabulib) or conversation folders (polis).",
            "With --verify (pabulib), recompute each file's winners with its rule and compare them with",
            "the published selection instead of importing. Reference: docs/importers.md"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:imported (or verified: every file agrees); warnings may be printed",
            "1:some input had problems (printed; skipped with --on-error skip), or a file differs",
            "2:usage error, unknown source, or a file that cannot be read or written"
        })
public final class ImportCommand extends MspCommand {
    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source: pabulib or polis.")
    private String source;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "FILE_OR_FOLDER",
            description = "Files or folders to import.")
    private List<Path> inputs;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "CORPUS",
            description = "The .ndjson corpus to write (default: standard output).")
    private Optional<Path> output;

    @Option(
            names = "--on-error",
            paramLabel = "stop|skip",
            defaultValue = "stop",
            description =
                    "On a record with problems: stop (default), or skip it, import the rest and list what was skipped.")
    private String onError;

    @Option(
            names = "--verify",
            description = "pabulib: print '<file>: agrees' or '<file>: differs: …' for each file; write nothing.")
    private boolean verify;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public ImportCommand() {}

    @Override
    @SuppressWarnings("SystemConsoleNull") // Java 17: null when standard streams are not a terminal
    protected int execute() throws Exception {
        Importer importer = Imports.find(source)
                .orElseThrow(() -> new CliInputException("unknown source \"" + source + "\"; sources: "
                        + String.join(
                                ", ",
                                Imports.importers().stream()
                                        .map(Importer::source)
                                        .toList())));
        OnError mode = switch (onError) {
            case "stop" -> OnError.STOP;
            case "skip" -> OnError.SKIP;
            default -> throw new CliInputException("--on-error must be stop or skip, got \"" + onError + "\"");
        };
        if (verify) {
            if (!source.equals("pabulib")) {
                throw new CliInputException("--verify is for pabulib only");
            }
            return verify(importer);
        }
        Path out = output.orElse(null);
        if (out != null && !out.toString().endsWith(".ndjson")) {
            throw new CliInputException("the output is an NDJSON corpus: name it with .ndjson, got " + out);
        }
        if (out != null && out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        boolean terminal = System.console() != null;
        ImportSummary s;
        try (CorpusWriter w = out != null
                ? MspCorpus.ndjson().writer(out)
                : MspCorpus.ndjson().writer(new Lines(out()))) {
            s = Imports.run(importer, inputs, ImportContext.today(), mode, w::write, unit -> {
                if (terminal) {
                    err().print("\rimporting " + unit.getFileName() + "\u001b[K");
                    err().flush();
                }
            });
        }
        if (terminal) {
            err().print("\r\u001b[K");
        }
        s.warnings().forEach(p -> err().println("warning: " + ValidateCommand.line(p)));
        if (!s.skipped().isEmpty()) {
            err().println(
                            s.stopped()
                                    ? "stopped at a record with problems (use --on-error skip to import the rest):"
                                    : "skipped:");
            s.skipped().forEach(p -> err().println("  " + ValidateCommand.line(p)));
        }
        err().println("Imported " + s.records() + " records from " + s.units() + " inputs (" + source + "), "
                + s.warnings().size() + " warnings, " + s.skipped().size() + " problems in skipped records, "
                + s.unmapped().size() + " unmapped source fields kept as x-" + source
                + (out == null ? "" : "; wrote " + out));
        if (!s.unmapped().isEmpty()) {
            err().println("Unmapped fields: " + String.join(", ", s.unmapped()));
        }
        return s.skipped().isEmpty() ? Msp.OK : Msp.FINDINGS;
    }

    private int verify(Importer importer) throws Exception {
        boolean allAgree = true;
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new CliInputException("no such file: " + in);
            }
            for (Path f : importer.units(in)) {
                Result<PabulibVerification> r = Pabulib.verify(f);
                if (r.isValid()) {
                    PabulibVerification v = r.orElseThrow();
                    out().println(v.line());
                    allAgree &= v.outcome() == PabulibVerification.Outcome.AGREES;
                } else {
                    allAgree = false;
                    List<String> lines = new ArrayList<>();
                    for (Problem p : r.problems()) {
                        lines.add(ValidateCommand.line(p));
                    }
                    out().println(f.getFileName() + ": cannot read: " + String.join("; ", lines));
                }
            }
        }
        return allAgree ? Msp.OK : Msp.FINDINGS;
    }

    /** Hands each finished NDJSON line to the command's output writer (tests read it in-process). */
    private static final class Lines extends OutputStream {
        private final java.io.PrintWriter out;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        Lines(java.io.PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                out.print(line.toString(java.nio.charset.StandardCharsets.UTF_8));
                line.reset();
            }
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            if (line.size() > 0) {
                out.print(line.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.flush();
        }
    }
}
