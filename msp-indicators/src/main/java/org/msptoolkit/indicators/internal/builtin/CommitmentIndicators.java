package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators of commitments: SMART quality, fulfilment, reporting, shared responsibility. Internal. */
final class CommitmentIndicators {
    private static final String SMART = "SMART criteria (Specific, Measurable, Achievable, Resource-based, "
            + "Time-based): " + Sources.UN_SMART + "; measurable targets and time-frames: " + Sources.MSP_CHARTER;
    private static final String DERIVED =
            "fulfilment = delivered ÷ due deliverables, derived from the SMART expectation of time-based "
                    + "deliverables: " + Sources.UN_SMART;
    private static final String NO_DAY =
            "no assessment day: none was given and the process records no period, " + "meeting, decision or document";

    private CommitmentIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(COMMITMENTS_SMART, "SMART commitments")
                        .principles(Principle.EFFECTIVENESS, Principle.ACCOUNTABILITY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("commitments with an owner, a measure and a due day / commitments")
                        .source(SMART)
                        .measuredBy((p, c) -> smart(p))
                        .build(),
                Indicator.builder(COMMITMENT_FULFILMENT, "Commitments fulfilled when due")
                        .principles(Principle.EFFECTIVENESS, Principle.SOCIETAL_GAINS)
                        .criteria(OecdCriteria.INFLUENTIAL_RECOMMENDATIONS)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("commitments delivered / commitments due on or before the assessment day "
                                + "(dropped ones count as not delivered)")
                        .source(DERIVED + "; many partnerships inactive: " + Sources.PATTBERG)
                        .measuredBy(CommitmentIndicators::fulfilment)
                        .build(),
                Indicator.builder(COMMITMENT_OVERDUE, "Commitments overdue")
                        .principles(Principle.ACCOUNTABILITY, Principle.EFFECTIVENESS)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .formula("commitments past due on the assessment day and neither delivered nor dropped / "
                                + "commitments with a due day")
                        .source(DERIVED + "; tracking commitments: " + Sources.NRDC)
                        .measuredBy(CommitmentIndicators::overdue)
                        .build(),
                Indicator.builder(REPORTING_COMPLIANCE, "Annual progress reports on time")
                        .principles(Principle.ACCOUNTABILITY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("yearly reporting cycles with a progress report / cycles due; cycle k of a commitment "
                                + "made on day m is (m + (k-1) years, m + k years]; cycles end at the assessment day, "
                                + "or at the due day for delivered or dropped commitments")
                        .source("Annual, mandatory progress reports: " + Sources.UNGC_COP + "; reporting "
                                + "compliance = reports on time ÷ reports due: " + Sources.DESIGN_CHOICE)
                        .measuredBy(CommitmentIndicators::reporting)
                        .build(),
                Indicator.builder(COMMITMENT_OWNER_SPREAD, "Groups sharing responsibility for commitments")
                        .principles(Principle.SOCIETAL_GAINS, Principle.PARTNERSHIP, Principle.OWNERSHIP)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("stakeholder groups owning at least one commitment / stakeholder groups present")
                        .source("Goals of MSPs (ch. 2): clear, shared responsibilities for implementation; mutual "
                                + "benefits and shared power. " + Sources.HEMMATI)
                        .measuredBy((p, c) -> ownerSpread(p, c))
                        .build());
    }

    private static Measurement smart(MspProcess p) {
        List<Commitment> all = p.commitments();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no commitments recorded");
        }
        long n = 0;
        for (Commitment c : all) {
            if (c.measure().isPresent()
                    && !c.measure().get().isBlank()
                    && c.due().isPresent()) {
                n++;
            }
        }
        return Measurement.of((double) n / all.size())
                .withEvidence(
                        Evidence.of("commitments", all.size(), "commitments"),
                        Evidence.of("commitments[*].measure+due", n, "with owner, measure and due day"));
    }

    private static Measurement fulfilment(MspProcess p, EvaluationContext context) {
        List<Commitment> all = p.commitments();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no commitments recorded");
        }
        Optional<LocalDate> assessed = context.assessmentDay(p);
        if (assessed.isEmpty()) {
            return Measurement.notMeasurable(NO_DAY);
        }
        LocalDate day = assessed.get();
        long due = 0;
        long delivered = 0;
        long dated = 0;
        for (Commitment c : all) {
            if (c.due().isPresent()) {
                dated++;
                if (!c.due().get().isAfter(day)) {
                    due++;
                    if (c.status() == CommitmentStatus.DELIVERED) {
                        delivered++;
                    }
                }
            }
        }
        if (due == 0) {
            return Measurement.notMeasurable("no commitment was due on or before " + day);
        }
        return Measurement.of((double) delivered / due)
                .withCoverage(dated, all.size())
                .withEvidence(
                        Evidence.of(
                                "commitments[*].due",
                                due,
                                "due on or before "
                                        + ProcessFacts.of(p, context).text(day)),
                        Evidence.of("commitments[*].status", delivered, "delivered"));
    }

    private static Measurement overdue(MspProcess p, EvaluationContext context) {
        List<Commitment> all = p.commitments();
        long dated = 0;
        for (Commitment c : all) {
            if (c.due().isPresent()) {
                dated++;
            }
        }
        if (dated == 0) {
            return Measurement.notMeasurable(all.isEmpty() ? "no commitments recorded" : "no commitment has a due day");
        }
        Optional<LocalDate> assessed = context.assessmentDay(p);
        if (assessed.isEmpty()) {
            return Measurement.notMeasurable(NO_DAY);
        }
        LocalDate day = assessed.get();
        long n = 0;
        for (Commitment c : all) {
            if (c.due().isPresent() && c.isOverdueOn(day)) {
                n++;
            }
        }
        return Measurement.of((double) n / dated)
                .withCoverage(dated, all.size())
                .withEvidence(
                        Evidence.of("commitments[*].due", dated, "commitments with a due day"),
                        Evidence.of(
                                "commitments[*].status",
                                n,
                                "overdue on " + ProcessFacts.of(p, context).text(day)));
    }

    private static Measurement reporting(MspProcess p, EvaluationContext context) {
        List<Commitment> all = p.commitments();
        long made = 0;
        for (Commitment c : all) {
            if (c.made().isPresent()) {
                made++;
            }
        }
        if (made == 0) {
            return Measurement.notMeasurable(
                    all.isEmpty() ? "no commitments recorded" : "no commitment has a recorded day it was made");
        }
        Optional<LocalDate> assessed = context.assessmentDay(p);
        if (assessed.isEmpty()) {
            return Measurement.notMeasurable(NO_DAY);
        }
        LocalDate day = assessed.get();
        long cycles = 0;
        long onTime = 0;
        for (Commitment c : all) {
            if (c.made().isEmpty()) {
                continue;
            }
            LocalDate start = c.made().get();
            LocalDate end = day;
            boolean closed = c.status() == CommitmentStatus.DELIVERED || c.status() == CommitmentStatus.DROPPED;
            if (closed && c.due().isPresent() && c.due().get().isBefore(end)) {
                end = c.due().get();
            }
            long n = Math.min(1000, Math.max(0, ChronoUnit.YEARS.between(start, end)));
            List<LocalDate> reports = c.progressReports();
            if (reports.isEmpty()) {
                cycles += n;
                continue;
            }
            for (long k = 1; k <= n; k++) {
                LocalDate from = start.plusYears(k - 1);
                LocalDate to = start.plusYears(k);
                cycles++;
                for (LocalDate r : reports) {
                    if (r.isAfter(from) && !r.isAfter(to)) {
                        onTime++;
                        break;
                    }
                }
            }
        }
        if (cycles == 0) {
            return Measurement.notMeasurable("no commitment had a full yearly reporting cycle by " + day);
        }
        String text = ProcessFacts.of(p, context).text(day);
        return Measurement.of((double) onTime / cycles)
                .withCoverage(made, all.size())
                .withEvidence(
                        Evidence.of("commitments[*].made", made, "commitments with a day made"),
                        Evidence.of("commitments[*].progressReports", cycles, "yearly cycles due by " + text),
                        Evidence.of("commitments[*].progressReports", onTime, "cycles with a report"));
    }

    private static Measurement ownerSpread(MspProcess p, EvaluationContext context) {
        if (p.commitments().isEmpty()) {
            return Measurement.notMeasurable("no commitments recorded");
        }
        if (p.stakeholders().isEmpty()) {
            return Measurement.notMeasurable("no stakeholders recorded");
        }
        ProcessFacts facts = ProcessFacts.of(p, context);
        int present = facts.groupsPresent();
        boolean[] owns = new boolean[present];
        int owning = 0;
        for (Commitment c : p.commitments()) {
            int g = facts.groupOf(c.owner());
            if (g >= 0 && !owns[g]) {
                owns[g] = true;
                owning++;
            }
        }
        return Measurement.of((double) owning / present)
                .withEvidence(
                        Evidence.of("commitments[*].owner", p.commitments().size(), "commitments"),
                        Evidence.of("stakeholders[*].group", present, "groups present"),
                        Evidence.of("commitments[*].owner.group", owning, "groups owning a commitment"));
    }
}
