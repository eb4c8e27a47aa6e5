package org.msptoolkit.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msptoolkit.core.internal.Checks;

/**
 * What an indicator found in a process: a value, or "not measurable" with the reason (for example
 * "no meeting has attendance recorded"); plus the data coverage (the share of the relevant records that
 * held the data needed, 0 to 1) and the evidence trail (model paths and counts used).
 *
 * <p>Instances have value semantics and are immutable; {@code with*} methods return changed copies.
 * <pre>{@code
 * Measurement.of(0.75).withCoverage(0.5).withEvidence("meetings[*].attendance", 2, "meetings with attendance");
 * Measurement.notMeasurable("no meeting has attendance recorded");
 * }</pre>
 */
public final class Measurement {
    private final OptionalDouble value;
    private final Optional<String> reason;
    private final double coverage;
    /** The evidence as a chain of appended items, newest first; {@code null} when there is none. */
    private final Trail trail;
    /** The evidence as a list, made from the trail when first asked for (immutable, so safely shared). */
    private List<Evidence> evidence;

    private Measurement(OptionalDouble value, Optional<String> reason, double coverage, Trail trail) {
        this.value = value;
        this.reason = reason;
        this.coverage = coverage;
        this.trail = trail;
    }

    /**
     * Evidence items appended one by one, newest first, shared by the copies that {@code with*} makes, so that
     * appending does not copy the items before it.
     */
    private static final class Trail {
        private final Trail previous;
        private final Evidence item;
        private final int size;

        private Trail(Trail previous, Evidence item, int size) {
            this.previous = previous;
            this.item = item;
            this.size = size;
        }

        static Trail of(Trail t, Evidence e) {
            return new Trail(t, e, t == null ? 1 : t.size + 1);
        }

        List<Evidence> toList() {
            Trail t2 = previous;
            switch (size) {
                case 1:
                    return List.of(item);
                case 2:
                    return List.of(t2.item, item);
                case 3:
                    return List.of(t2.previous.item, t2.item, item);
                default:
                    Evidence[] items = new Evidence[size];
                    for (Trail t = this; t != null; t = t.previous) {
                        items[t.size - 1] = t.item;
                    }
                    return List.of(items);
            }
        }
    }

    /**
     * A measured value with full coverage and no evidence yet.
     *
     * @param value a finite number
     * @return the measurement
     * @throws IllegalArgumentException when the value is NaN or infinite
     */
    public static Measurement of(double value) {
        if (!Double.isFinite(value)) {
            Checks.argument(false, "measured value", "be a finite number", value);
        }
        return new Measurement(OptionalDouble.of(value), Optional.empty(), 1.0, null);
    }

    /**
     * The indicator could not be measured on this process, with coverage 0.
     *
     * @param reason why, in plain words, e.g. {@code "no decisions recorded"}
     * @return the measurement
     */
    public static Measurement notMeasurable(String reason) {
        Checks.notBlank(reason, "not-measurable reason");
        return new Measurement(OptionalDouble.empty(), Optional.of(reason), 0.0, null);
    }

    /** @return the value, empty when not measurable */
    public OptionalDouble value() {
        return value;
    }

    /** @return why the indicator could not be measured; empty when it was measured */
    public Optional<String> reason() {
        return reason;
    }

    /** @return whether a value was measured */
    public boolean isMeasured() {
        return value.isPresent();
    }

    /** @return the share of relevant records that held the data needed, 0 to 1 */
    public double coverage() {
        return coverage;
    }

    /** @return the evidence trail, in the order added; never {@code null} but possibly empty */
    public List<Evidence> evidence() {
        List<Evidence> list = evidence;
        if (list == null) {
            list = trail == null ? List.of() : trail.toList();
            evidence = list;
        }
        return list;
    }

    /**
     * @param value coverage between 0 and 1
     * @return a copy with that coverage
     */
    public Measurement withCoverage(double value) {
        if (!(value >= 0 && value <= 1)) {
            Checks.argument(false, "coverage", "be between 0 and 1", value);
        }
        return new Measurement(this.value, reason, value, trail);
    }

    /**
     * Coverage as a ratio of counts; {@code 0/0} counts as full coverage of nothing, i.e. 1.
     *
     * @param covered records that held the data
     * @param total relevant records
     * @return a copy with coverage {@code covered / total}
     */
    public Measurement withCoverage(long covered, long total) {
        if (covered < 0 || covered > total) {
            Checks.argument(false, "covered records", "be between 0 and " + total, covered);
        }
        return withCoverage(total == 0 ? 1.0 : (double) covered / total);
    }

    /**
     * @param items evidence to append
     * @return a copy with the evidence appended
     */
    public Measurement withEvidence(Evidence... items) {
        Checks.list(Arrays.asList(Checks.notNull(items, "evidence")), "evidence");
        Trail t = trail;
        for (Evidence e : items) {
            t = Trail.of(t, e);
        }
        return new Measurement(value, reason, coverage, t);
    }

    /**
     * @param path model path
     * @param count how many values
     * @param note what was counted
     * @return a copy with one more evidence item
     */
    public Measurement withEvidence(String path, long count, String note) {
        return new Measurement(value, reason, coverage, Trail.of(trail, Evidence.of(path, count, note)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measurement m && m.value.equals(value) && m.reason.equals(reason)
                && Double.compare(m.coverage, coverage) == 0 && m.evidence().equals(evidence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, reason, coverage, evidence());
    }

    /** @return e.g. {@code 0.75 (coverage 50%)} or {@code not measurable: no decisions recorded} */
    @Override
    public String toString() {
        if (value.isEmpty()) {
            return "not measurable: " + reason.orElse("");
        }
        return format(value.getAsDouble()) + " (coverage " + Math.round(coverage * 100) + "%)";
    }

    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e12) {
            return Long.toString((long) d);
        }
        return String.format(java.util.Locale.ROOT, "%.4f", d).replaceAll("0+$", "");
    }
}
