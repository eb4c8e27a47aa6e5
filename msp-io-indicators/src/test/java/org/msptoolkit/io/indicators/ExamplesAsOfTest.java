package org.msptoolkit.io.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.BuiltinIndicators;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.Evaluator;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.MspFiles;

/**
 * Issue 15: the bundled examples as of a day before their first meeting, decision or document score nothing that
 * happened later.
 */
class ExamplesAsOfTest {
    /** Indicators that read meetings, decisions, publications or what follows from decisions (commitments). */
    private static final List<String> LATER = List.of(
            BuiltinIndicators.ATTENDANCE_RATE,
            BuiltinIndicators.ATTENDANCE_SPREAD,
            BuiltinIndicators.SPEAKING_TURN_HHI,
            BuiltinIndicators.SPEAKING_TURN_GINI,
            BuiltinIndicators.NOTICE_PERIOD,
            BuiltinIndicators.AGENDA_OWNERSHIP,
            BuiltinIndicators.CONSENSUS_SHARE,
            BuiltinIndicators.SUSTAINED_OBJECTION_SHARE,
            BuiltinIndicators.OBJECTIONS_RECORDED,
            BuiltinIndicators.DOCUMENTS_PUBLISHED,
            BuiltinIndicators.PUBLICATION_DELAY,
            BuiltinIndicators.DECISIONS_PUBLISHED,
            BuiltinIndicators.COMMITMENTS_SMART,
            BuiltinIndicators.COMMITMENT_FULFILMENT,
            BuiltinIndicators.COMMITMENT_OVERDUE,
            BuiltinIndicators.REPORTING_COMPLIANCE,
            BuiltinIndicators.DELIVERED_WITH_EVIDENCE,
            BuiltinIndicators.MONITORING_EVIDENCE);

    private static void nothingLaterCounts(String file) throws IOException {
        MspProcess p =
                MspFiles.read(Path.of("..", "examples", file)).orElseThrow().process();
        // the first meeting, decision or document (FSC publishes its motions booklet months before the assembly)
        LocalDate first = java.util.stream.Stream.of(
                        p.meetings().stream().map(Meeting::date),
                        p.decisions().stream().map(org.msptoolkit.core.model.Decision::date),
                        p.documents().stream().map(org.msptoolkit.core.model.Document::produced))
                .flatMap(s -> s)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate before = first.minusDays(1);
        EvaluationReport r = Evaluator.of(IndicatorRegistry.builtin())
                .withContext(EvaluationContext.asOf(before))
                .evaluate(p, Frameworks.hemmati2002());
        assertThat(r.asOf()).hasValue(before);
        for (IndicatorResult x : r.indicators()) {
            if (LATER.contains(x.id())) {
                assertThat(x.isMeasured())
                        .as("%s in %s as of %s: %s", x.id(), file, before, x)
                        .isFalse();
            }
        }
        // and on the day of the last activity the same indicators are measured again
        EvaluationReport all = Evaluator.of(IndicatorRegistry.builtin()).evaluate(p, Frameworks.hemmati2002());
        assertThat(all.indicators().stream().filter(x -> LATER.contains(x.id()) && x.isMeasured()))
                .isNotEmpty();
    }

    @Test
    void fscAsOfTheDayBeforeItsFirstMeetingOrPublication() throws IOException {
        nothingLaterCounts("fsc-general-assembly.yaml");
    }

    @Test
    void csdAsOfTheDayBeforeItsFirstMeetingOrPublication() throws IOException {
        nothingLaterCounts("csd-1998-industry-dialogue.yaml");
    }

    @Test
    void laterProgressReportsDoNotCountAsOfTheDefaultDay() throws IOException {
        // FSC's progress reports are dated 2018, after the period ends on 2017-10-13 (the default day)
        MspProcess p = MspFiles.read(Path.of("..", "examples", "fsc-general-assembly.yaml"))
                .orElseThrow()
                .process();
        EvaluationReport r = Evaluator.of(IndicatorRegistry.builtin()).evaluate(p, Frameworks.hemmati2002());
        assertThat(r.asOf()).hasValue(LocalDate.of(2017, 10, 13));
        IndicatorResult monitoring = r.indicators().stream()
                .filter(x -> x.id().equals(BuiltinIndicators.MONITORING_EVIDENCE))
                .findFirst()
                .orElseThrow();
        assertThat(monitoring.value()).hasValue(0.0);
    }
}
