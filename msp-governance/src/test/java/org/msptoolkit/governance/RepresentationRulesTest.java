package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msptoolkit.governance.Fx.checkOne;
import static org.msptoolkit.governance.Fx.process;

import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** Satisfied, violated and not-applicable cases of every representation rule kind. */
class RepresentationRulesTest {
    /** 2 public (gov DE, eu BE), 3 others (ngo KE, biz US, union BR); 5 seat holders + 1 observer. */
    static MspProcess hub() {
        return process("hub")
                .stakeholder(Stakeholder.of("gov", "Ministry", StakeholderGroup.GOVERNMENTS)
                        .withPublicAuthority(true)
                        .withCountries("DE"))
                .stakeholder(Stakeholder.of("eu", "Commission", StakeholderGroup.INTERGOVERNMENTAL_ORGANISATIONS)
                        .withPublicAuthority(true)
                        .withCountries("BE"))
                .stakeholder(Stakeholder.of("ngo", "Forest NGO", StakeholderGroup.NGOS)
                        .withCountries("KE"))
                .stakeholder(Stakeholder.of("biz", "Timber Co", StakeholderGroup.BUSINESS_AND_INDUSTRY)
                        .withCountries("US"))
                .stakeholder(Stakeholder.of("union", "Workers", StakeholderGroup.WORKERS_AND_TRADE_UNIONS)
                        .withCountries("BR"))
                .participant(Participant.of("p1", "gov", Role.CHAIR).withGender("woman"))
                .participant(Participant.of("p2", "ngo", Role.DELEGATE).withGender("man"))
                .participant(Participant.of("p3", "biz", Role.DELEGATE).withGender("woman"))
                .participant(Participant.of("p4", "union", Role.DELEGATE).withGender("man"))
                .participant(Participant.of("p5", "eu", Role.DELEGATE).withGender("man"))
                .participant(Participant.of("p6", "ngo", Role.OBSERVER).withGender("man"))
                .build();
    }

    static MspProcess empty() {
        return process("empty").build();
    }

    @Test
    void minGroups() {
        assertThat(checkOne(hub(), Rule.of("representation.min-groups", "min", 5))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        RuleResult v = checkOne(hub(), Rule.of("representation.min-groups", "min", 6));
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.reason()).contains("only 5 stakeholder groups");
        assertThat(v.findings())
                .singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("stakeholders"));
        assertThat(checkOne(empty(), Rule.of("representation.min-groups", "min", 1))
                        .reason())
                .isEqualTo("no stakeholders recorded");
    }

    @Test
    void groupShare() {
        // 5 seat holders (the observer holds none): ngos 1/5 = 20%.
        assertThat(checkOne(
                                hub(),
                                Rule.of(
                                        "representation.group-share",
                                        "groups",
                                        java.util.List.of("ngos"),
                                        "minShare",
                                        0.2,
                                        "maxSeats",
                                        1))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        RuleResult v = checkOne(
                hub(),
                Rule.of(
                        "representation.group-share",
                        "groups",
                        java.util.List.of("ngos", "farmers"),
                        "minShare",
                        0.25));
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "group ngos holds 1 of 5 (20.0%) seats, at least 25.0% required",
                        "group farmers holds 0 of 5 (0.0%) seats, at least 25.0% required");
        // Counting observers as seats changes the denominator: ngos 2/6.
        assertThat(checkOne(
                                hub(),
                                Rule.of(
                                        "representation.group-share",
                                        "groups",
                                        java.util.List.of("ngos"),
                                        "minSeats",
                                        2,
                                        "seatRoles",
                                        java.util.List.of("chair", "delegate", "observer")))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        assertThat(checkOne(
                                empty(),
                                Rule.of(
                                        "representation.group-share",
                                        "groups",
                                        java.util.List.of("ngos"),
                                        "minShare",
                                        0.1))
                        .status())
                .isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void genderBalance() {
        // Seat holders: women p1, p3; men p2, p4, p5 -> 40% / 60%.
        assertThat(checkOne(hub(), Rule.of("representation.gender-balance", "minShare", 0.4))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        RuleResult v = checkOne(hub(), Rule.of("representation.gender-balance", "minShare", 0.45));
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.findings())
                .extracting(Finding::message)
                .containsExactly("women hold 2 of 5 (40.0%) seats, at least 45.0% required");
        MspProcess noGender = process("ng")
                .stakeholder(Stakeholder.of("a", "A", StakeholderGroup.NGOS))
                .participant(Participant.of("x", "a", Role.DELEGATE))
                .build();
        assertThat(checkOne(noGender, Rule.of("representation.gender-balance", "minShare", 0.4))
                        .reason())
                .isEqualTo("no gender recorded for any of 1 seat holders");
    }

    @Test
    void publicBalance() {
        // Public authorities: p1 (gov) and p5 (eu) of 5 seats = 40%.
        assertThat(checkOne(
                                hub(),
                                Rule.of("representation.public-balance", "minPublicShare", 0.4, "maxPublicShare", 0.5))
                        .status())
                .isEqualTo(RuleStatus.SATISFIED);
        RuleResult v =
                checkOne(hub(), Rule.of("representation.public-balance", "minPublicShare", 0.5, "maxPublicShare", 0.5));
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.findings().get(0).message())
                .contains("public authorities hold 2 of 5 (40.0%) seats")
                .contains("required 50.0% to 50.0%");
        assertThat(checkOne(empty(), Rule.of("representation.public-balance", "minPublicShare", 0.5))
                        .status())
                .isEqualTo(RuleStatus.NOT_APPLICABLE);
    }

    @Test
    void regionalBalance() {
        // South list KE, BR: 2 of 5 stakeholders = 40%.
        Rule south = Rule.of(
                "representation.regional-balance",
                "region",
                "South",
                "countries",
                java.util.List.of("KE", "BR", "IN"),
                "minShare",
                0.4);
        assertThat(checkOne(hub(), south).status()).isEqualTo(RuleStatus.SATISFIED);
        RuleResult v = checkOne(
                hub(),
                Rule.of(
                        "representation.regional-balance",
                        "region",
                        "South",
                        "countries",
                        java.util.List.of("KE", "BR"),
                        "minShare",
                        0.5));
        assertThat(v.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(v.findings().get(0).message())
                .startsWith("2 of 5 (40.0%) stakeholders with recorded countries are from South");
        MspProcess noCountries = process("nc")
                .stakeholder(Stakeholder.of("a", "A", StakeholderGroup.NGOS))
                .build();
        assertThat(checkOne(noCountries, south).reason()).isEqualTo("no stakeholder has its countries recorded");
    }
}
