package org.msptoolkit.governance.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;

/** {@code representation.min-groups}: the process involves stakeholders from at least N groups. */
public final class MinGroupsRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public MinGroupsRule() {
        super(
                "representation.min-groups",
                "stakeholders come from at least a minimum number of stakeholder groups",
                ParameterSpec.required("min", ParameterType.COUNT, "the least number of distinct stakeholder groups"));
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        int min = context.parameters().count("min");
        if (process.stakeholders().isEmpty()) {
            return Verdict.notApplicable("no stakeholders recorded");
        }
        Set<String> groups = new TreeSet<>();
        for (Stakeholder s : process.stakeholders()) {
            groups.add(s.group().code());
        }
        String found = groups.size() + " stakeholder groups " + groups;
        if (groups.size() >= min) {
            return Verdict.satisfied(found + ", at least " + min + " required");
        }
        return Verdict.violated(
                "only " + found + ", at least " + min + " required",
                List.of(Finding.of(
                        "stakeholders",
                        process.stakeholders().size() + " stakeholders in " + found + "; " + (min - groups.size())
                                + " more group(s) needed to reach " + min)));
    }
}
