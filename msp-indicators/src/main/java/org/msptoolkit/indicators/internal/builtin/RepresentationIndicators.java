package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Gender;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.GenderCategory;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;
import org.msptoolkit.indicators.internal.EvaluationScope;

/** Built-in indicators of who is represented and how evenly. Internal. */
final class RepresentationIndicators {
    private static final String DIVERSITY =
            "Standard diversity formulas: " + Sources.SHANNON + "; " + Sources.PIELOU + "; " + Sources.BLAU;
    private static final String GINI =
            "The Gini coefficient as the balance component of diversity: " + Sources.GINI_BALANCE;

    private RepresentationIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(GROUP_COVERAGE, "Major Group coverage")
                        .principles(Principle.INCLUSIVENESS, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("Major Groups with at least one stakeholder / 9")
                        .source("The nine Major Groups and para 23.3 (rules apply equally to all major groups): "
                                + Sources.AGENDA_21)
                        .measuredBy((p, c) -> groupCoverage(p, c))
                        .build(),
                Indicator.builder(PARTICIPANT_GROUP_EVENNESS, "Evenness of participants across groups (Pielou)")
                        .principles(Principle.EQUITY, Principle.INCLUSIVENESS)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("J = H / ln k, H = -Σ p_i ln p_i, p_i = share of participants in group i, "
                                + "k = groups with participants (k >= 2)")
                        .source(DIVERSITY)
                        .measuredBy((p, c) -> evenness(p, c))
                        .build(),
                Indicator.builder(PARTICIPANT_GROUP_BLAU, "Diversity of participants across groups (Blau)")
                        .principles(Principle.EQUITY, Principle.INCLUSIVENESS)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("B = 1 - Σ p_i², p_i = share of participants in group i")
                        .source(DIVERSITY)
                        .measuredBy((p, c) -> blau(p, c))
                        .build(),
                Indicator.builder(SEAT_HHI, "Concentration of seats across groups (HHI)")
                        .principles(Principle.EQUITY, Principle.PARTNERSHIP)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .formula("HHI = Σ s_i², s_i = share of seats (participants other than observers and "
                                + "secretariat) held by group i")
                        .source("Herfindahl-Hirschman index of concentration: " + Sources.HIRSCHMAN)
                        .measuredBy((p, c) -> seatHhi(p, c))
                        .build(),
                Indicator.builder(SEAT_GINI, "Inequality of seats across stakeholders (Gini)")
                        .principles(Principle.EQUITY)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .formula("G = Σ_i Σ_j |x_i - x_j| / (2 n² μ), x_i = seats of stakeholder i (zero included)")
                        .source(GINI)
                        .measuredBy((p, c) -> seatGini(p, c))
                        .build(),
                Indicator.builder(SPEAKING_TURN_HHI, "Concentration of speaking turns across groups (HHI)")
                        .principles(Principle.EQUITY, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .criteria(OecdCriteria.EQUAL_OPPORTUNITY_TO_PARTICIPATE)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .requires(RecordedData.SPEAKING_TURNS)
                        .formula("HHI = Σ s_i², s_i = share of speaking turns taken by participants of group i, "
                                + "over meetings that recorded speaking turns")
                        .source("Herfindahl-Hirschman index: " + Sources.HIRSCHMAN + "; consistent, equal "
                                + "participation: " + Sources.SHUMATE_COOPER)
                        .measuredBy((p, c) -> turnHhi(p, c))
                        .build(),
                Indicator.builder(SPEAKING_TURN_GINI, "Inequality of speaking turns across participants (Gini)")
                        .principles(Principle.PARTICIPATION_AND_ENGAGEMENT, Principle.EQUITY)
                        .criteria(OecdCriteria.EQUAL_OPPORTUNITY_TO_PARTICIPATE)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .requires(RecordedData.SPEAKING_TURNS)
                        .formula("G = Σ_i Σ_j |x_i - x_j| / (2 n² μ), x_i = turns of participant i (secretariat "
                                + "excluded, zero included), over meetings that recorded speaking turns")
                        .source(GINI)
                        .measuredBy((p, c) -> turnGini(p, c))
                        .build(),
                Indicator.builder(FUNDING_HHI, "Concentration of funding across funders (HHI)")
                        .principles(Principle.LEGITIMACY, Principle.GOOD_GOVERNANCE)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .requires(RecordedData.FUNDING)
                        .formula("HHI = Σ s_i², s_i = share of the funding amount given by stakeholder i "
                                + "(one currency only)")
                        .source("Herfindahl-Hirschman index: " + Sources.HIRSCHMAN + "; Equity: lobbying power "
                                + "depends on resources, " + Sources.HEMMATI)
                        .measuredBy((p, c) -> funding(p, c, true))
                        .build(),
                Indicator.builder(FUNDING_GINI, "Inequality of funding among funders (Gini)")
                        .principles(Principle.LEGITIMACY, Principle.EQUITY)
                        .unit("index")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .requires(RecordedData.FUNDING)
                        .formula("G over the amounts given by each funder (one currency only)")
                        .source(GINI)
                        .measuredBy((p, c) -> funding(p, c, false))
                        .build(),
                Indicator.builder(WOMEN_SHARE, "Women's share of participants")
                        .principles(Principle.EQUITY)
                        .criteria(OecdCriteria.REPRESENTATIVENESS_AND_INCLUSIVENESS)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .target(Scale.of(0.4, 0.6))
                        .requires(RecordedData.GENDER)
                        .formula("women / participants with a recorded gender; target band 0.4-0.6")
                        .source("Neither women nor men below 40% in decision-making bodies: " + Sources.COE_2003)
                        .measuredBy((p, c) -> womenShare(p))
                        .build());
    }

    private static Measurement groupCoverage(MspProcess p, EvaluationContext c) {
        if (p.stakeholders().isEmpty()) {
            return Measurement.notMeasurable("no stakeholders recorded");
        }
        int present = 0;
        for (StakeholderGroup g : ProcessFacts.of(p, c).groups()) {
            if (g.isMajorGroup()) {
                present++;
            }
        }
        return Measurement.of(present / 9.0)
                .withEvidence(
                        Evidence.of("stakeholders[*].group", p.stakeholders().size(), "stakeholders"),
                        Evidence.of("stakeholders[*].group", present, "Major Groups present"));
    }

    /** What a statistic over participants or seats per group gives. */
    private interface GroupStatistic {
        Measurement of(ProcessFacts.GroupCounts counts);
    }

    private static final String PARTICIPANTS_KNOWN = "participants with a known group";
    private static final String SEATS_KNOWN = "seats with a known group";

    /**
     * Measures a statistic of the stakeholder groups of the participants, or of the seats only.
     *
     * @param what "participants" or "seats", as {@code seatsOnly} says
     */
    private static Measurement byGroup(
            MspProcess p, EvaluationContext c, String what, GroupStatistic f, boolean seatsOnly) {
        ProcessFacts facts = ProcessFacts.of(p, c);
        ProcessFacts.GroupCounts counts = facts.participantsByGroup(seatsOnly);
        long n = counts.total();
        if (n == 0) {
            return Measurement.notMeasurable("no " + what + " with a recorded stakeholder group");
        }
        long eligible = seatsOnly ? facts.seats() : p.participants().size();
        return f.of(counts)
                .withCoverage(n, eligible)
                .withEvidence(
                        Evidence.of("participants", n, seatsOnly ? SEATS_KNOWN : PARTICIPANTS_KNOWN),
                        Evidence.of("participants[*].stakeholder.group", counts.size(), "groups"));
    }

    private static Measurement evenness(MspProcess p, EvaluationContext c) {
        return byGroup(
                p,
                c,
                "participants",
                counts -> {
                    Measurement few = Balance.tooFew(counts.size(), "stakeholder groups with participants");
                    if (few != null) {
                        return few;
                    }
                    return Measurement.of(Stats.pielou(counts.counts(), counts.size()));
                },
                false);
    }

    private static Measurement blau(MspProcess p, EvaluationContext c) {
        Measurement few = Balance.tooFew(ProcessFacts.of(p, c).groups().size(), "stakeholder groups");
        if (few != null) {
            return few;
        }
        return byGroup(
                p, c, "participants", counts -> Measurement.of(Stats.blau(counts.counts(), counts.size())), false);
    }

    private static Measurement seatHhi(MspProcess p, EvaluationContext c) {
        Measurement few = Balance.tooFew(ProcessFacts.of(p, c).groups().size(), "stakeholder groups");
        if (few != null) {
            return few;
        }
        return byGroup(p, c, "seats", counts -> Measurement.of(Stats.hhi(counts.counts(), counts.size())), true);
    }

    private static Measurement seatGini(MspProcess p, EvaluationContext c) {
        if (p.stakeholders().isEmpty()) {
            return Measurement.notMeasurable("no stakeholders recorded");
        }
        long[] seats = ProcessFacts.of(p, c).seatsByStakeholder();
        int stakeholders = seats.length - 1;
        long counted = seats[stakeholders];
        if (counted == 0) {
            return Measurement.notMeasurable("no seats (participants other than observers and secretariat) recorded");
        }
        Measurement few = Balance.tooFew(stakeholders, "stakeholders");
        if (few != null) {
            return few;
        }
        double[] values = new double[stakeholders];
        for (int i = 0; i < stakeholders; i++) {
            values[i] = seats[i];
        }
        return Measurement.of(Stats.giniOfCounts(values))
                .withEvidence(
                        Evidence.of("stakeholders", stakeholders, "stakeholders, with or without seats"),
                        Evidence.of("participants", counted, "seats"));
    }

    private static Measurement turnHhi(MspProcess p, EvaluationContext c) {
        ProcessFacts.Turns t = ProcessFacts.of(p, c).turns();
        long recorded = t.recordedMeetings();
        if (recorded == 0) {
            return Measurement.notMeasurable("no meeting has speaking turns recorded");
        }
        ProcessFacts.GroupCounts counts = t.byGroup();
        long known = counts.total();
        if (known == 0) {
            return Measurement.notMeasurable("no speaking turns by participants with a known group");
        }
        Measurement few = Balance.tooFew(
                ProcessFacts.of(p, c).participantsByGroup(false).size(), "stakeholder groups among the participants");
        if (few != null) {
            return few;
        }
        return Measurement.of(Stats.hhi(counts.counts(), counts.size()))
                .withCoverage(recorded * known, (long) p.meetings().size() * t.turns())
                .withEvidence(
                        Evidence.of("meetings[*].speakingTurns", recorded, "meetings with speaking turns recorded"),
                        Evidence.of("meetings[*].speakingTurns[*]", known, "turns by participants with a known group"));
    }

    private static Measurement turnGini(MspProcess p, EvaluationContext c) {
        ProcessFacts.Turns t = ProcessFacts.of(p, c).turns();
        long recorded = t.recordedMeetings();
        if (recorded == 0) {
            return Measurement.notMeasurable("no meeting has speaking turns recorded");
        }
        long counted = t.counted();
        if (counted == 0) {
            return Measurement.notMeasurable("no speaking turns by recorded participants");
        }
        double[] values = t.giniValues().clone();
        Measurement few = Balance.tooFew(values.length, "participants who could speak (secretariat excluded)");
        if (few != null) {
            return few;
        }
        return Measurement.of(Stats.giniOfCounts(values))
                .withCoverage(recorded, p.meetings().size())
                .withEvidence(
                        Evidence.of("meetings[*].speakingTurns", recorded, "meetings with speaking turns recorded"),
                        Evidence.of("participants", values.length, "participants, with or without turns"),
                        Evidence.of("meetings[*].speakingTurns[*]", counted, "turns counted"));
    }

    /**
     * Funding per funder in one currency, shared by the HHI and the Gini (made once per evaluation).
     *
     * @param entriesNote the note of the entries' evidence, e.g. "funding entries in EUR"
     */
    @SuppressWarnings("ArrayRecordComponent") // a per-evaluation memo, never compared; the array is not copied
    private record FundingShares(
            @Nullable String reason, int entries, String entriesNote, int funders, double[] amounts) {
        static FundingShares of(MspProcess p, EvaluationContext c) {
            return EvaluationScope.facts(c, p, FundingShares.class, FundingShares::make);
        }

        private static FundingShares make(MspProcess p) {
            List<Funding> all = p.funding();
            if (all.isEmpty()) {
                return new FundingShares(
                        "no funding: the process recorded none by the assessment day", 0, "", 0, new double[0]);
            }
            String first = all.get(0).currency().getCurrencyCode();
            boolean one = true;
            for (Funding f : all) {
                if (!f.currency().getCurrencyCode().equals(first)) {
                    one = false;
                    break;
                }
            }
            if (!one) {
                Set<String> currencies = new java.util.TreeSet<>();
                for (Funding f : all) {
                    currencies.add(f.currency().getCurrencyCode());
                }
                return new FundingShares(
                        "funding is recorded in several currencies (" + String.join(", ", currencies)
                                + ") and no exchange rates are given",
                        0,
                        "",
                        0,
                        new double[0]);
            }
            Map<StakeholderId, BigDecimal> byFunder = new java.util.LinkedHashMap<>();
            for (Funding f : all) {
                byFunder.merge(f.from(), f.amount(), BigDecimal::add);
            }
            double[] amounts = new double[byFunder.size()];
            int i = 0;
            double total = 0;
            for (BigDecimal a : byFunder.values()) {
                amounts[i++] = a.doubleValue();
                total += amounts[i - 1];
            }
            if (total <= 0) {
                return new FundingShares("all recorded funding amounts are zero", 0, "", 0, new double[0]);
            }
            return new FundingShares(null, all.size(), "funding entries in " + first, byFunder.size(), amounts);
        }
    }

    private static Measurement funding(MspProcess p, EvaluationContext c, boolean hhi) {
        FundingShares f = FundingShares.of(p, c);
        String reason = f.reason();
        if (reason != null) {
            return Measurement.notMeasurable(reason);
        }
        Measurement few = Balance.tooFew(f.funders(), "funders");
        if (few != null) {
            return few;
        }
        return Measurement.of(
                        hhi ? Stats.hhi(f.amounts()) : Stats.gini(f.amounts().clone()))
                .withEvidence(
                        Evidence.of("funding", f.entries(), f.entriesNote()),
                        Evidence.of("funding[*].from", f.funders(), "funders"));
    }

    private static Measurement womenShare(MspProcess p) {
        if (p.participants().isEmpty()) {
            return Measurement.notMeasurable("no participants recorded");
        }
        long known = 0;
        long women = 0;
        // a process has few distinct self-descriptions: each is categorised once, the others are found among the
        // texts seen (category() strips, lower-cases and looks the text up on every call)
        String[] texts = new String[16];
        GenderCategory[] categories = new GenderCategory[16];
        int seen = 0;
        for (Participant x : p.participants()) {
            if (x.gender().isPresent()) {
                known++;
                Gender g = x.gender().get();
                String text = g.selfDescription();
                GenderCategory category = null;
                for (int i = 0; i < seen; i++) {
                    if (texts[i].equals(text)) { // String.equals tries identity first
                        category = categories[i];
                        break;
                    }
                }
                if (category == null) {
                    category = g.category();
                    if (seen < texts.length) {
                        texts[seen] = text;
                        categories[seen++] = category;
                    }
                }
                if (category == GenderCategory.WOMAN) {
                    women++;
                }
            }
        }
        if (known == 0) {
            return Measurement.notMeasurable("no participant has a recorded gender");
        }
        return Measurement.of((double) women / known)
                .withCoverage(known, p.participants().size())
                .withEvidence(
                        Evidence.of("participants[*].gender", known, "participants with a recorded gender"),
                        Evidence.of("participants[*].gender", women, "women"));
    }
}
