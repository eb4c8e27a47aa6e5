package org.msptoolkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.msptoolkit.core.model.MspProcess;

/**
 * Makes typical invalid processes from valid ones, each knowing the problem validation must report.
 * Applied to a valid process, every {@link Corruption} leaves exactly one problem, at
 * {@link Corrupted#expectedLocation()} with {@link Corrupted#expectedCode()}. Stateless and thread-safe;
 * the same process, kind and random state give equal results.
 *
 * <pre>{@code
 * MspProcess valid = ProcessGenerator.process(42, ProcessSize.SMALL);
 * Corrupted c = Corruptions.corrupt(valid, Corruption.PARTICIPANT_UNKNOWN_STAKEHOLDER, new SplittableRandom(1));
 * c.expectedLocation();                 // e.g. "participants[3].stakeholder"
 * c.isReportedIn(c.process().validate()); // true
 * }</pre>
 */
public final class Corruptions {
    private Corruptions() {}

    /**
     * Applies one corruption to a valid process. Which element is corrupted is drawn from {@code random}.
     *
     * @param valid a valid process with at least one stakeholder and one participant
     * @param kind the corruption to apply
     * @param random the source of choices
     * @return the corrupted process with the location and code of the one problem it now has
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the process has no stakeholder
     *     or no participant
     */
    public static Corrupted corrupt(MspProcess valid, Corruption kind, SplittableRandom random) {
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(random, "random");
        if (valid.stakeholders().isEmpty() || valid.participants().isEmpty()) {
            throw new IllegalArgumentException("a process to corrupt needs at least one stakeholder and one "
                    + "participant, got " + valid.stakeholders().size() + " and "
                    + valid.participants().size());
        }
        return new Corrupter(valid, random).apply(kind);
    }

    /**
     * Applies one corruption of a kind drawn from {@code random}.
     *
     * @param valid a valid process with at least one stakeholder and one participant
     * @param random the source of choices
     * @return the corrupted process and its expected problem
     */
    public static Corrupted corrupt(MspProcess valid, SplittableRandom random) {
        Objects.requireNonNull(random, "random");
        Corruption[] kinds = Corruption.values();
        return corrupt(valid, kinds[random.nextInt(kinds.length)], random);
    }

    /**
     * Applies several corruptions one after the other, e.g. to check that validation reports every
     * problem at once. Later corruptions see the earlier ones; each returned entry holds the process
     * after that step, and the last entry's process carries all of them.
     *
     * @param valid a valid process with at least one stakeholder and one participant
     * @param kinds the corruptions, in order
     * @param random the source of choices
     * @return one entry per corruption, in order
     */
    public static List<Corrupted> corruptAll(MspProcess valid, List<Corruption> kinds, SplittableRandom random) {
        Objects.requireNonNull(kinds, "kinds");
        List<Corrupted> out = new ArrayList<>();
        MspProcess current = valid;
        for (Corruption kind : kinds) {
            Corrupted c = corrupt(current, kind, random);
            out.add(c);
            current = c.process();
        }
        return List.copyOf(out);
    }

    /**
     * A seeded invalid process: {@link ProcessGenerator#process(long, ProcessSize)} with one
     * corruption of a kind drawn from the seed.
     *
     * @param seed any number; equal seeds and sizes give equal results
     * @param size how big the process is
     * @return the corrupted process and its expected problem
     */
    public static Corrupted invalidProcess(long seed, ProcessSize size) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return corrupt(ProcessGenerator.process(seed, size), random);
    }
}
