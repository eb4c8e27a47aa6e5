package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleKind;

/** The registry: ServiceLoader discovery, deterministic order, duplicate ids rejected, custom kinds. */
class RuleKindsTest {
    static final List<String> BUILT_IN = List.of(
            "accountability.commitments",
            "accountability.progress-reports",
            "decision.majority",
            "decision.procedure",
            "decision.quorum",
            "decision.voting-rights",
            "offices.chair-rotation",
            "offices.term-limit",
            "participation.attendance",
            "participation.consultation-period",
            "participation.notice",
            "representation.gender-balance",
            "representation.group-share",
            "representation.min-groups",
            "representation.public-balance",
            "representation.regional-balance",
            "transparency.funding-disclosure",
            "transparency.publication");

    /** A custom rule kind, as an institution would add one: the process states a purpose. */
    public static final class PurposeStated implements RuleKind {
        @Override
        public String id() {
            return "acme.purpose-stated";
        }

        @Override
        public String description() {
            return "the process states its purpose";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Verdict check(MspProcess process, RuleContext context) {
            return process.purpose().isBlank()
                    ? Verdict.violated("no purpose", List.of(Finding.of("purpose", "the purpose is empty")))
                    : Verdict.satisfied("purpose: " + process.purpose());
        }
    }

    @Test
    void standardKindsAreSortedById() {
        assertThat(RuleKinds.standard().ids()).isEqualTo(BUILT_IN);
    }

    @Test
    void serviceLoaderFindsTheBuiltInsAndCustomProviders() {
        // The test class path registers PurposeStated in META-INF/services next to the built-ins.
        RuleKinds loaded = RuleKinds.load(getClass().getClassLoader());
        assertThat(loaded.ids())
                .containsAll(BUILT_IN)
                .contains("acme.purpose-stated")
                .hasSize(BUILT_IN.size() + 1);
        assertThat(RuleKinds.load().ids()).containsAll(BUILT_IN);
    }

    @Test
    void duplicateIdsAreRejectedNamingBothProviders() {
        assertThatThrownBy(() -> RuleKinds.standard().with(new PurposeStated(), new PurposeStated()))
                .isInstanceOf(GovernanceException.class)
                .hasMessage("rule kind id \"acme.purpose-stated\" is provided twice: by "
                        + PurposeStated.class.getName() + " and by " + PurposeStated.class.getName());
    }

    @Test
    void customKindIsCheckedLikeABuiltIn() {
        RuleKinds kinds = RuleKinds.standard().with(new PurposeStated());
        Charter c = Charter.builder("c")
                .rule(Rule.of("acme.purpose-stated"))
                .rule(Rule.of("representation.min-groups", "min", 1))
                .build();
        assertThat(c.validate()).hasSize(1);
        assertThat(c.validate(kinds)).isEmpty();
        ComplianceReport r = Compliance.check(Fx.process("x").build(), c, kinds);
        assertThat(r.results())
                .extracting(RuleResult::status)
                .containsExactly(RuleStatus.VIOLATED, RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void everyBuiltInHasDocumentedParameters() {
        for (RuleKind k : RuleKinds.standard().all()) {
            assertThat(k.description()).as(k.id()).isNotBlank();
            k.parameters()
                    .forEach(p -> assertThat(p.description())
                            .as(k.id() + "." + p.name())
                            .isNotBlank());
        }
    }
}
