package org.msptoolkit.indicators;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
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
    /** How many evidence items there are. */
    private final int size;
    /**
     * The first {@value #INLINE} evidence items, held in fields rather than in a node per item, so that
     * {@link #withEvidence(Evidence...)} given all of a measurement's items makes one copy in all.
     */
    private final @Nullable Evidence e0;

    private final @Nullable Evidence e1;
    private final @Nullable Evidence e2;
    private final @Nullable Evidence e3;
    /** The items after the first {@value #INLINE}, newest first; {@code null} when there are none. */
    private final @Nullable Trail rest;
    /** The evidence as a list, made when first asked for (immutable, so safely shared). */
    private @Nullable List<Evidence> evidence;

    private static final int INLINE = 4;

    private Measurement(OptionalDouble value, Optional<String> reason, double coverage) {
        this(value, reason, coverage, 0, null, null, null, null, null);
    }

    private Measurement(
            OptionalDouble value,
            Optional<String> reason,
            double coverage,
            int size,
            @Nullable Evidence e0,
            @Nullable Evidence e1,
            @Nullable Evidence e2,
            @Nullable Evidence e3,
            @Nullable Trail rest) {
        this.value = value;
        this.reason = reason;
        this.coverage = coverage;
        this.size = size;
        this.e0 = e0;
        this.e1 = e1;
        this.e2 = e2;
        this.e3 = e3;
        this.rest = rest;
    }

    /** Evidence items after the first {@value #INLINE}, appended one by one, newest first, shared by copies. */
    private static final class Trail {
        private final @Nullable Trail previous;
        private final Evidence item;

        private Trail(@Nullable Trail previous, Evidence item) {
            this.previous = previous;
            this.item = item;
        }
    }

    /**
     * Returns a copy with one more evidence item.
     *
     * @return a copy with one more evidence item
     */
    private Measurement append(Evidence e) {
        return switch (size) {
            case 0 -> new Measurement(value, reason, coverage, 1, e, null, null, null, null);
            case 1 -> new Measurement(value, reason, coverage, 2, e0, e, null, null, null);
            case 2 -> new Measurement(value, reason, coverage, 3, e0, e1, e, null, null);
            case 3 -> new Measurement(value, reason, coverage, 4, e0, e1, e2, e, null);
            default -> new Measurement(value, reason, coverage, size + 1, e0, e1, e2, e3, new Trail(rest, e));
        };
    }

    /** The evidence as a list; the first {@code min(size, INLINE)} inline fields are set, the others null. */
    private List<Evidence> toList() {
        return switch (size) {
            case 0 -> List.of();
            case 1 -> List.of(requireNonNull(e0));
            case 2 -> List.of(requireNonNull(e0), requireNonNull(e1));
            case 3 -> List.of(requireNonNull(e0), requireNonNull(e1), requireNonNull(e2));
            case 4 -> List.of(requireNonNull(e0), requireNonNull(e1), requireNonNull(e2), requireNonNull(e3));
            default -> {
                Evidence[] items = new Evidence[size];
                items[0] = e0;
                items[1] = e1;
                items[2] = e2;
                items[3] = e3;
                int i = size;
                for (Trail t = rest; t != null; t = t.previous) {
                    items[--i] = t.item;
                }
                yield List.of(items);
            }
        };
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
        return new Measurement(OptionalDouble.of(value), Optional.empty(), 1.0);
    }

    /**
     * The indicator could not be measured on this process, with coverage 0.
     *
     * @param reason why, in plain words, e.g. {@code "no decisions recorded"}
     * @return the measurement
     */
    public static Measurement notMeasurable(String reason) {
        Checks.notBlank(reason, "not-measurable reason");
        return new Measurement(OptionalDouble.empty(), Optional.of(reason), 0.0);
    }

    /**
     * Returns the value, empty when not measurable.
     *
     * @return the value, empty when not measurable
     */
    public OptionalDouble value() {
        return value;
    }

    /**
     * Returns why the indicator could not be measured; empty when it was measured.
     *
     * @return why the indicator could not be measured; empty when it was measured
     */
    public Optional<String> reason() {
        return reason;
    }

    /**
     * Returns whether a value was measured.
     *
     * @return whether a value was measured
     */
    public boolean isMeasured() {
        return value.isPresent();
    }

    /**
     * Returns the share of relevant records that held the data needed, 0 to 1.
     *
     * @return the share of relevant records that held the data needed, 0 to 1
     */
    public double coverage() {
        return coverage;
    }

    /**
     * Returns the evidence trail, in the order added; never {@code null} but possibly empty.
     *
     * @return the evidence trail, in the order added; never {@code null} but possibly empty
     */
    public List<Evidence> evidence() {
        List<Evidence> list = evidence;
        if (list == null) {
            list = toList();
            evidence = list;
        }
        return list;
    }

    /**
     * Returns a copy with that coverage.
     *
     * @param value coverage between 0 and 1
     * @return a copy with that coverage
     */
    public Measurement withCoverage(double value) {
        if (!(value >= 0 && value <= 1)) {
            Checks.argument(false, "coverage", "be between 0 and 1", value);
        }
        return new Measurement(this.value, reason, value, size, e0, e1, e2, e3, rest);
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
     * Returns a copy with the evidence appended.
     *
     * @param items evidence to append
     * @return a copy with the evidence appended
     */
    public Measurement withEvidence(Evidence... items) {
        Checks.notNull(items, "evidence");
        for (int i = 0; i < items.length; i++) {
            if (items[i] == null) {
                Checks.list(Arrays.asList(items), "evidence");
            }
        }
        if (size == 0 && items.length <= INLINE) {
            // the common case, all the evidence at once: one copy, not one per item
            int n = items.length;
            return new Measurement(
                    value,
                    reason,
                    coverage,
                    n,
                    n > 0 ? items[0] : null,
                    n > 1 ? items[1] : null,
                    n > 2 ? items[2] : null,
                    n > 3 ? items[3] : null,
                    null);
        }
        Measurement m = this;
        for (Evidence e : items) {
            m = m.append(e);
        }
        return m;
    }

    /**
     * Returns a copy with one more evidence item.
     *
     * @param path model path
     * @param count how many values
     * @param note what was counted
     * @return a copy with one more evidence item
     */
    public Measurement withEvidence(String path, long count, String note) {
        return append(Evidence.of(path, count, note));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measurement m
                && m.value.equals(value)
                && m.reason.equals(reason)
                && Double.compare(m.coverage, coverage) == 0
                && m.evidence().equals(evidence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, reason, coverage, evidence());
    }

    /**
     * Returns e.g. {@code 0.75 (coverage 50%)} or {@code not measurable: no decisions recorded}.
     *
     * @return e.g. {@code 0.75 (coverage 50%)} or {@code not measurable: no decisions recorded}
     */
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
