package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code accountability.commitments}: every commitment has an owner who is a stakeholder of the process,
 * a due date, (optionally) a measure, and evidence once reported delivered (SMART deliverables).
 */
public final class CommitmentsRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public CommitmentsRule() {
        super(
                "accountability.commitments",
                "commitments carry an owner, a due date and, when delivered, evidence",
                ParameterSpec.optional(
                        "requireDue", ParameterType.BOOLEAN, "every commitment has a due date; default true"),
                ParameterSpec.optional(
                        "requireMeasure", ParameterType.BOOLEAN, "every commitment has a measure; default false"),
                ParameterSpec.optional(
                        "requireEvidence",
                        ParameterType.BOOLEAN,
                        "every delivered commitment has evidence; default true"));
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        if (process.commitments().isEmpty()) {
            return Verdict.notApplicable("no commitments recorded");
        }
        List<Finding> evidence = new ArrayList<>();
        for (int i = 0; i < process.commitments().size(); i++) {
            Commitment c = process.commitments().get(i);
            String at = "commitments[" + i + "]";
            String what = "commitment " + c.id();
            if (process.stakeholder(c.owner()).isEmpty()) {
                evidence.add(Finding.of(
                        at + ".owner", what + ": owner " + c.owner() + " is not a stakeholder of the process"));
            }
            if (p.bool("requireDue", true) && c.due().isEmpty()) {
                evidence.add(Finding.of(at + ".due", what + " has no due date"));
            }
            if (p.bool("requireMeasure", false) && c.measure().isEmpty()) {
                evidence.add(Finding.of(at + ".measure", what + " has no measure"));
            }
            if (p.bool("requireEvidence", true)
                    && c.status() == CommitmentStatus.DELIVERED
                    && c.evidence().isEmpty()) {
                evidence.add(Finding.of(at + ".evidence", what + " is reported delivered without evidence"));
            }
        }
        int n = process.commitments().size();
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + n + " commitments are complete")
                : Verdict.violated(evidence.size() + " gap(s) in " + n + " commitments", evidence);
    }
}
