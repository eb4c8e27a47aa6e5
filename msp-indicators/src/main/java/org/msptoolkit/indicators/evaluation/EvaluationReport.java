package org.msptoolkit.indicators.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * The evaluation of one process with one framework: every indicator's value or the reason it is missing,
 * the per-group (per-principle or per-dimension) results, coverage and the evidence trail. A plain,
 * serialisable value; msp-io writes it as JSON or tidy CSV.
 *
 * @param processId the process id
 * @param processTitle the process title
 * @param frameworkId the framework id
 * @param frameworkVersion the framework version
 * @param asOf the assessment day used; empty when neither given nor recorded
 * @param indicators every indicator of the framework, in framework order
 * @param groups every group of the framework, in order
 */
public record EvaluationReport(
        String processId,
        String processTitle,
        String frameworkId,
        String frameworkVersion,
        Optional<LocalDate> asOf,
        List<IndicatorResult> indicators,
        List<GroupResult> groups) {

    /** Checks for nulls and copies the lists. */
    public EvaluationReport {
        Checks.notNull(processId, "processId");
        Checks.notNull(processTitle, "processTitle");
        Checks.notNull(frameworkId, "frameworkId");
        Checks.notNull(frameworkVersion, "frameworkVersion");
        Checks.notNull(asOf, "asOf");
        indicators = Lists.copy(indicators, "indicators");
        groups = Lists.copy(groups, "groups");
    }

    /**
     * Returns its result, or empty when the framework does not use it.
     *
     * @param id an indicator id
     * @return its result, or empty when the framework does not use it
     */
    public Optional<IndicatorResult> indicator(String id) {
        return indicators.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns its result, or empty.
     *
     * @param key a group key, e.g. {@code "equity"}
     * @return its result, or empty
     */
    public Optional<GroupResult> group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /**
     * Returns how many indicators were measured.
     *
     * @return how many indicators were measured
     */
    public long measuredCount() {
        return indicators.stream().filter(IndicatorResult::isMeasured).count();
    }

    /**
     * Compares this evaluation (before) with a later one of the same process (after).
     *
     * @param after the later evaluation
     * @return what changed, per indicator and per group
     */
    public EvaluationDiff diff(EvaluationReport after) {
        return EvaluationDiff.between(this, Checks.notNull(after, "after"));
    }

    /**
     * Returns a readable report: groups with scores (and their caveats), then indicators with values and score
     * rules, or reasons.
     *
     * @return a readable report: groups with scores, then indicators with values or reasons
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Evaluation of " + processId + " \"" + processTitle + "\" with "
                + frameworkId + " " + frameworkVersion + ", as of "
                + asOf.map(LocalDate::toString).orElse("(no assessment day)") + ": " + measuredCount() + " of "
                + indicators.size() + " indicators measured\n");
        int w = groups.stream().mapToInt(g -> g.key().length()).max().orElse(10) + 2;
        for (GroupResult g : groups) {
            sb.append("  ")
                    .append(Format.pad(g.key(), w))
                    .append(g.score().isPresent() ? Format.fixed(g.score().getAsDouble()) : " -  ")
                    .append("  (")
                    .append(g.scored())
                    .append(" of ")
                    .append(g.indicators().size())
                    .append(" scored, coverage ")
                    .append(Format.percent(g.coverage()))
                    .append(")")
                    .append(g.caveats().isEmpty() ? "" : "  ! " + String.join("; ", g.caveats()))
                    .append('\n');
        }
        sb.append("Indicators:\n");
        int wi = indicators.stream().mapToInt(r -> r.id().length()).max().orElse(10) + 2;
        for (IndicatorResult r : indicators) {
            sb.append("  ").append(Format.pad(r.id(), wi));
            if (r.isMeasured()) {
                sb.append(Format.number(r.value().getAsDouble()))
                        .append(' ')
                        .append(r.unit())
                        .append(
                                r.score().isPresent()
                                        ? ", score " + Format.fixed(r.score().getAsDouble())
                                        : "")
                        .append(", coverage ")
                        .append(Format.percent(r.coverage()));
                r.scoreRule()
                        .ifPresent(rule -> sb.append("\n  ")
                                .append(Format.pad("", wi))
                                .append("score rule: ")
                                .append(rule.describe()));
            } else {
                sb.append("not measurable: ").append(r.reason().orElse(""));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
