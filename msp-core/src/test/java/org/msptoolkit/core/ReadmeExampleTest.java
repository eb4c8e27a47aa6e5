package org.msptoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.validation.ValidationReport;

/** The README's example in Java (the JShell version is run by msp-testkit's ReadmeJShellTest). */
class ReadmeExampleTest {

    static final String EXPECTED_REPORT =
            "1 problem:\n  participants[1].stakeholder: no stakeholder with id 'unep' in this process";

    @Test
    void theJavaExampleReportsTheUnknownStakeholder() {
        MspProcess p = MspProcess.builder("csd-1998", "CSD Dialogue on Industry")
                .types(ProcessType.INFORMING)
                .stakeholder(Stakeholder.of(
                        "icc", "International Chamber of Commerce", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                .participant(Participant.of("p1", "icc", Role.DELEGATE).withGender("woman"))
                .participant(Participant.of("p2", "unep", Role.OBSERVER))
                .build();
        ValidationReport report = p.validate();
        assertThat(report).hasToString(EXPECTED_REPORT);
        assertThat(p).hasToString("""
                MspProcess csd-1998 "CSD Dialogue on Industry"
                  type [informing], levels [], phase context, linkage not recorded
                  1 stakeholder in 1 group, 2 participants, 0 meetings, 0 decisions, 0 commitments, 0 documents, \
                0 funding entries, 0 links""");
    }
}
