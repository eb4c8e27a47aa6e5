package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators of agenda-setting and decision-making. Internal. */
final class DecisionIndicators {
    private static final String ISO = "Consensus is general agreement with no sustained opposition by an "
            + "important part of the concerned interests: " + Sources.ISO_GUIDE_2;

    private DecisionIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(AGENDA_OWNERSHIP, "Agenda items proposed by non-conveners")
                        .principles(
                                Principle.OWNERSHIP, Principle.PARTICIPATION_AND_ENGAGEMENT, Principle.VOICES_NOT_VOTES)
                        .criteria(OecdCriteria.PROCEDURAL_DESIGN_INVOLVEMENT)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("agenda items proposed by a stakeholder that is not a convener / agenda items "
                                + "with a recorded proposer")
                        .source("Ownership and Voices, not votes: " + Sources.HEMMATI + "; the design, agenda "
                                + "included, is itself multi-stakeholder: " + Sources.HEMMATI_GUIDE)
                        .measuredBy((p, c) -> agenda(p))
                        .build(),
                Indicator.builder(CONSENSUS_SHARE, "Decisions reached by consensus")
                        .principles(Principle.PARTNERSHIP, Principle.LEGITIMACY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("decisions by consensus or unanimity / decisions")
                        .source(ISO + "; consensus-building MSPs: " + Sources.HEMMATI)
                        .measuredBy((p, c) -> consensus(p))
                        .build(),
                Indicator.builder(SUSTAINED_OBJECTION_SHARE, "Decisions taken over sustained objections")
                        .principles(Principle.LEGITIMACY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .formula("decisions with at least one sustained objection / decisions with objections "
                                + "recorded (an empty list: recorded, nobody objected)")
                        .source(ISO)
                        .requires(RecordedData.OBJECTIONS)
                        .measuredBy((p, c) -> sustained(p))
                        .build(),
                Indicator.builder(OBJECTIONS_RECORDED, "Dissent documented in non-consensus decisions")
                        .principles(Principle.ACCOUNTABILITY, Principle.TRANSPARENCY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula(
                                "decisions by vote or chair's ruling whose record has a tally or records objections (even none) "
                                        + "/ decisions by vote or chair's ruling")
                        .source("Accountability: transparent, democratic decision-making mechanisms visible to "
                                + "non-participants. " + Sources.HEMMATI + ". The measure: " + Sources.DESIGN_CHOICE)
                        .requires(RecordedData.OBJECTIONS)
                        .measuredBy((p, c) -> documented(p))
                        .build());
    }

    private static Measurement agenda(MspProcess p) {
        long items = 0;
        long known = 0;
        for (Meeting m : p.meetings()) {
            for (AgendaItem i : m.agenda()) {
                items++;
                if (i.proposedBy().isPresent()) {
                    known++;
                }
            }
        }
        if (known == 0) {
            return Measurement.notMeasurable(
                    items == 0 ? "no agenda items recorded" : "no agenda item has a recorded proposer");
        }
        Set<StakeholderId> conveners = new HashSet<>(p.conveners());
        long others = 0;
        for (Meeting m : p.meetings()) {
            for (AgendaItem i : m.agenda()) {
                if (i.proposedBy().isPresent()
                        && !conveners.contains(i.proposedBy().get())) {
                    others++;
                }
            }
        }
        return Measurement.of((double) others / known)
                .withCoverage(known, items)
                .withEvidence(
                        Evidence.of("meetings[*].agenda[*].proposedBy", known, "items with a recorded proposer"),
                        Evidence.of("meetings[*].agenda[*].proposedBy", others, "proposed by non-conveners"),
                        Evidence.of("conveners", conveners.size(), "conveners"));
    }

    private static Measurement consensus(MspProcess p) {
        List<Decision> all = p.decisions();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no decisions recorded");
        }
        long n = 0;
        for (Decision d : all) {
            if (d.method() == DecisionMethod.CONSENSUS || d.method() == DecisionMethod.UNANIMITY) {
                n++;
            }
        }
        return Measurement.of((double) n / all.size())
                .withEvidence(
                        Evidence.of("decisions", all.size(), "decisions"),
                        Evidence.of("decisions[*].method", n, "by consensus or unanimity"));
    }

    private static Measurement sustained(MspProcess p) {
        List<Decision> all = p.decisions();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no decisions recorded");
        }
        long n = 0;
        long objections = 0;
        long recorded = 0;
        for (Decision d : all) {
            if (!d.objectionsRecorded()) {
                continue;
            }
            recorded++;
            objections += d.objections().size();
            for (Objection o : d.objections()) {
                if (o.sustained()) {
                    n++;
                    break;
                }
            }
        }
        if (recorded == 0) {
            return Measurement.notMeasurable("no decision has objections recorded");
        }
        return Measurement.of((double) n / recorded)
                .withCoverage(recorded, all.size())
                .withEvidence(
                        Evidence.of("decisions[*].objections", recorded, "decisions with objections recorded"),
                        Evidence.of("decisions[*].objections[*]", objections, "objections"),
                        Evidence.of("decisions[*].objections[*].sustained", n, "decisions with a sustained objection"));
    }

    private static Measurement documented(MspProcess p) {
        long contested = 0;
        long n = 0;
        for (Decision d : p.decisions()) {
            if (d.method() == DecisionMethod.VOTE || d.method() == DecisionMethod.CHAIRS_RULING) {
                contested++;
                if (d.tally().isPresent() || d.objectionsRecorded()) {
                    n++;
                }
            }
        }
        if (contested == 0) {
            return Measurement.notMeasurable(
                    p.decisions().isEmpty()
                            ? "no decisions recorded"
                            : "no decision was taken by vote or chair's ruling");
        }
        return Measurement.of((double) n / contested)
                .withEvidence(
                        Evidence.of("decisions[*].method", contested, "decisions by vote or chair's ruling"),
                        Evidence.of("decisions[*].tally|objections", n, "with a tally or objections recorded"));
    }
}
