package org.msptoolkit.cli.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msptoolkit.cli.Xhtml;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.Compliance;
import org.msptoolkit.governance.Rule;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.evaluation.Evaluation;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.indicators.framework.Frameworks;
import org.w3c.dom.Document;

/** The evaluation report renderers on a process built in code, with hostile text everywhere. */
class EvaluationDocumentTest {
    private static final String HOSTILE = "<script>alert(1)</script>";

    private static MspProcess process() {
        return MspProcess.builder("p1", HOSTILE + " & partners")
                .purpose("Test")
                .stakeholder(
                        Stakeholder.of("s1", HOSTILE, StakeholderGroup.NGOS),
                        Stakeholder.of("s2", "City \"hall\"", StakeholderGroup.LOCAL_AUTHORITIES))
                .participant(Participant.of("a", "s1", Role.DELEGATE), Participant.of("b", "s2", Role.CHAIR))
                .build();
    }

    private static EvaluationDocument document(MspProcess p, Optional<Charter> charter) {
        EvaluationReport report = Evaluation.of(p, Frameworks.hemmati2002());
        IndicatorRegistry registry = IndicatorRegistry.load();
        return EvaluationDocument.of(
                p,
                report,
                id -> registry.find(id).map(Indicator::formula),
                charter.map(c -> ComplianceSection.of(Compliance.check(p, c))));
    }

    @Test
    void htmlParsesHasBothChartsAndShowsHostileTextOnlyAsText() {
        MspProcess p = process();
        String html = document(p, Optional.empty()).html();
        Document doc = Xhtml.parse(html);
        assertThat(Xhtml.count(doc, "svg")).isEqualTo(2);
        assertThat(Xhtml.count(doc, "script")).isZero();
        assertThat(html).doesNotContain(HOSTILE);
        assertThat(Xhtml.text(doc, "h1")).contains("Evaluation of " + HOSTILE + " & partners (p1)");
        assertThat(Xhtml.text(doc, "td")).contains(HOSTILE + " (s1)", "City \"hall\" (s2)");
        // every principle is in the charts and the table; every unmeasured indicator is listed with its reason
        EvaluationReport report = Evaluation.of(p, Frameworks.hemmati2002());
        String svgText = Xhtml.text(doc, "svg");
        report.groups().forEach(g -> assertThat(svgText).contains(g.label()));
        String items = Xhtml.text(doc, "li");
        for (IndicatorResult r : report.indicators()) {
            if (!r.isMeasured()) {
                assertThat(items).contains(r.id() + "): " + r.reason().orElseThrow());
            }
        }
        assertThat(report.indicators().stream().filter(r -> !r.isMeasured()))
                .as("a bare process leaves gaps")
                .isNotEmpty();
    }

    @Test
    void formulasAndComplianceAppearWhenGiven() {
        MspProcess p = process();
        Charter charter = Charter.builder("Hub " + HOSTILE)
                .version("1")
                .rule(Rule.of("representation.min-groups", "min", 5).named("five groups"))
                .build();
        String html = document(p, Optional.of(charter)).html();
        Document doc = Xhtml.parse(html);
        assertThat(Xhtml.text(doc, "h2")).contains("Charter compliance: Hub " + HOSTILE + " 1");
        assertThat(Xhtml.text(doc, "td")).contains("VIOLATED", "five groups");
        IndicatorRegistry registry = IndicatorRegistry.load();
        String someFormula = registry.find(Evaluation.of(p, Frameworks.hemmati2002())
                        .indicators()
                        .get(0)
                        .id())
                .orElseThrow()
                .formula();
        assertThat(Xhtml.text(doc, "td")).contains(someFormula);
    }

    @Test
    void markdownEscapesAndHasTheSameSections() {
        String md = document(process(), Optional.empty()).markdown();
        assertThat(md)
                .doesNotContain(HOSTILE)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("## Scores", "## Indicators", "## What could not be measured, and why", "## Stakeholders");
    }
}
