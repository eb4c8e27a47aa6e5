package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code offices.chair-rotation}: the chair rotates: successive chairs (ordered by the start of their
 * recorded period) come from different stakeholder groups (or different stakeholders).
 */
public final class ChairRotationRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public ChairRotationRule() {
        super(
                "offices.chair-rotation",
                "successive chairs come from different stakeholder groups",
                ParameterSpec.optional("by", ParameterType.TEXT, "rotate among \"group\" (default) or \"stakeholder\""),
                ParameterSpec.optional("roles", ParameterType.TEXT_LIST, "office roles that rotate; default chair"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        roles(p, "roles", problems);
        String by = p.text("by").orElse("group");
        if (!by.equals("group") && !by.equals("stakeholder")) {
            problems.add(Problem.of(
                    "by", RuleParameters.BAD_PARAMETER, "by must be group or stakeholder, got \"" + by + "\""));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        boolean byGroup = p.text("by").orElse("group").equals("group");
        Set<Role> roles = Seats.roles(p, "roles", Set.of(Role.CHAIR));
        var chairs = Seats.holders(process, roles).stream()
                .filter(h ->
                        h.participant().period().isPresent() && h.stakeholder().isPresent())
                .sorted(Comparator.comparing(h -> h.participant().period().get().start()))
                .toList();
        if (chairs.size() < 2) {
            return Verdict.notApplicable("fewer than two office holders with a recorded period and stakeholder");
        }
        List<Finding> evidence = new ArrayList<>();
        for (int i = 1; i < chairs.size(); i++) {
            var a = chairs.get(i - 1);
            var b = chairs.get(i);
            String ka = byGroup
                    ? a.stakeholder().get().group().code()
                    : a.stakeholder().get().id().value();
            String kb = byGroup
                    ? b.stakeholder().get().group().code()
                    : b.stakeholder().get().id().value();
            if (ka.equals(kb)) {
                evidence.add(Finding.of(
                        b.path(),
                        "participant " + b.participant().id() + " (from "
                                + b.participant().period().get().start() + ") follows "
                                + a.participant().id() + " from the same "
                                + (byGroup ? "group " : "stakeholder ") + ka));
            }
        }
        return evidence.isEmpty()
                ? Verdict.satisfied(chairs.size() + " successive office holders rotate among "
                        + (byGroup ? "groups" : "stakeholders"))
                : Verdict.violated(evidence.size() + " succession(s) without rotation", evidence);
    }
}
