package org.msptoolkit.governance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.Rule;
import org.msptoolkit.governance.RuleKinds;
import org.msptoolkit.governance.spi.RuleKind;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * Validates a charter's rules against their kinds, and checks across rules (minimum shares per group
 * adding up to more than 100%). Internal: any usage by external parties is not supported.
 */
public final class CharterValidator {
    /** Problem code: a rule names a kind that is not registered. */
    public static final String UNKNOWN_KIND = "unknown-rule-kind";

    private static final String GROUP_SHARE = "representation.group-share";

    private CharterValidator() {}

    /**
     * Returns every problem, located as {@code rules[i].parameter}.
     *
     * @param charter the charter
     * @param kinds the known kinds
     * @return every problem, located as {@code rules[i].parameter}
     */
    public static List<Problem> validate(Charter charter, RuleKinds kinds) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < charter.rules().size(); i++) {
            Rule rule = charter.rules().get(i);
            String where = "rules[" + i + "]";
            var kind = kinds.find(rule.kind());
            if (kind.isEmpty()) {
                problems.add(Problem.of(
                        where + ".kind",
                        UNKNOWN_KIND,
                        "rule " + rule.label() + ": unknown rule kind \"" + rule.kind() + "\"; known kinds: "
                                + String.join(", ", kinds.ids())));
                continue;
            }
            problems.addAll(validateRule(rule, kind.get(), where));
        }
        problems.addAll(crossRule(charter, kinds));
        return problems;
    }

    /**
     * Returns the problems, located and naming the rule.
     *
     * @param rule a rule
     * @param kind its kind
     * @param where its location, e.g. {@code rules[2]}
     * @return the problems, located and naming the rule
     */
    public static List<Problem> validateRule(Rule rule, RuleKind kind, String where) {
        RuleParameters params = RuleParameters.of(rule.parameters());
        List<Problem> local = params.check(kind.parameters());
        if (local.isEmpty()) {
            try {
                local = kind.validate(params);
            } catch (RuntimeException e) {
                local = List.of(Problem.of(
                        "",
                        RuleParameters.BAD_PARAMETER,
                        "rule kind " + kind.id() + " failed to validate its parameters: " + e.getMessage()));
            }
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : local) {
            String loc = p.location().isEmpty() ? where : where + "." + p.location();
            out.add(Problem.of(loc, p.code(), "rule " + rule.label() + ": " + p.message()));
        }
        return out;
    }

    private static List<Problem> crossRule(Charter charter, RuleKinds kinds) {
        if (kinds.find(GROUP_SHARE).isEmpty()) {
            return List.of();
        }
        Map<String, Double> minByGroup = new LinkedHashMap<>();
        Map<String, List<Integer>> rulesByGroup = new LinkedHashMap<>();
        for (int i = 0; i < charter.rules().size(); i++) {
            Rule rule = charter.rules().get(i);
            if (!rule.kind().equals(GROUP_SHARE)) {
                continue;
            }
            RuleParameters p = RuleParameters.of(rule.parameters());
            if (!p.check(kinds.find(GROUP_SHARE).get().parameters()).isEmpty() || !p.has("minShare")) {
                continue;
            }
            double min = p.number("minShare");
            for (String g : p.texts("groups")) {
                minByGroup.merge(g, min, Math::max);
                rulesByGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
        }
        double sum =
                minByGroup.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum > 1 + 1e-9 && rulesByGroup.values().stream().distinct().count() > 1) {
            List<Integer> idx = rulesByGroup.values().stream()
                    .flatMap(List::stream)
                    .distinct()
                    .sorted()
                    .toList();
            return List.of(Problem.of(
                    "rules",
                    RuleParameters.IMPOSSIBLE,
                    "rules "
                            + idx.stream()
                                    .map(i -> "rules[" + i + "] "
                                            + charter.rules().get(i).label())
                                    .toList()
                            + ": the minimum shares of groups " + minByGroup + " add up to "
                            + Percent.of(sum) + ", more than 100%, so they cannot all hold"));
        }
        return List.of();
    }
}
