package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;

class NetworkCommandTest {
    @TempDir
    Path dir;

    private Path corpus() {
        Path file = dir.resolve("water.ndjson");
        List<MspProcess> ps = List.of(
                MspProcess.builder("local-forum", "Local water forum")
                        .levels(Level.LOCAL)
                        .countries("KE")
                        .sectors(Sector.sdg(6))
                        .stakeholder(Stakeholder.of("ngo", "Village water NGO", StakeholderGroup.NGOS))
                        .build(),
                MspProcess.builder("county-board", "County water board")
                        .levels(Level.SUBNATIONAL)
                        .countries("KE")
                        .sectors(Sector.sdg(6))
                        .stakeholder(Stakeholder.of("ngo2", "County NGO network", StakeholderGroup.NGOS))
                        .build());
        try (CorpusWriter w = MspCorpus.ndjson().writer(file)) {
            ps.forEach(w::write);
        }
        return file;
    }

    @Test
    void printsTheMeasuresAndTheMissingLink() {
        Run r = Run.msp("network", "--corpus", corpus().toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2 processes, 2 stakeholders (matched by namespaced-ids");
        assertThat(r.out()).contains("missing links: 1 untied pairs");
        assertThat(r.out())
                .contains("1. Local water forum (local-forum, local) -- County water board (county-board, "
                        + "subnational): 2 possible bridge(s), sectors [SDG6]");
    }

    @Test
    void writesEachFormatByExtension() throws Exception {
        Path in = corpus();
        for (String ext : List.of("html", "graphml", "gexf", "json", "csv")) {
            Path out = dir.resolve("map." + ext);
            Run r = Run.msp("network", "--corpus", in.toString(), "--by", "process", "-o", out.toString());
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.err()).contains("Wrote " + out + " (process view)");
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(dir.resolve("map.html"))).contains("<svg").doesNotContain("<script");
    }

    @Test
    void anUnknownOutputExtensionIsAUsageError() {
        Run r = Run.msp(
                "network",
                "--corpus",
                corpus().toString(),
                "-o",
                dir.resolve("map.png").toString());
        assertThat(r.exit()).isEqualTo(Msp.USAGE);
        assertThat(r.err()).contains("cannot tell the format of").contains("map.png");
    }

    @Test
    void badRecordsAreReportedWithTheirLineAndLeftOut() throws Exception {
        Path file = corpus();
        Files.writeString(file, Files.readString(file) + "{\"formatVersion\":1,\"kind\":\"process\"}\n");
        Run r = Run.msp("network", "--corpus", file.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(Msp.FINDINGS);
        assertThat(r.err()).contains(":3");
        assertThat(r.out()).contains("1 records could not be read");
    }
}
