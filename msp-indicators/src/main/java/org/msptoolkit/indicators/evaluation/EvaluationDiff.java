package org.msptoolkit.indicators.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msptoolkit.core.internal.Checks;

/**
 * What changed between two evaluations of the same process with the same framework (before and after),
 * per indicator and per group. Indicators or groups present in only one evaluation are listed with the
 * other side empty.
 *
 * @param processId the process id
 * @param frameworkId the framework id
 * @param indicators changes of indicator values, in framework order
 * @param groups changes of group scores, in framework order
 */
public record EvaluationDiff(String processId, String frameworkId, List<Change> indicators, List<Change> groups) {

    /** How an indicator or group moved between the two evaluations. */
    public enum Status {
        /** Score (or, without scores, the value in the better direction) went up. */
        IMPROVED,
        /** Score went down. */
        WORSENED,
        /** No change. */
        UNCHANGED,
        /** Measured after but not before. */
        NOW_MEASURABLE,
        /** Measured before but not after. */
        NO_LONGER_MEASURABLE,
        /** Measured neither time. */
        NOT_MEASURABLE;

        /**
         * Returns e.g. {@code "now-measurable"}.
         *
         * @return e.g. {@code "now-measurable"}
         */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One changed (or unchanged) item.
     *
     * @param key indicator id or group key
     * @param before value (indicators) or score (groups) before
     * @param after value or score after
     * @param delta after minus before, when both are present
     * @param status the direction of the change, judged on normalised scores
     */
    public record Change(String key, OptionalDouble before, OptionalDouble after, OptionalDouble delta, Status status) {
        /** Checks for nulls. */
        public Change {
            Checks.notNull(key, "key");
            Checks.notNull(before, "before");
            Checks.notNull(after, "after");
            Checks.notNull(delta, "delta");
            Checks.notNull(status, "status");
        }

        @Override
        public String toString() {
            return key + ": " + show(before) + " -> " + show(after)
                    + (delta.isPresent()
                            ? " (" + (delta.getAsDouble() >= 0 ? "+" : "") + Format.number(delta.getAsDouble()) + ")"
                            : "")
                    + " " + status.code();
        }

        private static String show(OptionalDouble d) {
            return d.isPresent() ? Format.number(d.getAsDouble()) : "-";
        }
    }

    /** Copies the lists. */
    public EvaluationDiff {
        Checks.notNull(processId, "processId");
        Checks.notNull(frameworkId, "frameworkId");
        indicators = Checks.list(indicators, "indicators");
        groups = Checks.list(groups, "groups");
    }

    static EvaluationDiff between(EvaluationReport before, EvaluationReport after) {
        if (!before.frameworkId().equals(after.frameworkId())) {
            throw new IllegalArgumentException("evaluations to compare must use the same framework, got "
                    + before.frameworkId() + " and " + after.frameworkId());
        }
        Map<String, IndicatorResult> a =
                after.indicators().stream().collect(Collectors.toMap(IndicatorResult::id, Function.identity()));
        List<Change> ind = new ArrayList<>();
        for (IndicatorResult b : before.indicators()) {
            IndicatorResult x = a.remove(b.id());
            ind.add(change(
                    b.id(),
                    b.value(),
                    x == null ? OptionalDouble.empty() : x.value(),
                    b.score(),
                    x == null ? OptionalDouble.empty() : x.score()));
        }
        after.indicators().stream()
                .filter(r -> a.containsKey(r.id()))
                .forEach(r ->
                        ind.add(change(r.id(), OptionalDouble.empty(), r.value(), OptionalDouble.empty(), r.score())));
        Map<String, GroupResult> ga =
                after.groups().stream().collect(Collectors.toMap(GroupResult::key, Function.identity()));
        List<Change> grp = new ArrayList<>();
        for (GroupResult b : before.groups()) {
            GroupResult x = ga.remove(b.key());
            OptionalDouble s = x == null ? OptionalDouble.empty() : x.score();
            grp.add(change(b.key(), b.score(), s, b.score(), s));
        }
        after.groups().stream()
                .filter(g -> ga.containsKey(g.key()))
                .forEach(g ->
                        grp.add(change(g.key(), OptionalDouble.empty(), g.score(), OptionalDouble.empty(), g.score())));
        return new EvaluationDiff(before.processId(), before.frameworkId(), ind, grp);
    }

    private static Change change(
            String key, OptionalDouble before, OptionalDouble after, OptionalDouble sb, OptionalDouble sa) {
        Status status;
        if (before.isEmpty() && after.isEmpty()) {
            status = Status.NOT_MEASURABLE;
        } else if (before.isEmpty()) {
            status = Status.NOW_MEASURABLE;
        } else if (after.isEmpty()) {
            status = Status.NO_LONGER_MEASURABLE;
        } else if (sb.isPresent() && sa.isPresent() && Math.abs(sa.getAsDouble() - sb.getAsDouble()) > 1e-12) {
            status = sa.getAsDouble() > sb.getAsDouble() ? Status.IMPROVED : Status.WORSENED;
        } else {
            status = Status.UNCHANGED;
        }
        OptionalDouble delta = before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
        return new Change(key, before, after, delta, status);
    }

    /**
     * Returns only the items whose status is not {@link Status#UNCHANGED} or {@link Status#NOT_MEASURABLE}.
     *
     * @return only the items whose status is not {@link Status#UNCHANGED} or {@link Status#NOT_MEASURABLE}
     */
    public List<Change> changes() {
        List<Change> all = new ArrayList<>(groups);
        all.addAll(indicators);
        return all.stream()
                .filter(c -> c.status() != Status.UNCHANGED && c.status() != Status.NOT_MEASURABLE)
                .toList();
    }

    @Override
    public String toString() {
        List<Change> changed = changes();
        StringBuilder sb =
                new StringBuilder("Changes in " + processId + " (" + frameworkId + "): " + changed.size() + " changed");
        changed.forEach(c -> sb.append("\n  ").append(c));
        return sb.toString();
    }
}
