package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msptoolkit.governance.Fx.commitment;
import static org.msptoolkit.governance.Fx.decision;
import static org.msptoolkit.governance.Fx.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The example charters in examples/charters load, validate and check as expected against processes built here. */
class ExampleChartersTest {
    static final Path DIR = Path.of("..", "examples", "charters");

    @SuppressWarnings("unchecked")
    static Charter load(String file) {
        Map<String, Object> tree = new YAMLMapper().readValue(DIR.resolve(file).toFile(), Map.class);
        return CharterCodec.fromTree(tree).orElseThrow();
    }

    static List<RuleStatus> statuses(ComplianceReport r) {
        return r.results().stream().map(RuleResult::status).toList();
    }

    @Test
    void everyExampleCharterLoadsAndRoundTrips() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSize(3);
            for (Path p : yaml) {
                Charter c = load(p.getFileName().toString());
                assertThat(c.validate()).as(p.toString()).isEmpty();
                assertThat(CharterCodec.fromTree(CharterCodec.toTree(c)).orElseThrow())
                        .as(p.toString())
                        .isEqualTo(c);
            }
        }
    }

    /** Mirrors an FSC General Assembly process: six members in three chambers, North and South. */
    static MspProcess fscAssembly() {
        return MspProcess.builder("fsc-ga-2017", "FSC General Assembly 2017")
                .period("2014-01-01", "2017-10-13")
                .stakeholder(Stakeholder.of("wwf", "WWF", StakeholderGroup.NGOS).withCountries("CH"))
                .stakeholder(Stakeholder.of("imaflora", "Imaflora", StakeholderGroup.NGOS)
                        .withCountries("BR"))
                .stakeholder(Stakeholder.of("union", "Forest workers", StakeholderGroup.WORKERS_AND_TRADE_UNIONS)
                        .withCountries("DE"))
                .stakeholder(Stakeholder.of("cidob", "Indigenous confederation", StakeholderGroup.INDIGENOUS_PEOPLES)
                        .withCountries("BO"))
                .stakeholder(Stakeholder.of("retailer", "Furniture retailer", StakeholderGroup.BUSINESS_AND_INDUSTRY)
                        .withCountries("SE"))
                .stakeholder(Stakeholder.of("pulp", "Pulp producer", StakeholderGroup.BUSINESS_AND_INDUSTRY)
                        .withCountries("ID"))
                .participant(
                        Participant.of("d-wwf", "wwf", Role.DELEGATE),
                        Participant.of("d-ima", "imaflora", Role.DELEGATE),
                        Participant.of("d-union", "union", Role.DELEGATE),
                        Participant.of("d-cidob", "cidob", Role.DELEGATE),
                        Participant.of("d-ret", "retailer", Role.DELEGATE),
                        Participant.of("d-pulp", "pulp", Role.DELEGATE),
                        Participant.of("obs", "wwf", Role.OBSERVER))
                .participant(
                        Participant.of("chair-1", "wwf", Role.CHAIR).withPeriod(Period.of("2011-01-01", "2013-12-31")))
                .participant(Participant.of("chair-2", "retailer", Role.CHAIR)
                        .withPeriod(Period.of("2014-01-01", "2017-02-28")))
                .meeting(Meeting.of("ga-2017", "2017-10-09")
                        .withAttendance("d-wwf", "d-ima", "d-union", "d-cidob", "d-ret", "d-pulp", "obs"))
                .decision(decision(
                        "motion-65",
                        "2017-10-12",
                        "Motion 65: intact forest landscapes",
                        DecisionMethod.VOTE,
                        "ga-2017",
                        "2017-10-20",
                        motion65()))
                .funding(Funding.of("retailer", "50000", "USD"))
                .build();
    }

    /** 5 for and 1 against overall, but the economic chamber split 1-1. */
    static Tally motion65() {
        Map<String, Map<String, Long>> chambers = new java.util.LinkedHashMap<>();
        chambers.put("environmental", Map.of("for", 2L, "against", 0L));
        chambers.put("social", Map.of("for", 2L, "against", 0L));
        chambers.put("economic", Map.of("for", 1L, "against", 1L));
        return new Tally(Map.of("for", 5L, "against", 1L, "abstain", 0L), chambers);
    }

    @Test
    void fscCharterAgainstAnFscStyleAssembly() {
        ComplianceReport r = Compliance.check(fscAssembly(), load("fsc-general-assembly.yaml"));
        // chair-2 served 2014-01 to 2017-02: 38 months, above the 3-year term.
        // Motion 65 had 5 of 6 votes overall but only half of the economic chamber.
        assertThat(statuses(r))
                .containsExactly(
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.VIOLATED,
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.VIOLATED,
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED);
        assertThat(r.result(3).findings())
                .extracting(Finding::path)
                .containsExactly("decisions[0].tally.chambers.economic");
        assertThat(r.result(6).findings())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("chair-2 held chair for 38 months"));
        // South: imaflora (BR), cidob (BO), pulp (ID) = 3 of 6.
        assertThat(r.result(1).reason())
                .startsWith("3 of 6 (50.0%) stakeholders with recorded countries are from South");
    }

    /** Mirrors a Hemmati-style hub governed 50-50 by public authorities and other stakeholders. */
    static MspProcess hub() {
        return MspProcess.builder("hub", "Sustainable development hub")
                .period("2020-01-01", "2022-06-30")
                .stakeholder(Stakeholder.of("gov-a", "Ministry A", StakeholderGroup.GOVERNMENTS)
                        .withPublicAuthority(true))
                .stakeholder(Stakeholder.of("gov-b", "Ministry B", StakeholderGroup.GOVERNMENTS)
                        .withPublicAuthority(true))
                .stakeholder(Stakeholder.of("unep", "UNEP", StakeholderGroup.INTERGOVERNMENTAL_ORGANISATIONS)
                        .withPublicAuthority(true))
                .stakeholder(Stakeholder.of("ngo", "Environmental NGO", StakeholderGroup.NGOS))
                .stakeholder(Stakeholder.of("biz", "Business council", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                .stakeholder(Stakeholder.of("women", "Women's caucus", StakeholderGroup.WOMEN))
                .participant(Participant.of("g1", "gov-a", Role.CHAIR)
                        .withGender("woman")
                        .withPeriod(Period.of("2020-01-01", "2020-12-31")))
                .participant(Participant.of("n1", "ngo", Role.CHAIR)
                        .withGender("man")
                        .withPeriod(Period.of("2021-01-01", "2021-12-31")))
                .participant(Participant.of("g2", "gov-b", Role.DELEGATE).withGender("man"))
                .participant(Participant.of("u1", "unep", Role.DELEGATE).withGender("woman"))
                .participant(Participant.of("b1", "biz", Role.DELEGATE).withGender("man"))
                .participant(Participant.of("w1", "women", Role.DELEGATE).withGender("woman"))
                .meeting(Meeting.of("m1", "2021-03-01").withAttendance("g2", "u1", "b1", "w1", "n1"))
                .meeting(Meeting.of("m2", "2021-09-01").withAttendance("g2", "u1", "n1"))
                .decision(decision("d1", "2021-03-01", "Work programme", DecisionMethod.CONSENSUS, "m1", "2021-03-05"))
                .funding(
                        Funding.of("gov-a", "100000", "EUR"),
                        Funding.of("biz", "20000", "EUR").withDisclosed(false))
                .commitment(commitment(
                        "c1",
                        "biz",
                        "2020-01-01",
                        "2023-01-01",
                        CommitmentStatus.IN_PROGRESS,
                        List.of(),
                        "2020-12-01",
                        "2021-12-01"))
                .commitment(commitment(
                        "c2", "ngo", "2020-01-01", "2023-01-01", CommitmentStatus.IN_PROGRESS, List.of(), "2020-12-01"))
                .build();
    }

    @Test
    void hubCharterAgainstAFiftyFiftyHub() {
        ComplianceReport r = Compliance.check(hub(), load("stakeholder-hub-50-50.yaml"));
        assertThat(r.asOf()).contains(Fx.d("2022-06-30"));
        assertThat(statuses(r))
                .containsExactly(
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.SATISFIED,
                        RuleStatus.VIOLATED,
                        RuleStatus.SATISFIED,
                        RuleStatus.VIOLATED);
        assertThat(r.result(0).reason()).startsWith("public authorities hold 3 of 6 (50.0%) seats");
        assertThat(r.result(6).findings()).extracting(Finding::path).containsExactly("funding[1].disclosed");
        assertThat(r.result(8).findings())
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .contains("commitment c2 by ngo missed the last 1 reporting cycle(s) (due [2022-01-01])")
                        .contains("ngo is non-communicating"));
    }

    /** Mirrors a government consultation: 8 weeks open, two stakeholder meetings, a report and minutes. */
    static MspProcess consultation() {
        return MspProcess.builder("eu-consult", "Consultation on a forest strategy")
                .period("2024-01-01", "2024-04-30")
                .stakeholder(
                        Stakeholder.of("dg", "Directorate-General", StakeholderGroup.INTERGOVERNMENTAL_ORGANISATIONS)
                                .withPublicAuthority(true))
                .stakeholder(Stakeholder.of("ngo", "NGO network", StakeholderGroup.NGOS))
                .stakeholder(Stakeholder.of("biz", "Industry federation", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                .stakeholder(Stakeholder.of("etuc", "Trade unions", StakeholderGroup.WORKERS_AND_TRADE_UNIONS))
                .consultation(Consultation.of("written", "Draft strategy", "2024-01-08", "2024-03-03"))
                .meeting(Meeting.of("hearing-1", "2024-02-05").withNoticeGiven("2024-01-05"))
                .meeting(Meeting.of("hearing-2", "2024-02-20").withNoticeGiven("2024-02-01"))
                .document(document("report", DocumentKind.REPORT, "2024-03-20", "2024-03-28"))
                .document(document("minutes-1", DocumentKind.MINUTES, "2024-02-06", "2024-03-01"))
                .build();
    }

    @Test
    void euPolicyAgainstAGovernmentConsultation() {
        ComplianceReport r = Compliance.check(consultation(), load("eu-consultation-policy.yaml"));
        // 56 days open; hearing-1 had 20 working days' notice, hearing-2 only 12; minutes published after 24 days.
        assertThat(statuses(r))
                .containsExactly(RuleStatus.SATISFIED, RuleStatus.VIOLATED, RuleStatus.VIOLATED, RuleStatus.SATISFIED);
        assertThat(r.result(1).findings()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("meetings[1].noticeGiven");
            assertThat(e.message()).contains("12 working days ahead; 20 required");
        });
        assertThat(r.result(2).findings())
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .contains("document minutes-1 (minutes) was published 24 days after 2024-02-06"));
        assertThat(r.isCompliant()).isFalse();
        assertThat(r.toString())
                .startsWith("Compliance of eu-consult with \"Consultation policy (EU minimum standards)\""
                        + " v2002 as of 2024-04-30: 2 satisfied, 2 violated, 0 not applicable")
                .contains(
                        "VIOLATED       rules[1] participation.notice \"standard D: 20 working days' notice of meetings\"")
                .contains("      - meetings[1].noticeGiven: meeting hearing-2 on 2024-02-20");
    }
}
