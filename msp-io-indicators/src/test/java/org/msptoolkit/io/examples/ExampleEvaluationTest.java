package org.msptoolkit.io.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.Compliance;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.governance.RuleKinds;
import org.msptoolkit.governance.RuleStatus;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.evaluation.Evaluation;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.EvaluationTable;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.io.indicators.EvaluationWriter;

/**
 * Proves that the example processes evaluate with {@code hemmati-2002} to numbers a reader can check
 * against the YAML files. Every expected value is worked out by hand in the comment beside it.
 */
class ExampleEvaluationTest {
    private static final Offset<Double> EXACT = within(1e-9);

    private static double value(EvaluationReport r, String id) {
        IndicatorResult x = r.indicator(id).orElseThrow(() -> new AssertionError("no indicator " + id));
        assertThat(x.value()).as(id + ": " + x).isPresent();
        return x.value().getAsDouble();
    }

    private static double coverage(EvaluationReport r, String id) {
        return r.indicator(id).orElseThrow().coverage();
    }

    @Test
    void fscAssembly() {
        EvaluationReport r = Evaluation.of(Examples.process(Examples.FSC), Frameworks.hemmati2002());
        // participants with a gender: chair (w), facilitator (m), en-1 (w), es-1 (m), sn-1 (m), ss-1 (w),
        // ecn-1 (m), ecs-1 (w) = 8 of 10 participants; women 4 → 4 / 8 = 0.5, coverage 8 / 10
        assertThat(value(r, "women-share")).isCloseTo(0.5, EXACT);
        assertThat(coverage(r, "women-share")).isCloseTo(0.8, EXACT);
        // Major Groups present: ngos, workers-and-trade-unions, indigenous-peoples, business-and-industry = 4 / 9
        assertThat(value(r, "group-coverage")).isCloseTo(4.0 / 9, EXACT);
        // ga-plenary-1: 10 of 10 participants attended; ga-plenary-2: 9 of 10 (no observer) → 19 / 20
        assertThat(value(r, "attendance-rate")).isCloseTo(19.0 / 20, EXACT);
        // as of the end of the period, 2017-10-13: the minutes (produced 11-30) did not exist yet; the other 3
        // documents have a publication day by then → 3 / 3
        assertThat(value(r, "documents-published")).isCloseTo(1.0, EXACT);
        // publication delays: booklet 06-15→06-30 = 15, agenda 06-20→06-30 = 10, results 10-12→10-13 = 1
        // → sorted 1, 10, 15 → median 10 days (the minutes, 15 days, came after the assessment day)
        assertThat(value(r, "publication-delay")).isCloseTo(10, EXACT);
        // agenda items: fsc-board, fsc-board, env-south | env-south, soc-south; convener fsc-board → 3 / 5
        assertThat(value(r, "agenda-ownership")).isCloseTo(3.0 / 5, EXACT);
        // both decisions by vote → 0 / 2 by consensus; motion 65 has one sustained objection → 1 / 2
        assertThat(value(r, "consensus-share")).isCloseTo(0.0, EXACT);
        assertThat(value(r, "sustained-objection-share")).isCloseTo(0.5, EXACT);
        // funding: 850,000 EUR disclosed, 60,000 CAD not → 1 / 2; in two currencies, so no concentration
        assertThat(value(r, "funding-disclosed")).isCloseTo(0.5, EXACT);
        assertThat(r.indicator("funding-hhi").orElseThrow().reason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("several currencies"));
        // c-ifl-standard has owner, measure and due day; c-fpic-guidance has no measure → 1 / 2
        assertThat(value(r, "commitments-smart")).isCloseTo(0.5, EXACT);
        // seats (all but observer-1 and the motions committee, a secretariat): board 2 (chair, facilitator),
        // ngos 2, business 2, workers 1, indigenous 1 = 8 → HHI = (4 + 4 + 4 + 1 + 1) / 64 = 14 / 64
        assertThat(value(r, "seat-hhi")).isCloseTo(14.0 / 64, EXACT);
        // all 10 participants by group: board 4, ngos 2, business 2, workers 1, indigenous 1
        // → Blau = 1 - (16 + 4 + 4 + 1 + 1) / 100 = 0.74
        assertThat(value(r, "participant-group-blau")).isCloseTo(0.74, EXACT);
        // both meetings announced on 2017-06-30, months ahead → 2 / 2
        assertThat(value(r, "notice-period")).isCloseTo(1.0, EXACT);
    }

    @Test
    void csdDialogue() {
        EvaluationReport r = Evaluation.of(Examples.process(Examples.CSD), Frameworks.hemmati2002());
        // genders: bi-1 m, bi-2 w, tu-1 w, tu-2 m, la-1 w, ngo-1 w, ngo-2 non-binary = 7 of 10 recorded;
        // women 4 → 4 / 7, coverage 7 / 10
        assertThat(value(r, "women-share")).isCloseTo(4.0 / 7, EXACT);
        assertThat(coverage(r, "women-share")).isCloseTo(0.7, EXACT);
        // Major Groups: business-and-industry, workers-and-trade-unions, local-authorities, ngos = 4 / 9
        // (governments and intergovernmental organisations are not Major Groups)
        assertThat(value(r, "group-coverage")).isCloseTo(4.0 / 9, EXACT);
        // steering-1 (1997-11-12): 9 expected (the chair's period starts 1998-04-20), 5 came;
        // dialogue-day-1: 10 of 10; dialogue-day-2: 9 of 10 (bi-2 absent) → (5 + 10 + 9) / (9 + 10 + 10) = 24 / 29
        assertThat(value(r, "attendance-rate")).isCloseTo(24.0 / 29, EXACT);
        // 16 working days before steering-1, 20 and 21 before the dialogue days → 2 of 3 meetings
        assertThat(value(r, "notice-period")).isCloseTo(2.0 / 3, EXACT);
        // the one consultation ran 36 days < 56 → 0 / 1
        assertThat(value(r, "consultation-length")).isCloseTo(0.0, EXACT);
        // themes by consensus, follow-up by chair's ruling → 1 / 2
        assertThat(value(r, "consensus-share")).isCloseTo(0.5, EXACT);
        // agenda items proposed by un-desa-csd (convener), csd-ngo-caucus, icftu-tuac, icc-wbcsd, iclei,
        // csd-ngo-caucus → 5 / 6
        assertThat(value(r, "agenda-ownership")).isCloseTo(5.0 / 6, EXACT);
        // delays: background 01-30→02-02 = 3, programme 0, chair's summary 04-22→04-24 = 2 → median 2
        assertThat(value(r, "publication-delay")).isCloseTo(2.0, EXACT);
        // funding 120,000 and 25,000.50 USD: HHI = (120000² + 25000.5²) / 145000.5²
        double total = 120000 + 25000.5;
        assertThat(value(r, "funding-hhi")).isCloseTo((120000.0 * 120000 + 25000.5 * 25000.5) / (total * total), EXACT);
        // only c-voluntary-initiatives has owner, measure and due day → 1 / 3
        assertThat(value(r, "commitments-smart")).isCloseTo(1.0 / 3, EXACT);
        // participants by group: governments 1, IGOs 2, business 2, unions 2, local authorities 1, ngos 2
        // → Blau = 1 - (1 + 4 + 4 + 4 + 1 + 4) / 100 = 0.82
        assertThat(value(r, "participant-group-blau")).isCloseTo(0.82, EXACT);
    }

    @Test
    void la21Forum() {
        EvaluationReport r = Evaluation.of(Examples.process(Examples.LA21), Frameworks.hemmati2002());
        // 10 of 11 participants have a gender (not p-rap); women p-chair, p-facil, p-union, p-youth,
        // p-women = 5 → 5 / 10, coverage 10 / 11
        assertThat(value(r, "women-share")).isCloseTo(0.5, EXACT);
        assertThat(coverage(r, "women-share")).isCloseTo(10.0 / 11, EXACT);
        // all nine Major Groups have a stakeholder → 9 / 9
        assertThat(value(r, "group-coverage")).isCloseTo(1.0, EXACT);
        // m-launch 11 of 11, m-plan 10 of 11 (p-youth absent), m-review has no attendance record
        // → 21 / 22, coverage 2 of 3 meetings
        assertThat(value(r, "attendance-rate")).isCloseTo(21.0 / 22, EXACT);
        assertThat(coverage(r, "attendance-rate")).isCloseTo(2.0 / 3, EXACT);
        // 24 and 20 working days before m-launch and m-plan, 19 before m-review → 2 / 3
        assertThat(value(r, "notice-period")).isCloseTo(2.0 / 3, EXACT);
        // c-plan-draft open 61 days → 1 / 1; both decisions by consensus → 2 / 2
        assertThat(value(r, "consultation-length")).isCloseTo(1.0, EXACT);
        assertThat(value(r, "consensus-share")).isCloseTo(1.0, EXACT);
        // agenda items by county-council (convener), tribal-council, mill-union,
        // river-estuary-partnership (convener), university, university → 4 / 6
        assertThat(value(r, "agenda-ownership")).isCloseTo(4.0 / 6, EXACT);
        // delays: plan 11-25→12-01 = 6, launch minutes 04-20→04-30 = 10, progress 05-01→05-15 = 14 → median 10
        assertThat(value(r, "publication-delay")).isCloseTo(10.0, EXACT);
        // funding 45,000 + 120,000 + 15,000 = 180,000 USD: HHI = (45² + 120² + 15²) / 180² = 16650 / 32400
        assertThat(value(r, "funding-hhi")).isCloseTo(16650.0 / 32400, EXACT);
        // the commitment c-buffers alone has owner, measure and due day → 1 / 3
        assertThat(value(r, "commitments-smart")).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void charterComplianceIndicatorUsesACharterReadFromItsFile() {
        // la21 against the 50-50 hub as of its reference day 2001-12-01 (no period end; the latest
        // recorded activity is the progress report of c-national-report): 6 rules satisfied, 2 violated
        // (public balance, SMART commitments), 1 not applicable (chair rotation) → 6 / (6 + 2) = 0.75,
        // the same day and outcomes as ExampleComplianceTest
        Charter hub = Examples.charter(Examples.HUB_CHARTER);
        MspProcess la21 = Examples.process(Examples.LA21);
        EvaluationReport r = Evaluation.of(
                la21, Frameworks.hemmati2002(), EvaluationContext.defaults().withCharter(hub));
        assertThat(r.asOf()).contains(LocalDate.of(2001, 12, 1));
        assertThat(value(r, "charter-compliance")).isCloseTo(6.0 / 8, EXACT);
        // As of the two-year review, 2001-05-10, c-habitat (made 1999-11-18, so a yearly report was due
        // by 2000-11-18) had reported only on 2001-05-10: one missed cycle → "non-communicating" → the
        // progress-report rule is violated too, and the rate drops to 5 / (5 + 3) = 0.625.
        EvaluationReport early = Evaluation.of(
                la21,
                Frameworks.hemmati2002(),
                EvaluationContext.asOf("2001-05-10").withCharter(hub));
        assertThat(value(early, "charter-compliance")).isCloseTo(5.0 / 8, EXACT);
        ComplianceReport onThatDay = Compliance.check(la21, hub, RuleKinds.standard(), LocalDate.of(2001, 5, 10));
        assertThat(onThatDay.result(8).status()).isEqualTo(RuleStatus.VIOLATED);
        // csd against the EU policy as of 1998-05-01: 2 satisfied, 2 violated → 2 / 4
        EvaluationReport csd = Evaluation.of(
                Examples.process(Examples.CSD),
                Frameworks.hemmati2002(),
                EvaluationContext.asOf("1998-05-01").withCharter(Examples.charter(Examples.EU_POLICY)));
        assertThat(value(csd, "charter-compliance")).isCloseTo(0.5, EXACT);
    }

    @Test
    void theExampleTableWritesTheHandCheckedNumbersToCsvAndJson() {
        EvaluationTable t = Evaluation.table(
                List.of(
                        Examples.process(Examples.FSC),
                        Examples.process(Examples.CSD),
                        Examples.process(Examples.LA21)),
                Frameworks.hemmati2002());
        String csv = EvaluationWriter.csv(t);
        // one row per process × indicator, plus the header
        assertThat(csv.lines()).hasSize(1 + 3 * t.indicators().size());
        // CSD women's share 4 / 7, in the equity and inclusiveness... groups, measured with coverage 0.7
        assertThat(csv.lines().filter(l -> l.startsWith("csd-6-1998-industry-dialogue,women-share,")))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("," + (4.0 / 7) + ",").contains(",measured,,0.7"));
        // FSC funding concentration is missing, with its reason, and no value
        assertThat(csv.lines().filter(l -> l.startsWith("fsc-ga-2017,funding-hhi,")))
                .singleElement()
                .satisfies(l -> assertThat(l).contains(",,,not-measurable,").contains("several currencies"));
        String json = EvaluationWriter.json(t);
        assertThat(json).contains("\"frameworkId\" : \"hemmati-2002\"").contains("\"value\" : 0.95");
    }
}
