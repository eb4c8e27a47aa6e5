package org.msptoolkit.governance.internal.rules;

import java.util.List;
import org.msptoolkit.governance.spi.RuleKind;

/** The built-in rule kinds. Internal: any usage by external parties is not supported. */
public final class BuiltInRuleKinds {
    private BuiltInRuleKinds() {}

    /**
     * Returns a new instance of every built-in rule kind.
     *
     * @return a new instance of every built-in rule kind
     */
    public static List<RuleKind> all() {
        return List.of(
                new MinGroupsRule(),
                new GroupShareRule(),
                new GenderBalanceRule(),
                new PublicBalanceRule(),
                new RegionalBalanceRule(),
                new DecisionProcedureRule(),
                new QuorumRule(),
                new VotingRightsRule(),
                new PublicationRule(),
                new FundingDisclosureRule(),
                new CommitmentsRule(),
                new ProgressReportingRule(),
                new MajorityRule(),
                new AttendanceRule(),
                new NoticeRule(),
                new ConsultationPeriodRule(),
                new ChairRotationRule(),
                new TermLimitRule());
    }
}
