package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.evaluation.Evaluation;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.framework.Frameworks;

/** The snippet proposed for the README section on msp-indicators, with its printed numbers checked. */
class ReadmeExampleTest {
    @Test
    void theReadmeSnippetGivesTheNumbersItShows() {
        MspProcess p = MspProcess.builder("forum", "Town forum")
                .stakeholder(
                        Stakeholder.of("city", "City", StakeholderGroup.LOCAL_AUTHORITIES),
                        Stakeholder.of("ngo", "Green NGO", StakeholderGroup.NGOS))
                .participant(
                        Participant.of("p1", "city", Role.CHAIR).withGender("woman"),
                        Participant.of("p2", "ngo", Role.DELEGATE).withGender("man"),
                        Participant.of("p3", "ngo", Role.DELEGATE).withGender("man"))
                .meeting(Meeting.of("m1", "2024-03-04").withAttendance("p1", "p2"))
                .build();
        Measurement w = IndicatorRegistry.load().get("women-share").measure(p);
        assertThat(w).hasToString("0.3333 (coverage 100%)");
        EvaluationReport r = Evaluation.of(p, Frameworks.hemmati2002());
        assertThat(r.indicator("attendance-rate").orElseThrow().value().getAsDouble())
                .isCloseTo(2 / 3.0, within(1e-9));
        // women-share 1/3 is below the 40-60% band: score (1/3) / 0.4 = 0.83
        assertThat(r.indicator("women-share").orElseThrow().toString())
                .isEqualTo("women-share: 0.3333 share, score 0.83, coverage 100%");
        assertThat(r.toString()).contains("as of 2024-03-04");
    }
}
