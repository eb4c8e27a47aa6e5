package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleKind;

/** Compliance keeps going past violations and failing rule kinds; the reference day defaults to the latest recorded. */
class ComplianceTest {
    static final class Broken implements RuleKind {
        @Override
        public String id() {
            return "acme.broken";
        }

        @Override
        public String description() {
            return "always fails";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Verdict check(MspProcess process, RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aFailingRuleKindDoesNotStopTheCheck() {
        MspProcess p = Fx.process("p")
                .meeting(Meeting.of("m", "2024-02-20").withNoticeGiven("2024-02-19"))
                .build();
        Charter c = Fx.charter(
                Rule.of("acme.broken"),
                Rule.of("participation.notice", "workingDays", 20),
                Rule.of("participation.notice", "workingDays", 0));
        ComplianceReport r = Compliance.check(p, c, RuleKinds.standard().with(new Broken()));
        assertThat(r.results())
                .extracting(RuleResult::status)
                .containsExactly(RuleStatus.NOT_APPLICABLE, RuleStatus.VIOLATED, RuleStatus.SATISFIED);
        assertThat(r.result(0).reason())
                .isEqualTo("rule kind acme.broken failed: java.lang.IllegalStateException: boom");
        assertThat(r.isCompliant()).isFalse();
    }

    @Test
    void referenceDayIsTheLatestRecordedDayUnlessGiven() {
        MspProcess p = Fx.process("p")
                .meeting(Meeting.of("m1", "2024-02-20"), Meeting.of("m2", "2023-01-01"))
                .build();
        assertThat(Compliance.latestRecordedDay(p)).contains(Fx.d("2024-02-20"));
        assertThat(Compliance.latestRecordedDay(
                        p.toBuilder().period("2020-01-01", "2025-12-31").build()))
                .contains(Fx.d("2025-12-31"));
        assertThat(Compliance.latestRecordedDay(Fx.process("q").build())).isEmpty();
        Charter c = Fx.charter(Rule.of("participation.notice", "workingDays", 20));
        assertThat(Compliance.check(p, c, RuleKinds.standard(), Fx.d("2030-01-01"))
                        .asOf())
                .contains(Fx.d("2030-01-01"));
    }
}
