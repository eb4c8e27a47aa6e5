package org.msptoolkit.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.testkit.corpus.ProcessShape;

/**
 * A seeded generator of arbitrary <em>valid</em> multi-stakeholder processes, for property tests,
 * benchmarks and users who test their own indicators. The same seed and size always give equal
 * processes, on every JVM, so a failing seed can be replayed.
 *
 * <pre>{@code
 * MspProcess p = ProcessGenerator.process(42, ProcessSize.SMALL);   // one process
 * ProcessGenerator g = ProcessGenerator.seeded(42).size(ProcessSize.LARGE);
 * MspProcess first = g.next(), second = g.next();                  // a reproducible sequence
 * g.stream().limit(100).forEach(q -> ...);
 * }</pre>
 *
 * <p>Every generated process validates clean ({@code p.validate().isValid()}). Across seeds, processes
 * of size {@link ProcessSize#SMALL} and above exercise every part of the model: all built-in
 * stakeholder groups and a custom "other stakeholders" group; SDG and free sectors; every level;
 * countries; every role; genders in several self-descriptions and absent ones; periods closed, open
 * and absent; meetings with and without recorded attendance, notice dates and speaking turns; agenda
 * items with and without proposers; contributions for meetings and consultations; consultations;
 * decisions of every method, votes with tallies overall and per chamber, objections sustained or not,
 * published or not; commitments of every status with measures, dates, evidence and progress reports;
 * documents of every kind, published or not; funding, disclosed or not, including zero amounts; links
 * to other processes at other levels; and an official linkage of every kind. The sizes and their
 * distributions are described in {@link ProcessSize}.
 *
 * <p>About one process in ten also takes each of these edge shapes, independently: no meetings,
 * a single stakeholder group, a meeting nobody attended (recorded, empty attendance), no documents.
 *
 * <p>Not thread-safe: {@link #next()} advances the generator. {@link #process(long, ProcessSize)} and
 * {@link #size(ProcessSize)} are free of shared state.
 */
public final class ProcessGenerator {
    /** Mixes a seed and a position into a well-spread seed for one process. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final ProcessSize size;
    private long position;

    private ProcessGenerator(long seed, ProcessSize size) {
        this.seed = seed;
        this.size = size;
    }

    /**
     * A generator of {@link ProcessSize#SMALL} processes from {@code seed}.
     *
     * @param seed any number; the same seed gives the same sequence of processes
     * @return a new generator at the start of its sequence
     */
    public static ProcessGenerator seeded(long seed) {
        return new ProcessGenerator(seed, ProcessSize.SMALL);
    }

    /**
     * The first process of {@code seeded(seed).size(size)}.
     *
     * @param seed any number
     * @param size how big the process is
     * @return a valid process, equal for equal arguments
     */
    public static MspProcess process(long seed, ProcessSize size) {
        Objects.requireNonNull(size, "size");
        return RandomProcess.generate(processSeed(seed, 0), size);
    }

    /**
     * A valid process of exactly this shape: its stakeholders, participants, meetings, contributions,
     * decisions, commitments and documents number exactly as the shape says, attendance and speaking
     * turns of a meeting stay within the shape's caps, and none of the edge shapes is taken. Used by
     * {@link org.msptoolkit.testkit.corpus.CorpusGenerator} for corpora of realistic, varied sizes.
     *
     * @param seed any number
     * @param shape the exact dimensions of the process
     * @return a valid process, equal for equal arguments
     */
    public static MspProcess ofShape(long seed, ProcessShape shape) {
        Objects.requireNonNull(shape, "shape");
        int records = (shape.decisions() + shape.commitments() + shape.documents()) / 3;
        return RandomProcess.generate(
                processSeed(seed, 0),
                new RandomProcess.Dimensions(
                        shape.stakeholders(),
                        shape.stakeholders(),
                        shape.participants(),
                        shape.participants(),
                        shape.meetings(),
                        shape.meetings(),
                        shape.maxAttendance(),
                        shape.maxSpeakingTurns(),
                        records,
                        shape.contributions(),
                        shape.contributions(),
                        shape.decisions(),
                        shape.decisions(),
                        shape.commitments(),
                        shape.commitments(),
                        shape.documents(),
                        shape.documents(),
                        true,
                        false));
    }

    /**
     * A new generator with this seed and {@code size}, at the start of its sequence.
     *
     * @param size how big the generated processes are
     * @return the new generator; this one is unchanged
     */
    public ProcessGenerator size(ProcessSize size) {
        Objects.requireNonNull(size, "size");
        return new ProcessGenerator(seed, size);
    }

    /**
     * Returns the seed this generator started from.
     *
     * @return the seed this generator started from
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the size of the processes generated.
     *
     * @return the size of the processes generated
     */
    public ProcessSize size() {
        return size;
    }

    /**
     * The next process of this generator's sequence.
     *
     * @return a valid process
     */
    public MspProcess next() {
        return RandomProcess.generate(processSeed(seed, position++), size);
    }

    /**
     * The rest of this generator's sequence as an infinite, sequential stream; each element is made
     * when the stream asks for it. Consuming the stream advances this generator.
     *
     * @return an infinite stream of valid processes
     */
    public Stream<MspProcess> stream() {
        return Stream.generate(this::next).sequential();
    }

    private static long processSeed(long seed, long position) {
        return new SplittableRandom(seed + position * GOLDEN_GAMMA).nextLong();
    }

    @Override
    public String toString() {
        return "ProcessGenerator(seed " + seed + ", " + size + ", at " + position + ")";
    }
}
