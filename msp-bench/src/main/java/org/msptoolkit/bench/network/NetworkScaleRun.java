package org.msptoolkit.bench.network;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.msptoolkit.bench.corpus.BenchCorpus;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.io.corpus.CorpusReader;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.io.corpus.OnError;
import org.msptoolkit.network.Broker;
import org.msptoolkit.network.NetworkAnalysis;
import org.msptoolkit.network.NetworkExport;
import org.msptoolkit.network.NetworkFormat;
import org.msptoolkit.network.NetworkReport;
import org.msptoolkit.network.NetworkView;
import org.msptoolkit.network.ProcessNetwork;
import org.msptoolkit.network.StakeholderIdentity;

/**
 * Plain (non-JMH) scale run of msp-network. Part 1 streams an NDJSON corpus (generated first when the file is
 * missing, as {@code CorpusScaleRun} does) into a {@link ProcessNetwork} with the default identity rule, measures
 * it with {@link NetworkAnalysis#defaults()} and writes the two-mode GraphML and the process-view HTML map into
 * the output directory, reporting node and tie counts, wall time per stage and peak heap. Part 2 measures the
 * error of sampled betweenness (500 sources, Brandes &amp; Pich 2007) against exact betweenness on a stakeholder
 * projection of about 5,000 stakeholders: the first 4,000 processes of the seeded corpus with their stakeholders
 * re-keyed to a pool of 5,000 global ids drawn with a power law, so that organisations recur across processes as
 * in a hub.
 *
 * <pre>java -Xmx1g -cp msp-bench/target/benchmarks.jar org.msptoolkit.bench.network.NetworkScaleRun \
 *     /tmp/c-100000-s3.ndjson 100000 3 /tmp</pre>
 *
 * <p>Arguments: corpus file, number of processes, skew of the clearing-house shape, output directory.
 */
public final class NetworkScaleRun {
    private NetworkScaleRun() {}

    /**
     * Runs it.
     *
     * @param args file, processes, skew, output directory
     * @throws IOException if the corpus or the outputs cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        double skew = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        Path outDir = Path.of(args.length > 3 ? args[3] : System.getProperty("java.io.tmpdir"));
        if (BenchCorpus.toFile(file, n, skew)) {
            System.out.printf(Locale.ROOT, "generated %,d processes into %s%n", n, file);
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        ProcessNetwork.Builder b = ProcessNetwork.builder();
        try (CorpusReader r = MspCorpus.ndjson().onError(OnError.SKIP).open(file);
                Stream<MspProcess> ps = r.processes()) {
            ps.forEach(b::add);
        }
        ProcessNetwork network = b.build();
        long t1 = System.nanoTime();
        NetworkReport report = NetworkAnalysis.defaults().analyse(network);
        long t2 = System.nanoTime();
        NetworkExport export = NetworkExport.of(network, report);
        Path graphml = outDir.resolve("network-scale.graphml");
        Path html = outDir.resolve("network-scale.html");
        try (Writer w = Files.newBufferedWriter(graphml, StandardCharsets.UTF_8)) {
            export.write(NetworkView.TWO_MODE, NetworkFormat.GRAPHML, w);
        }
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            export.write(NetworkView.PROCESS, NetworkFormat.HTML, w);
        }
        long t3 = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s%nnodes: %,d processes + %,d stakeholders; ties: %,d two-mode, %,d declared links (%,d external),"
                        + " %,d process projection, %,d stakeholder projection; %,d merge candidates; %,d"
                        + " individuals left out%n",
                network,
                network.processes().size(),
                network.stakeholders().size(),
                network.twoMode().edgeSet().size(),
                network.declaredLinks().edgeSet().size(),
                network.externalLinks(),
                network.processProjection().edgeSet().size(),
                network.stakeholderProjection().edgeSet().size(),
                network.mergeCandidates().size(),
                network.excludedIndividuals());
        System.out.printf(
                Locale.ROOT,
                "components: %s; betweenness: %s; untied adjacent-level pairs: %,d%n",
                report.components().stream()
                        .map(c -> c.graph() + " " + c.components() + " (largest " + c.largest() + ")")
                        .toList(),
                report.brokerage().method(),
                report.untiedPairs());
        System.out.printf(
                Locale.ROOT,
                "wall: read+build %.1f s, measure %.1f s, write GraphML (%,.1f MB) + HTML (%,.1f MB) %.1f s, total"
                        + " %.1f s; -Xmx %,d MB, peak heap %,.0f MB (sum of pool peaks)%n",
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                Files.size(graphml) / 1e6,
                Files.size(html) / 1e6,
                (t3 - t2) / 1e9,
                (t3 - t0) / 1e9,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                peak / 1e6);
        sampledVersusExact();
    }

    /** Part 2: sampled against exact betweenness on a stakeholder projection of about 5,000 stakeholders. */
    private static void sampledVersusExact() {
        SplittableRandom rnd = new SplittableRandom(19);
        ProcessNetwork.Builder b = ProcessNetwork.builder().identity(StakeholderIdentity.NAMESPACED_IDS);
        BenchCorpus.generator(3).processes(4_000).forEach(p -> {
            // each stakeholder gets a power-law pool id: small ids are frequent (hubs), large ids rare
            Set<String> used = new HashSet<>();
            List<Stakeholder> rekeyed = new ArrayList<>();
            for (Stakeholder s : p.stakeholders()) {
                int id = (int) Math.min(4_999, Math.floor(5_000 * Math.pow(rnd.nextDouble(), 2.5)));
                if (used.add("pool:" + id)) {
                    rekeyed.add(Stakeholder.builder("pool:" + id, s.name(), s.group())
                            .build());
                }
            }
            b.add(MspProcess.builder(p.id().value(), p.title())
                    .scope(p.scope())
                    .stakeholders(rekeyed)
                    .build());
        });
        ProcessNetwork net = b.build();
        long e0 = System.nanoTime();
        NetworkReport exact = NetworkAnalysis.defaults()
                .topBrokers(20)
                .betweenness(Integer.MAX_VALUE, 1, 1)
                .analyse(net);
        long e1 = System.nanoTime();
        NetworkReport sampled =
                NetworkAnalysis.defaults().topBrokers(20).betweenness(0, 500, 1).analyse(net);
        long e2 = System.nanoTime();
        Map<String, Broker> ex = exact.stakeholderScores();
        Map<String, Broker> sa = sampled.stakeholderScores();
        double max = ex.values().stream().mapToDouble(Broker::betweenness).max().orElse(0);
        double sumAbs = 0;
        double maxAbs = 0;
        double sumRel = 0;
        double maxRel = 0;
        int positive = 0;
        for (Map.Entry<String, Broker> e : ex.entrySet()) {
            double x = e.getValue().betweenness();
            double d = Math.abs(
                    x - java.util.Objects.requireNonNull(sa.get(e.getKey())).betweenness());
            sumAbs += d;
            maxAbs = Math.max(maxAbs, d);
            if (x > 0) {
                positive++;
                sumRel += d / x;
                maxRel = Math.max(maxRel, d / x);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "absolute error: mean %.2f, max %.2f (largest exact betweenness %.1f); relative error over the %,d"
                        + " stakeholders with exact betweenness > 0: mean %.2f%%, max %.1f%%%n",
                sumAbs / ex.size(),
                maxAbs,
                max,
                positive,
                positive == 0 ? 0 : 100 * sumRel / positive,
                100 * maxRel);
        List<String> topExact = exact.brokerage().brokers().stream()
                .map(x -> x.stakeholder().key())
                .toList();
        List<String> topSampled = sampled.brokerage().brokers().stream()
                .map(x -> x.stakeholder().key())
                .toList();
        long overlap = topExact.stream().filter(topSampled::contains).count();
        Broker topSampledScore = java.util.Objects.requireNonNull(
                sa.get(exact.brokerage().brokers().get(0).stakeholder().id()));
        double top1Rel = Math.abs(topSampledScore.betweenness() - max) / max;
        System.out.printf(
                Locale.ROOT,
                "sampled vs exact betweenness on a %,d-stakeholder projection (%,d ties, largest component %,d):"
                        + " exact %.1f s, sampled (500 sources) %.1f s; mean |error| %.4f%% and max |error| %.3f%% of"
                        + " the largest betweenness; top broker's error %.2f%%; %d of the exact top 20 in the"
                        + " sampled top 20%n",
                net.stakeholders().size(),
                net.stakeholderProjection().edgeSet().size(),
                exact.components().get(1).largest(),
                (e1 - e0) / 1e9,
                (e2 - e1) / 1e9,
                100 * sumAbs / ex.size() / max,
                100 * maxAbs / max,
                100 * top1Rel,
                overlap);
    }
}
