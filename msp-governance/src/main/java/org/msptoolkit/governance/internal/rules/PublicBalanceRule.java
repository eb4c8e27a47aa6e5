package org.msptoolkit.governance.internal.rules;

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
 * {@code representation.public-balance}: the share of seats held for public authorities lies in a band,
 * e.g. exactly 0.5 for a hub "governed 50–50" by governments/institutions and other stakeholders (Hemmati et al. 2002).
 */
public final class PublicBalanceRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public PublicBalanceRule() {
        super(
                "representation.public-balance",
                "public authorities hold between a minimum and a maximum share of the seats (e.g. 50–50)",
                ParameterSpec.optional(
                        "minPublicShare", ParameterType.SHARE, "least share of seats held for public authorities"),
                ParameterSpec.optional(
                        "maxPublicShare", ParameterType.SHARE, "largest share of seats held for public authorities"),
                SEAT_ROLES);
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        atLeastOne(p, problems, "minPublicShare", "maxPublicShare");
        minMax(p, "minPublicShare", "maxPublicShare", problems);
        roles(p, "seatRoles", problems);
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        var holders = Seats.holders(process, Seats.roles(p, "seatRoles", Seats.DEFAULT_ROLES)).stream()
                .filter(h -> h.stakeholder().isPresent())
                .toList();
        if (holders.isEmpty()) {
            return Verdict.notApplicable("no participants in seat-holding roles with a known stakeholder recorded");
        }
        long pub = holders.stream()
                .filter(h -> h.stakeholder().get().publicAuthority())
                .count();
        int total = holders.size();
        double share = (double) pub / total;
        double min = p.number("minPublicShare", 0);
        double max = p.number("maxPublicShare", 1);
        String found = "public authorities hold " + Percent.of(pub, total) + " seats, other stakeholders "
                + Percent.of(total - pub, total);
        String band = "required " + Percent.of(min) + " to " + Percent.of(max);
        if (share + 1e-12 >= min && share <= max + 1e-12) {
            return Verdict.satisfied(found + "; " + band);
        }
        return Verdict.violated(found + "; " + band, List.of(Finding.of("participants", found + "; " + band)));
    }
}
