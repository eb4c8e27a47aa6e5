/**
 * Participation policies and charters as data, compliance checks, decision procedures and seat
 * apportionment for multi-stakeholder processes.
 */
module org.msptoolkit.governance {
    requires transitive org.msptoolkit.core;
    requires static org.jspecify;

    exports org.msptoolkit.governance;
    exports org.msptoolkit.governance.decision;
    exports org.msptoolkit.governance.seats;
    exports org.msptoolkit.governance.spi;

    uses org.msptoolkit.governance.spi.RuleKind;

    provides org.msptoolkit.governance.spi.RuleKind with
            org.msptoolkit.governance.internal.rules.AttendanceRule,
            org.msptoolkit.governance.internal.rules.ChairRotationRule,
            org.msptoolkit.governance.internal.rules.CommitmentsRule,
            org.msptoolkit.governance.internal.rules.ConsultationPeriodRule,
            org.msptoolkit.governance.internal.rules.DecisionProcedureRule,
            org.msptoolkit.governance.internal.rules.FundingDisclosureRule,
            org.msptoolkit.governance.internal.rules.GenderBalanceRule,
            org.msptoolkit.governance.internal.rules.GroupShareRule,
            org.msptoolkit.governance.internal.rules.MajorityRule,
            org.msptoolkit.governance.internal.rules.MinGroupsRule,
            org.msptoolkit.governance.internal.rules.NoticeRule,
            org.msptoolkit.governance.internal.rules.ProgressReportingRule,
            org.msptoolkit.governance.internal.rules.PublicBalanceRule,
            org.msptoolkit.governance.internal.rules.PublicationRule,
            org.msptoolkit.governance.internal.rules.QuorumRule,
            org.msptoolkit.governance.internal.rules.RegionalBalanceRule,
            org.msptoolkit.governance.internal.rules.TermLimitRule,
            org.msptoolkit.governance.internal.rules.VotingRightsRule;
}
