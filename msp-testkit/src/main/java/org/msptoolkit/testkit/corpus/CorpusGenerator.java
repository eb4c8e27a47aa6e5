package org.msptoolkit.testkit.corpus;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.testkit.ProcessGenerator;

/**
 * A seeded, streaming generator of realistic corpora: the process records a stakeholder hub or
 * clearing house holds, with sizes drawn from a {@link CorpusShape} (by default log-uniform 10–2,000
 * participants, 5–300 meetings, 10–500 decisions, commitments and documents).
 *
 * <pre>{@code
 * CorpusGenerator corpus = CorpusGenerator.seeded(42);
 * corpus.processes(100_000).forEach(p -> ...);    // one process at a time, never the whole corpus
 * MspProcess p = corpus.process(31_415);           // any process directly, by its index
 * }</pre>
 *
 * <p>Process {@code i} depends only on the seed, the shape and {@code i}: corpora are equal on every run
 * and JVM, any slice can be made on its own, and processes can be made in parallel
 * ({@code LongStream.range(0, n).parallel().mapToObj(corpus::process)}). Nothing is cached, so memory
 * holds only the processes the caller keeps. Every process validates clean.
 *
 * <p>Immutable and thread-safe.
 */
public final class CorpusGenerator {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private final long seed;
    private final CorpusShape shape;

    private CorpusGenerator(long seed, CorpusShape shape) {
        this.seed = seed;
        this.shape = shape;
    }

    /**
     * A generator of {@link CorpusShape#clearingHouse()} corpora from {@code seed}.
     *
     * @param seed any number; the same seed gives the same corpus
     * @return the generator
     */
    public static CorpusGenerator seeded(long seed) {
        return new CorpusGenerator(seed, CorpusShape.clearingHouse());
    }

    /**
     * A generator with this seed and another shape.
     *
     * @param newShape how the processes vary in size
     * @return the new generator; this one is unchanged
     */
    public CorpusGenerator shape(CorpusShape newShape) {
        Objects.requireNonNull(newShape, "newShape");
        return new CorpusGenerator(seed, newShape);
    }

    /**
     * Returns the seed this corpus is made from.
     *
     * @return the seed this corpus is made from
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns how the processes of this corpus vary in size.
     *
     * @return how the processes of this corpus vary in size
     */
    public CorpusShape shape() {
        return shape;
    }

    /**
     * The shape of process {@code index}, without making the process.
     *
     * @param index the position of the process in the corpus (0 or more)
     * @return its shape
     */
    public ProcessShape shapeOf(long index) {
        return shape.draw(mix(index, 0x5EEDL));
    }

    /**
     * Process {@code index} of this corpus.
     *
     * @param index the position of the process in the corpus (0 or more)
     * @return a valid process of shape {@link #shapeOf(long)}
     */
    public MspProcess process(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        return ProcessGenerator.ofShape(mix(index, 0xC0DEL), shapeOf(index));
    }

    /**
     * The first {@code count} processes, made one at a time as the stream asks for them.
     *
     * @param count how many processes (0 or more)
     * @return a sequential, lazy stream in index order; may be made parallel (order is kept by the index)
     */
    public Stream<MspProcess> processes(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        return LongStream.range(0, count).mapToObj(this::process);
    }

    /** A well-spread seed for one part (salt) of process {@code index}. */
    private long mix(long index, long salt) {
        return new SplittableRandom(seed ^ salt * GOLDEN_GAMMA).nextLong()
                + new SplittableRandom(index * GOLDEN_GAMMA).nextLong();
    }

    @Override
    public String toString() {
        return "CorpusGenerator(seed " + seed + ", " + shape + ")";
    }
}
