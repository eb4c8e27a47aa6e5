package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.GenderCategory;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.internal.Percent;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code representation.gender-balance}: neither women nor men fall below a share of the seat holders
 * whose gender is recorded, e.g. the Council of Europe's 40% floor (Rec(2003)3), i.e. a 40/60 band.
 */
public final class GenderBalanceRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public GenderBalanceRule() {
        super(
                "representation.gender-balance",
                "neither women nor men fall below a minimum share of seat holders (e.g. 0.4 for the 40/60 band)",
                ParameterSpec.required(
                        "minShare",
                        ParameterType.SHARE,
                        "least share of women and of men among seat holders whose gender is recorded; at most 0.5"),
                SEAT_ROLES);
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        roles(p, "seatRoles", problems);
        if (p.number("minShare") > 0.5) {
            problems.add(Problem.of(
                    "minShare",
                    RuleParameters.IMPOSSIBLE,
                    "a minimum share of " + Percent.of(p.number("minShare"))
                            + " for both women and men adds up to more than 100%"));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        double min = p.number("minShare");
        var holders = Seats.holders(process, Seats.roles(p, "seatRoles", Seats.DEFAULT_ROLES));
        var recorded = holders.stream()
                .filter(h -> h.participant().gender().isPresent())
                .toList();
        if (recorded.isEmpty()) {
            return Verdict.notApplicable(
                    holders.isEmpty()
                            ? "no participants in seat-holding roles recorded"
                            : "no gender recorded for any of " + holders.size() + " seat holders");
        }
        int total = recorded.size();
        long women = recorded.stream()
                .filter(h -> h.participant().gender().get().category() == GenderCategory.WOMAN)
                .count();
        long men = recorded.stream()
                .filter(h -> h.participant().gender().get().category() == GenderCategory.MAN)
                .count();
        String found = "women " + Percent.of(women, total) + ", men " + Percent.of(men, total)
                + " of seat holders with recorded gender"
                + (holders.size() > total ? " (" + (holders.size() - total) + " not recorded)" : "");
        List<Finding> evidence = new ArrayList<>();
        if ((double) women / total + 1e-12 < min) {
            evidence.add(Finding.of(
                    "participants",
                    "women hold " + Percent.of(women, total) + " seats, at least " + Percent.of(min) + " required"));
        }
        if ((double) men / total + 1e-12 < min) {
            evidence.add(Finding.of(
                    "participants",
                    "men hold " + Percent.of(men, total) + " seats, at least " + Percent.of(min) + " required"));
        }
        return evidence.isEmpty()
                ? Verdict.satisfied(found + "; each at least " + Percent.of(min))
                : Verdict.violated(found + "; each must be at least " + Percent.of(min), evidence);
    }
}
