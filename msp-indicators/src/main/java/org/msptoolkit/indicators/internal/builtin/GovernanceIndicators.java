package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.CHARTER_COMPLIANCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.Compliance;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.governance.RuleKinds;
import org.msptoolkit.governance.RuleResult;
import org.msptoolkit.governance.RuleStatus;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators that use msp-governance: compliance with a charter. Internal. */
final class GovernanceIndicators {
    private GovernanceIndicators() {}

    static List<Indicator> all() {
        return List.of(Indicator.builder(CHARTER_COMPLIANCE, "Charter compliance rate")
                .principles(Principle.ACCOUNTABILITY, Principle.GOOD_GOVERNANCE, Principle.LEGITIMACY)
                .unit("share")
                .scale(Scale.UNIT)
                .direction(Direction.HIGHER_IS_BETTER)
                .formula("rules satisfied / rules that could be judged (satisfied + violated), checking the "
                        + "process against the charter given in the evaluation context, as of the "
                        + "assessment day; coverage = rules judged / rules")
                .source("Accountability (agreed, transparent mechanisms) and Good governance (clear norms and "
                        + "standards): " + Sources.HEMMATI)
                .measuredBy(GovernanceIndicators::compliance)
                .build());
    }

    private static Measurement compliance(MspProcess p, EvaluationContext context) {
        Optional<Charter> charter = context.charter();
        if (charter.isEmpty()) {
            return Measurement.notMeasurable("no charter given to check the process against");
        }
        Charter c = charter.get();
        if (c.rules().isEmpty()) {
            return Measurement.notMeasurable("charter \"" + c.name() + "\" has no rules");
        }
        Optional<LocalDate> day = context.assessmentDay(p);
        ComplianceReport report = day.isPresent()
                ? Compliance.check(p, c, RuleKinds.standard(), day.get())
                : Compliance.check(p, c, RuleKinds.standard());
        long satisfied = report.withStatus(RuleStatus.SATISFIED).size();
        long violated = report.withStatus(RuleStatus.VIOLATED).size();
        long judged = satisfied + violated;
        if (judged == 0) {
            return Measurement.notMeasurable("no rule of charter \"" + c.name() + "\" could be judged: "
                    + report.results().get(0).reason());
        }
        Measurement m = Measurement.of((double) satisfied / judged)
                .withCoverage(judged, c.rules().size())
                .withEvidence(
                        Evidence.of("charter.rules", c.rules().size(), "rules of \"" + c.name() + "\" v" + c.version()),
                        Evidence.of("charter.rules[satisfied]", satisfied, "satisfied"),
                        Evidence.of("charter.rules[violated]", violated, "violated"));
        for (RuleResult r : report.violations()) {
            m = m.withEvidence(
                    "charter.rules[" + r.index() + "]",
                    1,
                    "violated: " + r.rule().label() + ": " + r.reason());
        }
        return m;
    }
}
