package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;

/** Compliance checking never throws on generated processes and reports every rule of the charter. */
class CompliancePropertiesTest {
    /** One rule of every built-in kind. */
    static Charter everyKind() {
        return Charter.builder("every kind")
                .rule(Rule.of("representation.min-groups", "min", 3))
                .rule(Rule.of(
                        "representation.group-share",
                        "groups",
                        List.of("ngos", "governments"),
                        "minShare",
                        0.1,
                        "maxShare",
                        0.5,
                        "minSeats",
                        1,
                        "maxSeats",
                        10))
                .rule(Rule.of("representation.gender-balance", "minShare", 0.4))
                .rule(Rule.of("representation.public-balance", "minPublicShare", 0.3, "maxPublicShare", 0.7))
                .rule(Rule.of(
                        "representation.regional-balance", "countries", List.of("KE", "BR", "IN"), "minShare", 0.2))
                .rule(Rule.of("decision.procedure", "methods", List.of("consensus", "vote")))
                .rule(Rule.of("decision.majority", "overall", "2/3", "chamber", 0.5))
                .rule(Rule.of("decision.quorum", "minShare", 0.5, "strict", true))
                .rule(Rule.of("decision.voting-rights", "voiceOnlyGroups", List.of("science-and-technology")))
                .rule(Rule.of("transparency.publication", "documentDays", 14, "decisionDays", 30))
                .rule(Rule.of("transparency.funding-disclosure"))
                .rule(Rule.of("accountability.commitments", "requireMeasure", true))
                .rule(Rule.of("accountability.progress-reports", "cadenceMonths", 12))
                .rule(Rule.of("participation.attendance", "minShare", 0.5))
                .rule(Rule.of("participation.notice", "workingDays", 20))
                .rule(Rule.of("participation.consultation-period", "minWeeks", 8))
                .rule(Rule.of("offices.chair-rotation"))
                .rule(Rule.of("offices.term-limit", "maxMonths", 36, "maxTerms", 2))
                .build();
    }

    @Test
    void charterCoversEveryBuiltInKind() {
        assertThat(everyKind().rules().stream().map(Rule::kind).sorted().toList())
                .isEqualTo(RuleKinds.standard().ids());
    }

    @Test
    void neverThrowsAndReportsEveryRule() {
        Charter charter = everyKind();
        int violations = 0;
        int satisfied = 0;
        for (long seed = 0; seed < 200; seed++) {
            for (ProcessSize size : List.of(ProcessSize.TINY, ProcessSize.SMALL)) {
                MspProcess p = ProcessGenerator.seeded(seed).size(size).next();
                for (Optional<java.time.LocalDate> asOf : List.of(
                        Optional.<java.time.LocalDate>empty(), Optional.of(java.time.LocalDate.of(2030, 1, 1)))) {
                    ComplianceReport r = asOf.isPresent()
                            ? Compliance.check(p, charter, RuleKinds.standard(), asOf.get())
                            : Compliance.check(p, charter, RuleKinds.standard());
                    assertThat(r.results())
                            .as("seed %d %s", seed, size)
                            .hasSize(charter.rules().size());
                    for (int i = 0; i < r.results().size(); i++) {
                        RuleResult res = r.result(i);
                        assertThat(res.index()).isEqualTo(i);
                        assertThat(res.reason())
                                .as("seed %d %s rule %d", seed, size, i)
                                .doesNotContain("failed:");
                        if (res.status() == RuleStatus.VIOLATED) {
                            violations++;
                            res.findings().forEach(e -> assertThat(e.message()).isNotBlank());
                        }
                        if (res.status() == RuleStatus.SATISFIED) {
                            satisfied++;
                        }
                    }
                    assertThat(r.toString()).as("seed %d", seed).contains(p.id().value());
                }
            }
        }
        // The generator yields varied processes: both outcomes occur.
        assertThat(violations).isPositive();
        assertThat(satisfied).isPositive();
    }
}
