package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.decision.Ballot;
import org.msptoolkit.governance.decision.ChamberVoting;
import org.msptoolkit.governance.decision.Member;
import org.msptoolkit.governance.decision.Outcome;
import org.msptoolkit.governance.decision.Position;
import org.msptoolkit.governance.seats.Allocation;
import org.msptoolkit.governance.seats.Apportionment;

/** The README snippet, kept compiling and true. */
class ReadmeExampleTest {
    @Test
    void readmeSnippet() {
        MspProcess process = MspProcess.builder("consult-1", "Forest strategy consultation")
                .consultation(Consultation.of("c1", "Draft strategy", "2024-01-08", "2024-02-25"))
                .meeting(Meeting.of("m1", "2024-02-20").withNoticeGiven("2024-02-01"))
                .build();
        Charter policy = Charter.builder("EU consultation standards")
                .kind(CharterKind.POLICY)
                .rule(Rule.of("participation.consultation-period", "minWeeks", 8))
                .rule(Rule.of("participation.notice", "workingDays", 20))
                .build();
        ComplianceReport report = Compliance.check(process, policy);
        // 49 days open (7 weeks), and 12 working days' notice:
        assertThat(report.violations()).hasSize(2);

        Outcome o = ChamberVoting.fscGeneralAssembly()
                .decide(
                        List.of(
                                Member.of("wwf", "environmental", "north", "organisation"),
                                Member.of("imaflora", "environmental", "south", "organisation"),
                                Member.of("union", "social", "north", "organisation"),
                                Member.of("cidob", "social", "south", "organisation"),
                                Member.of("ikea", "economic", "north", "organisation"),
                                Member.of("app", "economic", "south", "organisation")),
                        List.of(
                                Ballot.of("wwf", Position.FOR), Ballot.of("imaflora", Position.FOR),
                                Ballot.of("union", Position.FOR), Ballot.of("cidob", Position.FOR),
                                Ballot.of("ikea", Position.FOR), Ballot.of("app", Position.AGAINST)));
        // economic chamber 50/50: no majority there, though 5/6 overall.
        assertThat(o.adopted()).isFalse();

        Allocation seats = Apportionment.sainteLague(
                7, Map.of("ngos", 100_000L, "business", 80_000L, "unions", 30_000L, "farmers", 20_000L));
        assertThat(seats.seatsOf("farmers")).isEqualTo(1);
    }
}
