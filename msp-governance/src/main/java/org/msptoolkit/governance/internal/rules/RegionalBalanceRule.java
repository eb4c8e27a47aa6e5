package org.msptoolkit.governance.internal.rules;

import java.util.List;
import java.util.Set;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.internal.Percent;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code representation.regional-balance}: stakeholders from a region (a list of countries, e.g. the
 * global South) make up between a minimum and a maximum share of the stakeholders whose countries are recorded.
 */
public final class RegionalBalanceRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public RegionalBalanceRule() {
        super(
                "representation.regional-balance",
                "stakeholders from a region (a country list, e.g. North/South) hold a share of the stakeholders within a band",
                ParameterSpec.required("countries", ParameterType.TEXT_LIST, "ISO 3166-1 alpha-2 codes of the region"),
                ParameterSpec.optional(
                        "region", ParameterType.TEXT, "name of the region, e.g. South; default \"the region\""),
                ParameterSpec.optional("minShare", ParameterType.SHARE, "least share of stakeholders from the region"),
                ParameterSpec.optional(
                        "maxShare", ParameterType.SHARE, "largest share of stakeholders from the region"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        atLeastOne(p, problems, "minShare", "maxShare");
        minMax(p, "minShare", "maxShare", problems);
        for (String c : p.texts("countries")) {
            try {
                Country.of(c);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(
                        "countries",
                        RuleParameters.BAD_PARAMETER,
                        java.util.Objects.requireNonNullElse(e.getMessage(), e.toString())));
            }
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        Set<Country> region =
                Set.copyOf(p.texts("countries").stream().map(Country::of).toList());
        String name = p.text("region").orElse("the region");
        var known = process.stakeholders().stream()
                .filter(s -> !s.countries().isEmpty())
                .toList();
        if (known.isEmpty()) {
            return Verdict.notApplicable("no stakeholder has its countries recorded");
        }
        long in = known.stream()
                .filter(s -> s.countries().stream().anyMatch(region::contains))
                .count();
        double share = (double) in / known.size();
        double min = p.number("minShare", 0);
        double max = p.number("maxShare", 1);
        String found = Percent.of(in, known.size()) + " stakeholders with recorded countries are from " + name;
        String band = "required " + Percent.of(min) + " to " + Percent.of(max);
        if (share + 1e-12 >= min && share <= max + 1e-12) {
            return Verdict.satisfied(found + "; " + band);
        }
        return Verdict.violated(found + "; " + band, List.of(Finding.of("stakeholders", found + ", " + band)));
    }
}
