package org.msptoolkit.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.msptoolkit.bench.BenchProcesses;
import org.msptoolkit.io.corpus.CorpusWriter;
import org.msptoolkit.io.corpus.MspCorpus;
import org.msptoolkit.testkit.corpus.CorpusGenerator;
import org.msptoolkit.testkit.corpus.CorpusShape;

/** Writes the benchmark corpora: the first {@code n} processes of the seeded testkit corpus as NDJSON. */
public final class BenchCorpus {
    private BenchCorpus() {}

    /**
     * The benchmark corpus generator for a skew.
     *
     * @param skew the power-law exponent of the clearing-house shape (1 log-uniform, 3 mostly small)
     * @return the generator, seeded with {@link BenchProcesses#SEED}
     */
    public static CorpusGenerator generator(double skew) {
        return CorpusGenerator.seeded(BenchProcesses.SEED)
                .shape(CorpusShape.clearingHouse().withSkew(skew));
    }

    /**
     * The first {@code n} processes as NDJSON bytes, in memory.
     *
     * @param n how many processes
     * @param skew the shape's skew
     * @return the UTF-8 bytes
     */
    public static byte[] inMemory(int n, double skew) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, n, skew);
        return out.toByteArray();
    }

    /**
     * Writes the first {@code n} processes to {@code file} unless it exists already.
     *
     * @param file where
     * @param n how many processes
     * @param skew the shape's skew
     * @return whether the file was written
     * @throws IOException if the file cannot be written
     */
    public static boolean toFile(Path file, long n, double skew) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(out, n, skew);
        }
        Files.move(partial, file);
        return true;
    }

    private static void write(OutputStream out, long n, double skew) {
        CorpusGenerator g = generator(skew);
        try (CorpusWriter w = MspCorpus.ndjson().writer(out)) {
            g.processes(n).forEach(w::write);
        }
    }
}
