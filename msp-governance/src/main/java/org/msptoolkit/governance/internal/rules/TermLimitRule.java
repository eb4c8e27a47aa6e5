package org.msptoolkit.governance.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code offices.term-limit}: office terms (a participant record's period in an office role) last at
 * most a number of months, and a stakeholder holds the office at most a number of terms. An open term
 * is measured up to the check's reference day.
 */
public final class TermLimitRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public TermLimitRule() {
        super(
                "offices.term-limit",
                "office terms are limited in length and in number per stakeholder",
                ParameterSpec.optional("maxMonths", ParameterType.COUNT, "longest term in months, e.g. 36"),
                ParameterSpec.optional("maxTerms", ParameterType.COUNT, "most terms one stakeholder may hold"),
                ParameterSpec.optional("roles", ParameterType.TEXT_LIST, "office roles; default chair, co-chair"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        atLeastOne(p, problems, "maxMonths", "maxTerms");
        roles(p, "roles", problems);
        if (p.optionalCount("maxMonths").orElse(1) == 0
                || p.optionalCount("maxTerms").orElse(1) == 0) {
            problems.add(Problem.of("", RuleParameters.IMPOSSIBLE, "a limit of 0 leaves the office always vacant"));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        Set<Role> roles = Seats.roles(p, "roles", Set.of(Role.CHAIR, Role.CO_CHAIR));
        var holders = Seats.holders(process, roles).stream()
                .filter(h -> h.participant().period().isPresent())
                .toList();
        if (holders.isEmpty()) {
            return Verdict.notApplicable("no office holder with a recorded period");
        }
        List<Finding> evidence = new ArrayList<>();
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (var h : holders) {
            var period = h.participant().period().get();
            terms.computeIfAbsent(h.participant().stakeholder().value(), k -> new ArrayList<>())
                    .add(h.path());
            if (p.has("maxMonths")) {
                LocalDate end = period.end().or(context::asOf).orElse(null);
                if (end == null) {
                    continue;
                }
                long months = ChronoUnit.MONTHS.between(period.start(), end.plusDays(1));
                if (months > p.count("maxMonths")) {
                    evidence.add(Finding.of(
                            h.path() + ".period",
                            "participant " + h.participant().id() + " held "
                                    + h.participant().role().code() + " for " + months + " months (" + period.start()
                                    + " to "
                                    + end + "), at most " + p.count("maxMonths") + " allowed"));
                }
            }
        }
        p.optionalCount("maxTerms")
                .ifPresent(max -> terms.forEach((stakeholder, paths) -> {
                    if (paths.size() > max) {
                        evidence.add(Finding.of(
                                "participants",
                                "stakeholder " + stakeholder + " held the office " + paths.size() + " terms " + paths
                                        + ", at most " + max + " allowed"));
                    }
                }));
        return evidence.isEmpty()
                ? Verdict.satisfied(holders.size() + " office terms within the limits")
                : Verdict.violated(evidence.size() + " term limit breach(es)", evidence);
    }
}
