package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.internal.Percent;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code representation.group-share}: each listed stakeholder group holds between a minimum and a
 * maximum number or share of the seats (participants in seat-holding roles).
 */
public final class GroupShareRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public GroupShareRule() {
        super(
                "representation.group-share",
                "each listed stakeholder group holds at least / at most a number or share of the seats",
                ParameterSpec.required(
                        "groups",
                        ParameterType.TEXT_LIST,
                        "stakeholder group codes the bounds apply to, each on its own"),
                ParameterSpec.optional("minShare", ParameterType.SHARE, "least share of seats for each group"),
                ParameterSpec.optional("maxShare", ParameterType.SHARE, "largest share of seats for each group"),
                ParameterSpec.optional("minSeats", ParameterType.COUNT, "least number of seats for each group"),
                ParameterSpec.optional("maxSeats", ParameterType.COUNT, "largest number of seats for each group"),
                SEAT_ROLES);
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        atLeastOne(p, problems, "minShare", "maxShare", "minSeats", "maxSeats");
        minMax(p, "minShare", "maxShare", problems);
        minMax(p, "minSeats", "maxSeats", problems);
        roles(p, "seatRoles", problems);
        int groups = p.texts("groups").size();
        if (groups == 0) {
            problems.add(Problem.of("groups", RuleParameters.BAD_PARAMETER, "name at least one stakeholder group"));
        }
        if (p.has("minShare") && groups * p.number("minShare") > 1 + 1e-9) {
            problems.add(Problem.of(
                    "minShare",
                    RuleParameters.IMPOSSIBLE,
                    "a minimum share of "
                            + Percent.of(p.number("minShare")) + " for each of " + groups + " groups adds up to "
                            + Percent.of(groups * p.number("minShare")) + ", more than 100%, so it can never be met"));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        var holders = Seats.holders(process, Seats.roles(p, "seatRoles", Seats.DEFAULT_ROLES));
        if (holders.isEmpty()) {
            return Verdict.notApplicable("no participants in seat-holding roles recorded");
        }
        int total = holders.size();
        List<Finding> evidence = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String group : p.texts("groups")) {
            long n = holders.stream()
                    .filter(h -> h.stakeholder()
                            .map(s -> s.group().code().equals(group))
                            .orElse(false))
                    .count();
            double share = (double) n / total;
            String has = "group " + group + " holds " + Percent.of(n, total) + " seats";
            found.add(group + " " + n + "/" + total);
            p.optionalNumber("minShare")
                    .filter(min -> share + 1e-12 < min)
                    .ifPresent(min -> evidence.add(
                            Finding.of("participants", has + ", at least " + Percent.of(min) + " required")));
            p.optionalNumber("maxShare")
                    .filter(max -> share > max + 1e-12)
                    .ifPresent(max -> evidence.add(
                            Finding.of("participants", has + ", at most " + Percent.of(max) + " allowed")));
            p.optionalCount("minSeats").stream()
                    .filter(min -> n < min)
                    .forEach(min ->
                            evidence.add(Finding.of("participants", has + ", at least " + min + " seats required")));
            p.optionalCount("maxSeats").stream()
                    .filter(max -> n > max)
                    .forEach(max ->
                            evidence.add(Finding.of("participants", has + ", at most " + max + " seats allowed")));
        }
        if (evidence.isEmpty()) {
            return Verdict.satisfied("seats per group " + found + " are within the bounds");
        }
        return Verdict.violated(evidence.size() + " bound(s) broken; seats per group " + found, evidence);
    }
}
