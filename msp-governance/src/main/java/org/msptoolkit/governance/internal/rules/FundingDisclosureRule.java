package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.RuleContext;

/** {@code transparency.funding-disclosure}: every funding the process receives is publicly disclosed. */
public final class FundingDisclosureRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public FundingDisclosureRule() {
        super("transparency.funding-disclosure", "every source of funding is publicly disclosed");
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        if (process.funding().isEmpty()) {
            return Verdict.notApplicable("no funding recorded");
        }
        List<Finding> evidence = new ArrayList<>();
        for (int i = 0; i < process.funding().size(); i++) {
            Funding f = process.funding().get(i);
            if (!f.disclosed()) {
                evidence.add(Finding.of(
                        "funding[" + i + "].disclosed",
                        "funding of " + f.amount().toPlainString() + " "
                                + f.currency().getCurrencyCode() + " from " + f.from() + " is not disclosed"));
            }
        }
        int n = process.funding().size();
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + n + " funding entries are disclosed")
                : Verdict.violated(evidence.size() + " of " + n + " funding entries are not disclosed", evidence);
    }
}
