package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/**
 * Built-in indicators of how a process is designed and what it delivers: the forms it takes and the inputs it
 * accepts (Flexibility), who convened it (Ownership), whether public authorities sit at the table (Strengthening
 * of (inter)governmental institutions), and whether delivered commitments show results (Societal gains).
 * Internal.
 */
final class DesignIndicators {
    private DesignIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(PROCESS_FORMS, "Forms the process takes")
                        .principles(Principle.FLEXIBILITY)
                        .unit("types")
                        .scale(Scale.of(0, ProcessType.values().length))
                        .target(Scale.of(2, ProcessType.values().length))
                        .formula("distinct process types recorded (informing, consensus-building, decision-making, "
                                + "implementation, monitoring); target at least 2")
                        .source("Hemmati 2002, Flexibility: a wide range of structures and levels of engagement to "
                                + "suit issue, participants and time-frame; an MSP can be dialogue, consensus-building, "
                                + "decision-making, implementation and/or monitoring. " + Sources.HEMMATI
                                + ". Target of two forms: " + Sources.DESIGN_CHOICE)
                        .measuredBy((p, c) -> forms(p))
                        .build(),
                Indicator.builder(INPUT_KINDS, "Kinds of input accepted")
                        .principles(Principle.FLEXIBILITY, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .unit("kinds")
                        .scale(Scale.of(0, ContributionKind.values().length))
                        .target(Scale.of(2, ContributionKind.values().length))
                        .formula("distinct kinds of the contributions recorded (position paper, case study, comment, "
                                + "proposal, expertise, other); target at least 2")
                        .source("Hemmati 2002, Flexibility and the Inputs phase (stakeholder preparations, position "
                                + "papers submitted in advance). " + Sources.HEMMATI + ". Target of two kinds: "
                                + Sources.DESIGN_CHOICE)
                        .measuredBy((p, c) -> inputs(p))
                        .build(),
                Indicator.builder(CONVENER_GROUPS, "Stakeholder groups among the conveners")
                        .principles(Principle.OWNERSHIP, Principle.LEGITIMACY)
                        .unit("groups")
                        .scale(Scale.atLeast(0))
                        .target(Scale.of(2, Double.POSITIVE_INFINITY))
                        .formula("distinct stakeholder groups of the conveners; target at least 2 (a multi-stakeholder "
                                + "design)")
                        .source("Hemmati 2001 guide: initiators design the MSP with representatives of the groups "
                                + "to be involved, forming a small, diverse coordinating group early. "
                                + Sources.HEMMATI_GUIDE + ". Target of two groups: " + Sources.DESIGN_CHOICE)
                        .measuredBy((p, c) -> conveners(p))
                        .build(),
                Indicator.builder(PUBLIC_AUTHORITY_SEATS, "Public authorities at the table")
                        .principles(Principle.STRENGTHENING_INSTITUTIONS, Principle.GOOD_GOVERNANCE)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("1 if at least one seat (participant other than observer or secretariat) acts for a "
                                + "public authority (government, intergovernmental body, local authority), else 0")
                        .source("Hemmati 2002, Strengthening of (inter)governmental institutions and Good "
                                + "governance: MSPs supplement and strengthen governments' roles, they do not replace "
                                + "them. " + Sources.HEMMATI)
                        .measuredBy((p, c) -> publicAuthorities(p))
                        .build(),
                Indicator.builder(DELIVERED_WITH_EVIDENCE, "Delivered commitments with evidence of results")
                        .principles(Principle.SOCIETAL_GAINS, Principle.ACCOUNTABILITY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("delivered commitments with at least one evidence item / delivered commitments")
                        .source("MSP Charter: tangible results with measurable targets, each partner committing "
                                + "explicitly. " + Sources.MSP_CHARTER + "; " + Sources.UN_SMART)
                        .measuredBy((p, c) -> evidence(p))
                        .build());
    }

    private static Measurement forms(MspProcess p) {
        if (p.types().isEmpty()) {
            return Measurement.notMeasurable("no process type recorded: record types (e.g. [informing, monitoring])");
        }
        return Measurement.of(p.types().size()).withEvidence("types", p.types().size(), "process types");
    }

    private static Measurement inputs(MspProcess p) {
        if (p.contributions().isEmpty()) {
            return Measurement.notMeasurable("no contributions recorded");
        }
        Set<ContributionKind> kinds = EnumSet.noneOf(ContributionKind.class);
        for (Contribution c : p.contributions()) {
            kinds.add(c.kind());
        }
        return Measurement.of(kinds.size())
                .withEvidence(
                        Evidence.of("contributions", p.contributions().size(), "contributions"),
                        Evidence.of("contributions[*].kind", kinds.size(), "kinds"));
    }

    private static Measurement conveners(MspProcess p) {
        if (p.conveners().isEmpty()) {
            return Measurement.notMeasurable("no conveners recorded");
        }
        Map<StakeholderId, StakeholderGroup> groupOf = new HashMap<>();
        for (Stakeholder s : p.stakeholders()) {
            groupOf.putIfAbsent(s.id(), s.group());
        }
        Set<StakeholderGroup> groups = new LinkedHashSet<>();
        long known = 0;
        for (StakeholderId id : p.conveners()) {
            StakeholderGroup g = groupOf.get(id);
            if (g != null) {
                known++;
                groups.add(g);
            }
        }
        if (known == 0) {
            return Measurement.notMeasurable("no convener is one of the process's stakeholders");
        }
        return Measurement.of(groups.size())
                .withCoverage(known, p.conveners().size())
                .withEvidence(
                        Evidence.of("conveners", known, "conveners among the stakeholders"),
                        Evidence.of("conveners[*].group", groups.size(), "groups"));
    }

    private static Measurement publicAuthorities(MspProcess p) {
        Map<StakeholderId, Boolean> authority = new HashMap<>();
        for (Stakeholder s : p.stakeholders()) {
            authority.putIfAbsent(s.id(), s.publicAuthority());
        }
        long seats = 0;
        long known = 0;
        long forAuthorities = 0;
        for (Participant x : p.participants()) {
            if (x.role() == Role.OBSERVER || x.role() == Role.SECRETARIAT) {
                continue;
            }
            seats++;
            Boolean a = authority.get(x.stakeholder());
            if (a != null) {
                known++;
                if (a) {
                    forAuthorities++;
                }
            }
        }
        if (known == 0) {
            return Measurement.notMeasurable(
                    seats == 0
                            ? "no seats (participants other than observers and secretariat) recorded"
                            : "no seat acts for a recorded stakeholder");
        }
        return Measurement.of(forAuthorities > 0 ? 1 : 0)
                .withCoverage(known, seats)
                .withEvidence(
                        Evidence.of("participants", known, "seats of recorded stakeholders"),
                        Evidence.of("stakeholders[*].publicAuthority", forAuthorities, "seats for public authorities"));
    }

    private static Measurement evidence(MspProcess p) {
        long delivered = 0;
        long withEvidence = 0;
        for (Commitment c : p.commitments()) {
            if (c.status() == CommitmentStatus.DELIVERED) {
                delivered++;
                if (!c.evidence().isEmpty()) {
                    withEvidence++;
                }
            }
        }
        if (delivered == 0) {
            return Measurement.notMeasurable(
                    p.commitments().isEmpty() ? "no commitments recorded" : "no commitment has been delivered");
        }
        return Measurement.of((double) withEvidence / delivered)
                .withEvidence(
                        Evidence.of("commitments[status=delivered]", delivered, "delivered commitments"),
                        Evidence.of("commitments[*].evidence", withEvidence, "with evidence"));
    }
}
