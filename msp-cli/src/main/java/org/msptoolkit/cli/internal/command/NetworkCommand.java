package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.CorpusRecord;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.network.Broker;
import org.msptoolkit.network.ComponentSizes;
import org.msptoolkit.network.MissingLink;
import org.msptoolkit.network.NetworkAnalysis;
import org.msptoolkit.network.NetworkExport;
import org.msptoolkit.network.NetworkFormat;
import org.msptoolkit.network.NetworkReport;
import org.msptoolkit.network.NetworkView;
import org.msptoolkit.network.ProcessNetwork;
import org.msptoolkit.network.StakeholderIdentity;
import org.msptoolkit.network.TieMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code msp network}: the network of a corpus, its measures and missing links, as a map or a graph file. */
@Command(
        name = "network",
        mixinStandardHelpOptions = true,
        description = {
            "Map the network of a corpus: processes and stakeholders, shared stakeholders, declared links.",
            "Prints the measures (cross-sector and cross-level ties, components, brokers, E-I index) and the",
            "best-ranked missing links between adjacent levels; -o writes the network as .html (SVG map),",
            ".graphml, .gexf, .json (node-link) or .csv (edge list). Persons are never nodes. See docs/network.md."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:done, but some records could not be read (each printed) and were left out",
            "2:usage error, or a corpus that cannot be read"
        })
public final class NetworkCommand extends MspCommand {
    /** What {@code --by} can show. */
    enum By {
        stakeholder,
        process
    }

    @Option(
            names = "--corpus",
            required = true,
            paramLabel = "FILE",
            description = "An NDJSON (.ndjson) or JSON-array (.json) corpus of processes.")
    private Path corpus;

    @Option(
            names = "--by",
            paramLabel = "VIEW",
            description = "stakeholder or process: a one-mode view. Default: both (the two-mode network).")
    private Optional<By> by;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "OUT",
            description = "Write the network to OUT: .html, .graphml, .gexf, .json or .csv.")
    private Optional<Path> out;

    @Option(
            names = "--identity",
            paramLabel = "RULE",
            defaultValue = "namespaced-ids",
            description = "When stakeholders of different processes are one node: namespaced-ids (ids such as "
                    + "ror:..., wikidata:...), all-ids or per-process. Default: ${DEFAULT-VALUE}.")
    private String identity;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "25",
            description = "How many missing links to rank and brokers to list. Default: ${DEFAULT-VALUE}.")
    private int top;

    @Option(names = "--lenient", description = "Keep unknown fields of records instead of reporting them.")
    private boolean lenient;

    /** Creates the command; picocli calls it. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    public NetworkCommand() {}

    @Override
    protected int execute() throws Exception {
        readable(corpus);
        StakeholderIdentity rule = identity(identity);
        if (top < 0) {
            throw new CliInputException("--top must be 0 or more, got " + top);
        }
        Optional<NetworkFormat> format = Optional.empty();
        if (out.isPresent()) {
            format = NetworkFormat.forFileName(out.get().getFileName().toString());
            if (format.isEmpty()) {
                throw new CliInputException(
                        "cannot tell the format of " + out.get() + ": use .html, .graphml, .gexf, .json or .csv");
            }
        }
        String name = corpus.getFileName().toString().toLowerCase(Locale.ROOT);
        MspCorpus reader;
        if (name.endsWith(".ndjson")) {
            reader = MspCorpus.ndjson();
        } else if (name.endsWith(".json")) {
            reader = MspCorpus.jsonArray();
        } else {
            throw new CliInputException("cannot tell the format of " + corpus + ": use .ndjson or .json (an array)");
        }
        reader = reader.onError(OnError.SKIP);
        if (lenient) {
            reader = reader.lenient();
        }
        ProcessNetwork.Builder builder = ProcessNetwork.builder().identity(rule);
        long bad = 0;
        try (CorpusReader r = reader.open(corpus);
                Stream<CorpusRecord> records = r.records()) {
            for (CorpusRecord rec : (Iterable<CorpusRecord>) records::iterator) {
                if (rec.result().isValid()) {
                    builder.add(rec.result().orElseThrow().process());
                } else {
                    bad++;
                    rec.result().problems().forEach(p -> err().println(ValidateCommand.line(p)));
                }
            }
        }
        ProcessNetwork network = builder.build();
        NetworkReport report =
                NetworkAnalysis.defaults().topMissingLinks(top).topBrokers(top).analyse(network);
        NetworkView view = by.map(b -> b == By.stakeholder ? NetworkView.STAKEHOLDER : NetworkView.PROCESS)
                .orElse(NetworkView.TWO_MODE);
        summary(network, report, bad);
        if (out.isPresent()) {
            Path file = out.get();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            try (var w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                NetworkExport.of(network, report).write(view, format.orElseThrow(), w);
            }
            err().println("Wrote " + file + " (" + view.code() + " view)");
        }
        return bad == 0 ? Msp.OK : Msp.FINDINGS;
    }

    private static StakeholderIdentity identity(String code) {
        for (StakeholderIdentity i : StakeholderIdentity.values()) {
            if (i.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new CliInputException("unknown --identity " + code + ": use namespaced-ids, all-ids or per-process");
    }

    private void summary(ProcessNetwork n, NetworkReport r, long bad) {
        var o = out();
        o.printf(
                Locale.ROOT,
                "%d processes, %d stakeholders (matched by %s; %d individuals left out), %d two-mode ties, "
                        + "%d declared links (%d more point outside the corpus), %d process ties, %d stakeholder ties%n",
                n.processes().size(),
                n.stakeholders().size(),
                n.identity().code(),
                n.excludedIndividuals(),
                n.twoMode().edgeSet().size(),
                n.declaredLinks().edgeSet().size(),
                n.externalLinks(),
                n.processProjection().edgeSet().size(),
                n.stakeholderProjection().edgeSet().size());
        if (bad > 0) {
            o.printf(Locale.ROOT, "%d records could not be read and were left out (see above)%n", bad);
        }
        for (Problem p : n.problems()) {
            o.println("note: " + p.location() + ": " + p.message() + " [" + p.code() + "]");
        }
        if (!n.mergeCandidates().isEmpty()) {
            o.printf(
                    Locale.ROOT,
                    "%d possible duplicate stakeholders (same group and name under different ids; not merged)%n",
                    n.mergeCandidates().size());
        }
        for (ComponentSizes c : r.components()) {
            o.printf(
                    Locale.ROOT,
                    "components of the %s: %d, largest %d, sizes %s%n",
                    c.graph(),
                    c.components(),
                    c.largest(),
                    c.sizes().subList(0, Math.min(5, c.sizes().size())));
        }
        mix("cross-sector", r.crossSector());
        mix("cross-level", r.crossLevel());
        o.printf(
                Locale.ROOT,
                "E-I index of stakeholder groups: %s%n",
                Double.isNaN(r.eiIndex().overall().value())
                        ? "not measurable (no stakeholder ties)"
                        : String.format(
                                Locale.ROOT, "%.3f", r.eiIndex().overall().value()));
        o.println("brokers (" + r.brokerage().method() + "):");
        List<Broker> brokers = r.brokerage().brokers();
        for (Broker b : brokers.subList(0, Math.min(5, brokers.size()))) {
            o.printf(
                    Locale.ROOT,
                    "  %s (%s): betweenness %.2f, constraint %s%n",
                    b.stakeholder().name(),
                    b.stakeholder().group().code(),
                    b.betweenness(),
                    Double.isNaN(b.constraint()) ? "-" : String.format(Locale.ROOT, "%.3f", b.constraint()));
        }
        o.printf(
                Locale.ROOT,
                "missing links: %d untied pairs one level apart in a shared sector and place; best %d:%n",
                r.untiedPairs(),
                Math.min(5, r.missingLinks().size()));
        for (MissingLink m :
                r.missingLinks().subList(0, Math.min(5, r.missingLinks().size()))) {
            o.printf(
                    Locale.ROOT,
                    "  %d. %s (%s, %s) -- %s (%s, %s): %d possible bridge(s), sectors %s%n",
                    m.rank(),
                    m.lower().title(),
                    m.lower().processId(),
                    m.lowerLevel().code(),
                    m.upper().title(),
                    m.upper().processId(),
                    m.upperLevel().code(),
                    m.bridges().size(),
                    m.sharedSectors());
        }
    }

    private void mix(String what, List<TieMix> mixes) {
        for (TieMix t : mixes) {
            if (t.total() == 0) {
                continue;
            }
            out().printf(
                            Locale.ROOT,
                            "%s ties (%s): %s%n",
                            what,
                            t.ties(),
                            Double.isNaN(t.overall().share())
                                    ? "not measurable (no tie with the attribute at both ends)"
                                    : String.format(
                                            Locale.ROOT,
                                            "%.1f%% of %d ties",
                                            t.overall().share() * 100,
                                            t.overall().judged()));
        }
    }
}
