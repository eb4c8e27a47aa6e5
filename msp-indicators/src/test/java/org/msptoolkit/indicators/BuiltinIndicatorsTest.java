package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msptoolkit.core.model.MspProcess;

/**
 * Every built-in indicator on {@link Fixtures#townForum()}, with the expected values worked out by hand in
 * the comments, plus the edge cases: nothing recorded, a single group, nobody attended, no documents.
 */
class BuiltinIndicatorsTest {
    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.builtin();
    private static final MspProcess TOWN = Fixtures.townForum();

    private static Measurement measure(String id, MspProcess p) {
        return REGISTRY.get(id).measure(p);
    }

    private static double value(String id) {
        Measurement m = measure(id, TOWN);
        assertThat(m.isMeasured()).as("%s measured: %s", id, m).isTrue();
        return m.value().getAsDouble();
    }

    @Test
    void theFixtureIsAValidProcess() {
        assertThat(TOWN.validate().isValid()).as(TOWN.validate().toString()).isTrue();
        assertThat(Fixtures.singleGroupNobodyAttended().validate().isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // Major Groups present: local authorities, women, business, NGOs -> 4 / 9
        "group-coverage, 0.4444444444",
        // participants by group: local 2, women 1, business 1, NGOs 2 of 6 -> p = 1/3, 1/6, 1/6, 1/3
        // H = 2/3 ln 3 + 1/3 ln 6 = 1.3296613; J = H / ln 4 = 0.9591479
        "participant-group-evenness, 0.9591479",
        // Blau = 1 - (1/9 + 1/36 + 1/36 + 1/9) = 26/36
        "participant-group-blau, 0.7222222222",
        // seats exclude the secretariat p6: local 1, women 1, business 1, NGOs 2 of 5 -> .04*3 + .16
        "seat-hhi, 0.28",
        // seats per stakeholder 1,1,1,2: G = 2*(1+2+3+8)/(4*5) - 5/4 = 0.15
        "seat-gini, 0.15",
        // turns in m1: p1 twice (local), p2 (women), p3 (business): .25 + .0625 + .0625
        "speaking-turn-hhi, 0.375",
        // turns per participant p1..p5 = 2,1,1,0,0: sorted 0,0,1,1,2 -> 2*17/(5*4) - 6/5 = 0.5
        "speaking-turn-gini, 0.5",
        // funders: s1 60000, s3 40000 EUR -> .36 + .16
        "funding-hhi, 0.52",
        // two funders 40000, 60000: 2*(40000 + 2*60000)/(2*100000) - 3/2 = 0.1
        "funding-gini, 0.1",
        // genders recorded for p1 w, p2 w, p3 m, p4 m, p6 w -> 3 / 5
        "women-share, 0.6",
        // m1: 4 of 6 came, m2: 4 of 6 came -> 8 / 12
        "attendance-rate, 0.6666666667",
        // local 4/4 = 1, women 1/2, business 1/2, NGOs 2/4 -> 1 - 0.5
        "attendance-spread, 0.5",
        // groups contributing: women (c1), NGOs (c2) of 4 groups
        "contributing-group-share, 0.5",
        // meetings, consultations, a paper outside meetings
        "engagement-channels, 3",
        // k1 1 Jan - 25 Feb = 56 days (yes), k2 30 days (no)
        "consultation-length, 0.5",
        // m1: 21 working days between 1 Feb and 4 Mar 2024 (yes); m2: 4 (no); m3 no notice recorded
        "notice-period, 0.5",
        // items with a proposer: A (s1, convener), B (s2), D (s4) -> 2 / 3
        "agenda-ownership, 0.6666666667",
        // d1 consensus of 4 decisions
        "consensus-share, 0.25",
        // objections recorded on d1 (one, not sustained) and d3 (sustained); d2 and d4 record none -> 1 / 2
        "sustained-objection-share, 0.5",
        // vote/ruling decisions d2 (tally), d3 (objection), d4 (nothing) -> 2 / 3
        "objections-recorded, 0.6666666667",
        // doc1 and doc2 of 3 published
        "documents-published, 0.6666666667",
        // delays 10 and 40 days -> median 25
        "publication-delay, 25",
        // d1 of 4 published
        "decisions-published, 0.25",
        // f3 undisclosed -> 2 / 3
        "funding-disclosed, 0.6666666667",
        // co1, co2 have measure and due day; co3 lacks a measure, co4 a due day
        "commitments-smart, 0.5",
        // as of the last activity 2024-09-02: co1 (delivered) and co2 (in progress) were due -> 1 / 2
        "commitment-fulfilment, 0.5",
        // dated co1, co2, co3; co2 overdue -> 1 / 3
        "commitment-overdue, 0.3333333333",
        // co1: 2 cycles up to its due day (report in the first only); co2: 1 cycle, no report; co4: none yet
        "reporting-compliance, 0.3333333333",
        // owners s1 (local), s3 (business), s4 (NGOs) of 4 groups
        "commitment-owner-spread, 0.75",
        // types consensus-building and implementation
        "process-forms, 2",
        // c1 position paper, c2 comment
        "input-kinds, 2",
        // the one convener s1 is a local authority
        "convener-groups, 1",
        // p1 (chair, a seat) acts for s1, a local authority
        "public-authority-seats, 1",
        // co1 is the one delivered commitment; it lists no evidence -> 0 / 1
        "delivered-with-evidence, 0",
        // advises = 2
        "official-linkage, 2",
        // own level local; links reach regional and national of the 4 other levels
        "cross-level-links, 0.5",
        // SDG11 (scope and s4), SDG9 (s3), SDG13 (s4)
        "sector-span, 3",
        // an evaluation document and progress reports on commitments
        "monitoring-evidence, 1",
    })
    void measuresTheTownForumAsWorkedOutByHand(String id, double expected) {
        assertThat(value(id)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void everyBuiltinIsCoveredByTheHandComputedTable() throws Exception {
        var method = getClass().getDeclaredMethod("measuresTheTownForumAsWorkedOutByHand", String.class, double.class);
        String[] rows = method.getAnnotation(CsvSource.class).value();
        Set<String> tested = new java.util.HashSet<>();
        for (String row : rows) {
            tested.add(row.split(",")[0].strip());
        }
        tested.add(CHARTER_COMPLIANCE); // needs a charter: see CharterCompliance below
        assertThat(tested).containsExactlyInAnyOrderElementsOf(BuiltinIndicators.ids());
    }

    @Nested
    class CharterCompliance {
        private final org.msptoolkit.governance.Charter charter = org.msptoolkit.governance.Charter.builder(
                        "Town charter")
                .rule(org.msptoolkit.governance.Rule.of("representation.min-groups", "min", 3))
                .rule(org.msptoolkit.governance.Rule.of("representation.min-groups", "min", 5))
                .rule(org.msptoolkit.governance.Rule.of("participation.notice", "workingDays", 20))
                .rule(org.msptoolkit.governance.Rule.of("participation.consultation-period", "minWeeks", 8))
                .build();

        @Test
        void isTheShareOfJudgedRulesThatAreSatisfied() {
            // 4 groups: min 3 satisfied, min 5 violated; m2 had 4 working days' notice; k2 was open 30 days
            Measurement m = REGISTRY.get(CHARTER_COMPLIANCE)
                    .measure(TOWN, EvaluationContext.defaults().withCharter(charter));
            assertThat(m.value().getAsDouble()).isEqualTo(0.25);
            assertThat(m.coverage()).isEqualTo(1.0);
            assertThat(m.evidence())
                    .extracting(Evidence::path)
                    .contains("charter.rules[1]", "charter.rules[2]", "charter.rules[3]");
        }

        @Test
        void rulesThatCannotBeJudgedLowerCoverageNotTheRate() {
            // one group (both min-groups rules violated); no notice days or consultations recorded (not applicable)
            Measurement m = REGISTRY.get(CHARTER_COMPLIANCE)
                    .measure(
                            Fixtures.singleGroupNobodyAttended(),
                            EvaluationContext.defaults().withCharter(charter));
            assertThat(m.value().getAsDouble()).isZero();
            assertThat(m.coverage()).isEqualTo(0.5);
        }

        @Test
        void withoutACharterItIsNotMeasurable() {
            assertThat(measure(CHARTER_COMPLIANCE, TOWN).reason().orElseThrow()).startsWith("no charter given");
        }

        @Test
        void anInvalidCharterIsRejectedWhenGiven() {
            var bad = org.msptoolkit.governance.Charter.builder("Bad")
                    .rule(org.msptoolkit.governance.Rule.of("no.such-rule"))
                    .build();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> EvaluationContext.defaults().withCharter(bad))
                    .isInstanceOf(org.msptoolkit.governance.InvalidCharterException.class);
        }
    }

    @Nested
    class Coverage {
        @Test
        void womenShareCoversParticipantsWithAGender() {
            assertThat(measure(WOMEN_SHARE, TOWN).coverage()).isCloseTo(5 / 6.0, within(1e-9));
        }

        @Test
        void attendanceCoversMeetingsWithAttendance() {
            assertThat(measure(ATTENDANCE_RATE, TOWN).coverage()).isCloseTo(2 / 3.0, within(1e-9));
        }

        @Test
        void agendaOwnershipCoversItemsWithAProposer() {
            assertThat(measure(AGENDA_OWNERSHIP, TOWN).coverage()).isCloseTo(3 / 4.0, within(1e-9));
        }

        @Test
        void evidenceNamesWhatWasCounted() {
            assertThat(measure(DOCUMENTS_PUBLISHED, TOWN).evidence())
                    .containsExactly(
                            Evidence.of("documents", 3, "documents"),
                            Evidence.of("documents[*].published", 2, "published"));
        }
    }

    @Nested
    class AssessmentDay {
        @Test
        void anExplicitDayChangesWhatIsDue() {
            // As of 2024-02-01 nothing was due yet (co2 due 2024-03-01)
            Measurement m = REGISTRY.get(COMMITMENT_FULFILMENT).measure(TOWN, EvaluationContext.asOf("2024-02-01"));
            assertThat(m.reason()).hasValue("no commitment was due on or before 2024-02-01");
            // As of 2025-06-01 co3 (planned, due 2025-01-01) is overdue as well
            assertThat(REGISTRY.get(COMMITMENT_OVERDUE)
                            .measure(TOWN, EvaluationContext.asOf("2025-06-01"))
                            .value()
                            .getAsDouble())
                    .isCloseTo(2 / 3.0, within(1e-9));
        }

        @Test
        void withoutAnyDateTheDateDependentIndicatorsSaySo() {
            MspProcess undated = MspProcess.builder("u", "Undated")
                    .commitment(org.msptoolkit.core.model.Commitment.of("c", "s", "x")
                            .dueOn("2020-01-01"))
                    .build();
            assertThat(measure(COMMITMENT_FULFILMENT, undated).reason().orElseThrow())
                    .startsWith("no assessment day");
            // a commitment's day made is itself a recorded day (it would give an assessment day), so without it
            // reporting cycles cannot start
            assertThat(measure(REPORTING_COMPLIANCE, undated).reason().orElseThrow())
                    .isEqualTo("no commitment has a recorded day it was made");
        }
    }

    @Nested
    class EdgeCases {
        private final MspProcess ngo = Fixtures.singleGroupNobodyAttended();

        @Test
        void nobodyAttendedGivesARateOfZero() {
            assertThat(measure(ATTENDANCE_RATE, ngo).value().getAsDouble()).isZero();
        }

        @Test
        void aSingleGroupHasNoEvennessButZeroDiversityAndFullConcentration() {
            // one group: there is nothing to balance, so no balance index scores it (neither perfect nor worst)
            for (String balance : java.util.List.of(PARTICIPANT_GROUP_EVENNESS, PARTICIPANT_GROUP_BLAU, SEAT_HHI)) {
                assertThat(measure(balance, ngo).reason().orElseThrow())
                        .as(balance)
                        .contains("at least two stakeholder groups");
            }
            assertThat(measure(ATTENDANCE_SPREAD, ngo).isMeasured()).isFalse();
            assertThat(measure(GROUP_COVERAGE, ngo).value().getAsDouble()).isCloseTo(1 / 9.0, within(1e-9));
        }

        @Test
        void noDocumentsMeansNotMeasurable() {
            assertThat(measure(DOCUMENTS_PUBLISHED, ngo).reason()).hasValue("no documents recorded");
            assertThat(measure(PUBLICATION_DELAY, ngo).reason()).hasValue("no documents recorded");
            assertThat(measure(MONITORING_EVIDENCE, ngo).reason()).hasValue("no documents or commitments recorded");
        }

        @Test
        void anEmptyProcessIsNotMeasurableAtAll() {
            for (Indicator i : REGISTRY.indicators()) {
                Measurement m = i.measure(Fixtures.empty());
                assertThat(m.isMeasured())
                        .as("%s on an empty process: %s", i.id(), m)
                        .isFalse();
                assertThat(m.reason().orElseThrow()).isNotBlank();
            }
            // a linkage recorded as none is measured: 0
            MspProcess none = Fixtures.empty().toBuilder()
                    .linkage(org.msptoolkit.core.model.OfficialLinkage.none())
                    .build();
            assertThat(measure(OFFICIAL_LINKAGE, none).value()).hasValue(0.0);
        }

        @Test
        void fundingInTwoCurrenciesIsNotAddedUp() {
            MspProcess p = TOWN.toBuilder()
                    .funding(org.msptoolkit.core.model.Funding.of("s2", "5", "USD"))
                    .build();
            assertThat(measure(FUNDING_HHI, p).reason().orElseThrow()).contains("EUR, USD");
        }
    }

    @Nested
    class Metadata {
        @Test
        void thereAreAtLeast25BuiltinsWithFormulaAndSource() {
            assertThat(REGISTRY.indicators()).hasSizeGreaterThanOrEqualTo(25);
            for (Indicator i : REGISTRY.indicators()) {
                assertThat(i.formula()).as(i.id().value()).isNotBlank();
                assertThat(i.source()).as(i.id().value()).isNotBlank();
                assertThat(i.principles()).as(i.id().value()).isNotEmpty();
                assertThat(i.direction() != Direction.TARGET || i.target().isPresent())
                        .isTrue();
            }
        }

        @Test
        void everyPrincipleHasAtLeastOneIndicator() {
            Set<Principle> covered = EnumSet.noneOf(Principle.class);
            REGISTRY.indicators().forEach(i -> covered.addAll(i.principles()));
            assertThat(covered).containsExactlyInAnyOrder(Principle.values());
        }

        @Test
        void idsMatchTheConstantsInOrder() {
            assertThat(REGISTRY.ids().stream().map(IndicatorId::value).toList())
                    .containsExactlyElementsOf(BuiltinIndicators.ids());
        }
    }
}
