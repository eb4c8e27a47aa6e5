package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code participation.consultation-period}: written consultations stay open at least a minimum time,
 * e.g. 8 weeks under the EU minimum standards (COM(2002) 704, standard D). A consultation's length
 * counts its first and last day (8 weeks = 56 days).
 */
public final class ConsultationPeriodRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public ConsultationPeriodRule() {
        super(
                "participation.consultation-period",
                "written consultations stay open for at least a minimum period",
                ParameterSpec.optional("minWeeks", ParameterType.COUNT, "least number of weeks open"),
                ParameterSpec.optional("minDays", ParameterType.COUNT, "least number of days open (instead of weeks)"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        atLeastOne(p, problems, "minWeeks", "minDays");
        if (p.has("minWeeks") && p.has("minDays")) {
            problems.add(Problem.of("minDays", RuleParameters.BAD_PARAMETER, "give minWeeks or minDays, not both"));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        long minDays = p.has("minWeeks") ? 7L * p.count("minWeeks") : p.count("minDays");
        if (process.consultations().isEmpty()) {
            return Verdict.notApplicable("no consultations recorded");
        }
        List<Finding> evidence = new ArrayList<>();
        for (int i = 0; i < process.consultations().size(); i++) {
            Consultation c = process.consultations().get(i);
            if (c.days() < minDays) {
                evidence.add(Finding.of(
                        "consultations[" + i + "]",
                        "consultation " + c.id() + " (\"" + c.topic()
                                + "\") was open " + c.days() + " days (" + c.opens() + " to " + c.closes()
                                + "), at least "
                                + minDays + " required"));
            }
        }
        int n = process.consultations().size();
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + n + " consultations open at least " + minDays + " days")
                : Verdict.violated(evidence.size() + " of " + n + " consultations too short", evidence);
    }
}
