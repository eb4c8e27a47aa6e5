package org.msptoolkit.governance.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.PlausibleDates;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code accountability.progress-reports}: open commitments report progress at a set cadence, with
 * consequences for missed cycles, modelled on the UN Global Compact's Communication on Progress: one
 * missed cycle makes the owner "non-communicating", two consecutive missed cycles mean "delisted".
 *
 * <p>Cycles: the first report is due {@code firstReportMonths} after the commitment was made (or the
 * process started), then every {@code cadenceMonths}. A cycle is met by a progress report dated after
 * the previous due day (or on/after the day made, for the first) and on or before its own due day.
 * Only cycles due on or before the reference day count; the consecutive missed cycles at the end decide
 * the status. Delivered and dropped commitments are not checked.
 */
public final class ProgressReportingRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public ProgressReportingRule() {
        super(
                "accountability.progress-reports",
                "open commitments report progress every cycle; missed cycles make the owner non-communicating, then delisted",
                ParameterSpec.required("cadenceMonths", ParameterType.COUNT, "months between reports, e.g. 12"),
                ParameterSpec.optional(
                        "firstReportMonths",
                        ParameterType.COUNT,
                        "months from the commitment to its first report; default the cadence"),
                ParameterSpec.optional(
                        "nonCommunicatingAfter",
                        ParameterType.COUNT,
                        "consecutive missed cycles that make the owner non-communicating; default 1"),
                ParameterSpec.optional(
                        "delistAfter",
                        ParameterType.COUNT,
                        "consecutive missed cycles that get the owner delisted; default 2"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        if (p.count("cadenceMonths") == 0) {
            problems.add(
                    Problem.of("cadenceMonths", RuleParameters.IMPOSSIBLE, "the cadence must be at least 1 month"));
        }
        int nc = p.count("nonCommunicatingAfter", 1);
        int dl = p.count("delistAfter", 2);
        if (nc == 0) {
            problems.add(
                    Problem.of("nonCommunicatingAfter", RuleParameters.IMPOSSIBLE, "must be at least 1 missed cycle"));
        }
        if (dl < nc) {
            problems.add(Problem.of(
                    "delistAfter",
                    RuleParameters.IMPOSSIBLE,
                    "delistAfter " + dl + " is below nonCommunicatingAfter " + nc
                            + "; delisting must come after non-communicating"));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        if (context.asOf().isEmpty()) {
            return Verdict.notApplicable("no reference day: the process records no dates and none was given");
        }
        LocalDate asOf = context.asOf().get();
        if (!PlausibleDates.contains(asOf)) {
            return Verdict.notApplicable(PlausibleDates.outOfRange(asOf) + ", so no reporting cycle is counted");
        }
        int cadence = p.count("cadenceMonths");
        int first = p.count("firstReportMonths", cadence);
        int nc = p.count("nonCommunicatingAfter", 1);
        int dl = p.count("delistAfter", 2);
        Optional<LocalDate> processStart = process.period().map(per -> per.start());
        List<Finding> evidence = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < process.commitments().size(); i++) {
            Commitment c = process.commitments().get(i);
            if (c.status() == CommitmentStatus.DELIVERED || c.status() == CommitmentStatus.DROPPED) {
                continue;
            }
            Optional<LocalDate> made = c.made().or(() -> processStart);
            if (made.isEmpty() || !PlausibleDates.contains(made.get())) {
                continue;
            }
            // O(reports), not O(cycles): the number of cycles due, then the cycle of the latest report
            LocalDate from = made.get();
            long dueCount = firstCycleAfter(from, first, cadence, asOf, true);
            checked++;
            long lastMet = -1;
            for (LocalDate r : c.progressReports()) {
                if (r.isBefore(from) || dueCount == 0 || r.isAfter(due(from, first, cadence, dueCount - 1))) {
                    continue;
                }
                lastMet = Math.max(lastMet, firstCycleAfter(from, first, cadence, r, false));
            }
            long missed = dueCount - 1 - lastMet;
            String missedDues = missed == 0 ? "" : dues(from, first, cadence, lastMet + 1, dueCount - 1);
            if (missed >= nc) {
                String status = missed >= dl ? "delisted" : "non-communicating";
                evidence.add(Finding.of(
                        "commitments[" + i + "].progressReports",
                        "commitment " + c.id() + " by "
                                + c.owner() + " missed the last " + missed + " reporting cycle(s) (due " + missedDues
                                + "): "
                                + c.owner() + " is " + status + " (" + nc + " missed = non-communicating, " + dl
                                + " = delisted)"));
            }
        }
        if (checked == 0) {
            return Verdict.notApplicable("no open commitment with a known start (made date or process start)");
        }
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + checked + " open commitments reported every cycle due by " + asOf)
                : Verdict.violated(
                        evidence.size() + " of " + checked + " open commitments missed reporting cycles", evidence);
    }
    /** The due day of cycle {@code k} (0 = the first report). */
    private static LocalDate due(LocalDate made, int first, int cadence, long k) {
        return made.plusMonths(first + k * cadence);
    }

    /**
     * The first cycle whose due day is after {@code day} ({@code strict}) or on/after it: for {@code strict}
     * the number of cycles due by {@code day}, otherwise the cycle a report on {@code day} meets. Due days
     * only grow with the cycle, so an estimate from the months between is corrected by a step or two.
     */
    private static long firstCycleAfter(LocalDate made, int first, int cadence, LocalDate day, boolean strict) {
        long months = ChronoUnit.MONTHS.between(made, day);
        long k = Math.max(0, Math.floorDiv(months - first, (long) cadence));
        while (k > 0 && passes(due(made, first, cadence, k - 1), day, strict)) {
            k--;
        }
        while (!passes(due(made, first, cadence, k), day, strict)) {
            k++;
        }
        return k;
    }

    private static boolean passes(LocalDate due, LocalDate day, boolean strict) {
        return strict ? due.isAfter(day) : !due.isBefore(day);
    }

    /** The due days of cycles {@code from} to {@code to}, the middle elided when there are more than three. */
    private static String dues(LocalDate made, int first, int cadence, long from, long to) {
        if (to - from < 3) {
            List<LocalDate> list = new ArrayList<>();
            for (long k = from; k <= to; k++) {
                list.add(due(made, first, cadence, k));
            }
            return list.toString();
        }
        return "[" + due(made, first, cadence, from) + ", " + due(made, first, cadence, from + 1) + ", … "
                + (to - from - 2) + " more …, " + due(made, first, cadence, to) + "]";
    }
}
