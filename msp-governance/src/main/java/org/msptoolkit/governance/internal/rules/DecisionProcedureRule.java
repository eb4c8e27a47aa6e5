package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code decision.procedure}: decisions (all, or those whose subject contains a phrase) are taken by
 * one of the allowed methods, e.g. statutes only by vote, everything else by consensus.
 */
public final class DecisionProcedureRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public DecisionProcedureRule() {
        super(
                "decision.procedure",
                "decisions on a matter are taken by one of the allowed procedures",
                ParameterSpec.required(
                        "methods",
                        ParameterType.TEXT_LIST,
                        "allowed decision methods: consensus, unanimity, vote, chairs-ruling"),
                ParameterSpec.optional(
                        "subjectContains",
                        ParameterType.TEXT,
                        "applies only to decisions whose subject contains this phrase (ignoring case); default all"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        for (String m : p.texts("methods")) {
            if (DecisionMethod.fromCode(m).isEmpty()) {
                problems.add(Problem.of(
                        "methods",
                        RuleParameters.BAD_PARAMETER,
                        "unknown decision method \"" + m
                                + "\"; methods are consensus, unanimity, vote, chairs-ruling"));
            }
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        List<DecisionMethod> allowed =
                p.texts("methods").stream().map(DecisionMethod::parse).toList();
        String phrase =
                p.text("subjectContains").map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        List<Finding> evidence = new ArrayList<>();
        int matched = 0;
        for (int i = 0; i < process.decisions().size(); i++) {
            Decision d = process.decisions().get(i);
            if (!d.subject().toLowerCase(Locale.ROOT).contains(phrase)) {
                continue;
            }
            matched++;
            if (!allowed.contains(d.method())) {
                evidence.add(Finding.of(
                        "decisions[" + i + "].method",
                        "decision " + d.id() + " (\"" + d.subject()
                                + "\") was taken by " + d.method().code() + ", allowed: "
                                + allowed.stream().map(DecisionMethod::code).toList()));
            }
        }
        String scope = phrase.isEmpty() ? "decisions" : "decisions on \"" + phrase + "\"";
        if (matched == 0) {
            return Verdict.notApplicable("no " + scope + " recorded");
        }
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + matched + " " + scope + " used an allowed procedure")
                : Verdict.violated(
                        evidence.size() + " of " + matched + " " + scope + " used a procedure not allowed", evidence);
    }
}
