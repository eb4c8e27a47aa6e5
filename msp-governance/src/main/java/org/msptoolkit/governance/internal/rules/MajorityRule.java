package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.decision.Threshold;
import org.msptoolkit.governance.internal.Percent;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code decision.majority}: decisions recorded as taken by vote had the required majority in their
 * tally, overall and, where the tally has chambers, in each chamber (e.g. FSC: more than 1/2 in each
 * chamber and at least 2/3 overall). Votes for and against are compared, abstentions and other options
 * excluded. Tally counts are taken as recorded (votes or voting-power units).
 */
public final class MajorityRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public MajorityRule() {
        super(
                "decision.majority",
                "decisions by vote reached the required majority overall and in each chamber",
                ParameterSpec.optional(
                        "overall", ParameterType.FRACTION, "share of votes cast that must be for, e.g. \"2/3\""),
                ParameterSpec.optional(
                        "overallStrict",
                        ParameterType.BOOLEAN,
                        "true: more than the overall share; default false (at least)"),
                ParameterSpec.optional(
                        "chamber",
                        ParameterType.FRACTION,
                        "share of votes cast in each chamber that must be for, e.g. \"1/2\""),
                ParameterSpec.optional(
                        "chamberStrict",
                        ParameterType.BOOLEAN,
                        "true (default): more than the chamber share; false: at least"),
                ParameterSpec.optional("forOption", ParameterType.TEXT, "tally option counted as for; default \"for\""),
                ParameterSpec.optional(
                        "againstOption", ParameterType.TEXT, "tally option counted as against; default \"against\""));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        atLeastOne(p, problems, "overall", "chamber");
        for (String n : List.of("overall", "chamber")) {
            boolean strict = p.bool(n + "Strict", n.equals("chamber"));
            p.optionalFraction(n)
                    .filter(f -> strict && f[0] == f[1])
                    .ifPresent(f -> problems.add(
                            Problem.of(n, RuleParameters.IMPOSSIBLE, "more than 100% of the votes can never be for")));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        Optional<Threshold> overall =
                p.optionalFraction("overall").map(f -> threshold(f, p.bool("overallStrict", false)));
        Optional<Threshold> chamber =
                p.optionalFraction("chamber").map(f -> threshold(f, p.bool("chamberStrict", true)));
        String forOption = p.text("forOption").orElse("for");
        String againstOption = p.text("againstOption").orElse("against");
        List<Finding> evidence = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < process.decisions().size(); i++) {
            Decision d = process.decisions().get(i);
            if (d.method() != DecisionMethod.VOTE || d.tally().isEmpty()) {
                continue;
            }
            checked++;
            Tally t = d.tally().get();
            String at = "decisions[" + i + "].tally";
            if (overall.isPresent()) {
                test(
                        at,
                        "decision " + d.id() + " overall",
                        t.options(),
                        forOption,
                        againstOption,
                        overall.get(),
                        evidence);
            }
            if (chamber.isPresent()) {
                for (var e : t.chambers().entrySet()) {
                    test(
                            at + ".chambers." + e.getKey(),
                            "decision " + d.id() + " in chamber " + e.getKey(),
                            e.getValue(),
                            forOption,
                            againstOption,
                            chamber.get(),
                            evidence);
                }
            }
        }
        if (checked == 0) {
            return Verdict.notApplicable("no decision by vote with a recorded tally");
        }
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + checked + " votes reached the required majorities")
                : Verdict.violated(
                        evidence.size() + " required majorities not reached in " + checked + " votes", evidence);
    }

    private static Threshold threshold(long[] f, boolean strict) {
        return new Threshold((int) f[0], (int) f[1], strict);
    }

    private static void test(
            String path,
            String what,
            Map<String, Long> counts,
            String forOption,
            String againstOption,
            Threshold threshold,
            List<Finding> evidence) {
        long f = counts.getOrDefault(forOption, 0L);
        long a = counts.getOrDefault(againstOption, 0L);
        if (!threshold.isMetBy(f, f + a)) {
            evidence.add(Finding.of(
                    path, what + ": " + Percent.of(f, f + a) + " of votes cast were for, " + threshold + " required"));
        }
    }
}
