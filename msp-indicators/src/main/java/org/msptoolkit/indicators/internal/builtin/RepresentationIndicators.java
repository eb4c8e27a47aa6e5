package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.GenderCategory;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators of who is represented and how evenly. Internal. */
final class RepresentationIndicators {
    private static final String DIVERSITY = "Standard diversity formulas (Shannon 1948; Pielou 1966; Blau 1977), "
            + "as summarised in the project's domain reference §5";

    private RepresentationIndicators() {
    }

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(GROUP_COVERAGE, "Major Group coverage")
                        .principles(Principle.INCLUSIVENESS, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("share").scale(Scale.UNIT).direction(Direction.HIGHER_IS_BETTER)
                        .formula("Major Groups with at least one stakeholder / 9")
                        .source("Agenda 21, Section III (chs. 24-32): the nine Major Groups; para 23.3")
                        .measuredBy((p, c) -> groupCoverage(p)).build(),
                Indicator.builder(PARTICIPANT_GROUP_EVENNESS, "Evenness of participants across groups (Pielou)")
                        .principles(Principle.EQUITY, Principle.INCLUSIVENESS)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("index").scale(Scale.UNIT).direction(Direction.HIGHER_IS_BETTER)
                        .formula("J = H / ln k, H = -Σ p_i ln p_i, p_i = share of participants in group i, "
                                + "k = groups with participants (k >= 2)")
                        .source(DIVERSITY).measuredBy((p, c) -> evenness(p)).build(),
                Indicator.builder(PARTICIPANT_GROUP_BLAU, "Diversity of participants across groups (Blau)")
                        .principles(Principle.EQUITY, Principle.INCLUSIVENESS)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("index").scale(Scale.UNIT).direction(Direction.HIGHER_IS_BETTER)
                        .formula("B = 1 - Σ p_i², p_i = share of participants in group i")
                        .source(DIVERSITY).measuredBy((p, c) -> blau(p)).build(),
                Indicator.builder(SEAT_HHI, "Concentration of seats across groups (HHI)")
                        .principles(Principle.EQUITY, Principle.PARTNERSHIP)
                        .unit("index").scale(Scale.UNIT).direction(Direction.LOWER_IS_BETTER)
                        .formula("HHI = Σ s_i², s_i = share of seats (participants other than observers and "
                                + "secretariat) held by group i")
                        .source("Herfindahl-Hirschman index over stakeholder sectors (domain reference §5)")
                        .measuredBy((p, c) -> seatHhi(p)).build(),
                Indicator.builder(SEAT_GINI, "Inequality of seats across stakeholders (Gini)")
                        .principles(Principle.EQUITY)
                        .unit("index").scale(Scale.UNIT).direction(Direction.LOWER_IS_BETTER)
                        .formula("G = Σ_i Σ_j |x_i - x_j| / (2 n² μ), x_i = seats of stakeholder i (zero included)")
                        .source("Gini coefficient as a balance measure (Leydesdorff, Wagner & Bornmann)")
                        .measuredBy((p, c) -> seatGini(p)).build(),
                Indicator.builder(SPEAKING_TURN_HHI, "Concentration of speaking turns across groups (HHI)")
                        .principles(Principle.EQUITY, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .unit("index").scale(Scale.UNIT).direction(Direction.LOWER_IS_BETTER)
                        .formula("HHI = Σ s_i², s_i = share of speaking turns taken by participants of group i, "
                                + "over meetings that recorded speaking turns")
                        .source("Herfindahl-Hirschman index (domain reference §5); Shumate & Cooper, "
                                + "Stakeholder Participation Tool: consistent, equal participation")
                        .measuredBy((p, c) -> turnHhi(p)).build(),
                Indicator.builder(SPEAKING_TURN_GINI, "Inequality of speaking turns across participants (Gini)")
                        .principles(Principle.PARTICIPATION_AND_ENGAGEMENT, Principle.EQUITY)
                        .unit("index").scale(Scale.UNIT).direction(Direction.LOWER_IS_BETTER)
                        .formula("G = Σ_i Σ_j |x_i - x_j| / (2 n² μ), x_i = turns of participant i (secretariat "
                                + "excluded, zero included), over meetings that recorded speaking turns")
                        .source("Gini coefficient as a balance measure (Leydesdorff, Wagner & Bornmann)")
                        .measuredBy((p, c) -> turnGini(p)).build(),
                Indicator.builder(FUNDING_HHI, "Concentration of funding across funders (HHI)")
                        .principles(Principle.LEGITIMACY, Principle.GOOD_GOVERNANCE)
                        .unit("index").scale(Scale.UNIT).direction(Direction.LOWER_IS_BETTER)
                        .formula("HHI = Σ s_i², s_i = share of the funding amount given by stakeholder i "
                                + "(one currency only)")
                        .source("Herfindahl-Hirschman index (domain reference §5); Equity principle: lobbying "
                                + "power depends on resources")
                        .measuredBy((p, c) -> funding(p, true)).build(),
                Indicator.builder(FUNDING_GINI, "Inequality of funding among funders (Gini)")
                        .principles(Principle.LEGITIMACY, Principle.EQUITY)
                        .unit("index").scale(Scale.UNIT).direction(Direction.LOWER_IS_BETTER)
                        .formula("G over the amounts given by each funder (one currency only)")
                        .source("Gini coefficient as a balance measure (Leydesdorff, Wagner & Bornmann)")
                        .measuredBy((p, c) -> funding(p, false)).build(),
                Indicator.builder(WOMEN_SHARE, "Women's share of participants")
                        .principles(Principle.EQUITY)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("share").scale(Scale.UNIT).target(Scale.of(0.4, 0.6))
                        .formula("women / participants with a recorded gender; target band 0.4-0.6")
                        .source("Council of Europe Rec(2003)3: neither women nor men below 40% in "
                                + "decision-making bodies")
                        .measuredBy((p, c) -> womenShare(p)).build());
    }

    private static Measurement groupCoverage(MspProcess p) {
        if (p.stakeholders().isEmpty()) {
            return Measurement.notMeasurable("no stakeholders recorded");
        }
        Set<StakeholderGroup> present = p.stakeholders().stream().map(Stakeholder::group)
                .filter(StakeholderGroup::isMajorGroup).collect(Collectors.toSet());
        return Measurement.of(present.size() / 9.0)
                .withEvidence("stakeholders[*].group", p.stakeholders().size(), "stakeholders")
                .withEvidence("stakeholders[*].group", present.size(), "Major Groups present");
    }

    private static Measurement byGroup(MspProcess p, String what, java.util.function.Function<Map<StakeholderGroup,
            Long>, Measurement> f, boolean seatsOnly) {
        ProcessFacts facts = ProcessFacts.of(p);
        Map<StakeholderGroup, Long> counts = facts.participantsByGroup(seatsOnly);
        long n = Stats.total(counts.values()) == 0 ? 0 : (long) Stats.total(counts.values());
        long eligible = seatsOnly ? facts.seats() : p.participants().size();
        if (n == 0) {
            return Measurement.notMeasurable("no " + what + " with a recorded stakeholder group");
        }
        return f.apply(counts).withCoverage(n, eligible)
                .withEvidence("participants", n, what + " with a known group")
                .withEvidence("participants[*].stakeholder.group", counts.size(), "groups");
    }

    private static Measurement evenness(MspProcess p) {
        return byGroup(p, "participants", counts -> {
            if (counts.size() < 2) {
                return Measurement.notMeasurable("only one stakeholder group (" + counts.keySet().iterator().next()
                        + ") has participants; evenness needs two or more");
            }
            return Measurement.of(Stats.pielou(counts.values()));
        }, false);
    }

    private static Measurement blau(MspProcess p) {
        return byGroup(p, "participants", counts -> Measurement.of(Stats.blau(counts.values())), false);
    }

    private static Measurement seatHhi(MspProcess p) {
        return byGroup(p, "seats", counts -> Measurement.of(Stats.hhi(counts.values())), true);
    }

    private static Measurement seatGini(MspProcess p) {
        if (p.stakeholders().isEmpty()) {
            return Measurement.notMeasurable("no stakeholders recorded");
        }
        Map<StakeholderId, Long> seats = ProcessFacts.counts();
        p.stakeholders().forEach(s -> seats.putIfAbsent(s.id(), 0L));
        long counted = 0;
        for (Participant x : p.participants()) {
            if (ProcessFacts.holdsSeat(x) && seats.containsKey(x.stakeholder())) {
                ProcessFacts.add(seats, x.stakeholder(), 1);
                counted++;
            }
        }
        if (counted == 0) {
            return Measurement.notMeasurable("no seats (participants other than observers and secretariat) recorded");
        }
        return Measurement.of(Stats.gini(seats.values()))
                .withEvidence("stakeholders", seats.size(), "stakeholders, with or without seats")
                .withEvidence("participants", counted, "seats");
    }

    private static long recordedTurnMeetings(MspProcess p) {
        return p.meetings().stream().filter(m -> m.speakingTurns().isPresent()).count();
    }

    private static Measurement turnHhi(MspProcess p) {
        long recorded = recordedTurnMeetings(p);
        if (recorded == 0) {
            return Measurement.notMeasurable("no meeting has speaking turns recorded");
        }
        Map<StakeholderId, Stakeholder> byId = ProcessFacts.of(p).stakeholdersById();
        Map<ParticipantId, Participant> people = ProcessFacts.of(p).participantsById();
        Map<StakeholderGroup, Long> counts = ProcessFacts.counts();
        long turns = 0;
        for (Meeting m : p.meetings()) {
            for (SpeakingTurn t : m.speakingTurns().orElse(List.of())) {
                turns++;
                Participant x = people.get(t.speaker());
                Stakeholder s = x == null ? null : byId.get(x.stakeholder());
                if (s != null) {
                    ProcessFacts.add(counts, s.group(), 1);
                }
            }
        }
        long known = (long) Stats.total(counts.values());
        if (known == 0) {
            return Measurement.notMeasurable("no speaking turns by participants with a known group");
        }
        return Measurement.of(Stats.hhi(counts.values()))
                .withCoverage(recorded * known, (long) p.meetings().size() * turns)
                .withEvidence("meetings[*].speakingTurns", recorded, "meetings with speaking turns recorded")
                .withEvidence("meetings[*].speakingTurns[*]", known, "turns by participants with a known group");
    }

    private static Measurement turnGini(MspProcess p) {
        long recorded = recordedTurnMeetings(p);
        if (recorded == 0) {
            return Measurement.notMeasurable("no meeting has speaking turns recorded");
        }
        Map<ParticipantId, Long> turns = ProcessFacts.counts();
        p.participants().stream().filter(x -> x.role() != Role.SECRETARIAT).forEach(x -> turns.putIfAbsent(x.id(), 0L));
        long counted = 0;
        for (Meeting m : p.meetings()) {
            for (SpeakingTurn t : m.speakingTurns().orElse(List.of())) {
                if (turns.containsKey(t.speaker())) {
                    ProcessFacts.add(turns, t.speaker(), 1);
                    counted++;
                }
            }
        }
        if (counted == 0) {
            return Measurement.notMeasurable("no speaking turns by recorded participants");
        }
        return Measurement.of(Stats.gini(turns.values()))
                .withCoverage(recorded, p.meetings().size())
                .withEvidence("meetings[*].speakingTurns", recorded, "meetings with speaking turns recorded")
                .withEvidence("participants", turns.size(), "participants, with or without turns")
                .withEvidence("meetings[*].speakingTurns[*]", counted, "turns counted");
    }

    private static Measurement funding(MspProcess p, boolean hhi) {
        List<Funding> all = p.funding();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no funding recorded");
        }
        Set<String> currencies = all.stream().map(f -> f.currency().getCurrencyCode())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (currencies.size() > 1) {
            return Measurement.notMeasurable("funding is recorded in several currencies ("
                    + String.join(", ", currencies)
                    + ") and no exchange rates are given");
        }
        Map<StakeholderId, BigDecimal> byFunder = new java.util.LinkedHashMap<>();
        all.forEach(f -> byFunder.merge(f.from(), f.amount(), BigDecimal::add));
        List<Double> amounts = byFunder.values().stream().map(BigDecimal::doubleValue).toList();
        if (Stats.total(amounts) <= 0) {
            return Measurement.notMeasurable("all recorded funding amounts are zero");
        }
        return Measurement.of(hhi ? Stats.hhi(amounts) : Stats.gini(amounts))
                .withEvidence("funding", all.size(), "funding entries in " + currencies.iterator().next())
                .withEvidence("funding[*].from", byFunder.size(), "funders");
    }

    private static Measurement womenShare(MspProcess p) {
        if (p.participants().isEmpty()) {
            return Measurement.notMeasurable("no participants recorded");
        }
        List<GenderCategory> known = p.participants().stream()
                .flatMap(x -> x.gender().stream()).map(g -> g.category()).toList();
        if (known.isEmpty()) {
            return Measurement.notMeasurable("no participant has a recorded gender");
        }
        long women = known.stream().filter(g -> g == GenderCategory.WOMAN).count();
        return Measurement.of((double) women / known.size())
                .withCoverage(known.size(), p.participants().size())
                .withEvidence("participants[*].gender", known.size(), "participants with a recorded gender")
                .withEvidence("participants[*].gender", women, "women");
    }
}
