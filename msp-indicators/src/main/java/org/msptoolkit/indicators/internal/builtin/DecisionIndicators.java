package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators of agenda-setting and decision-making. Internal. */
final class DecisionIndicators {
    private static final String ISO = "ISO/IEC Guide 2:2004, definition 1.7: consensus is general agreement with "
            + "no sustained opposition by an important part of the concerned interests";

    private DecisionIndicators() {
    }

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(AGENDA_OWNERSHIP, "Agenda items proposed by non-conveners")
                        .principles(Principle.OWNERSHIP, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .criteria(OecdCriteria.PROCEDURAL_DESIGN_INVOLVEMENT)
                        .unit("share").scale(Scale.UNIT).direction(Direction.HIGHER_IS_BETTER)
                        .formula("agenda items proposed by a stakeholder that is not a convener / agenda items "
                                + "with a recorded proposer")
                        .source("Hemmati et al. 2002, Ownership; design guide: the design is itself "
                                + "multi-stakeholder (agenda set with the groups involved)")
                        .measuredBy((p, c) -> agenda(p)).build(),
                Indicator.builder(CONSENSUS_SHARE, "Decisions reached by consensus")
                        .principles(Principle.PARTNERSHIP, Principle.LEGITIMACY)
                        .criteria(OecdCriteria.RESPECT_AND_MUTUAL_COMPREHENSION)
                        .unit("share").scale(Scale.UNIT).direction(Direction.HIGHER_IS_BETTER)
                        .formula("decisions by consensus or unanimity / decisions")
                        .source(ISO + "; Hemmati et al. 2002, consensus-building MSPs")
                        .measuredBy((p, c) -> consensus(p)).build(),
                Indicator.builder(SUSTAINED_OBJECTION_SHARE, "Decisions taken over sustained objections")
                        .principles(Principle.LEGITIMACY)
                        .unit("share").scale(Scale.UNIT).direction(Direction.LOWER_IS_BETTER)
                        .formula("decisions with at least one sustained objection / decisions")
                        .source(ISO)
                        .measuredBy((p, c) -> sustained(p)).build(),
                Indicator.builder(OBJECTIONS_RECORDED, "Dissent documented in non-consensus decisions")
                        .principles(Principle.ACCOUNTABILITY, Principle.TRANSPARENCY)
                        .unit("share").scale(Scale.UNIT).direction(Direction.HIGHER_IS_BETTER)
                        .formula("decisions by vote or chair's ruling whose record has a tally or lists objections "
                                + "/ decisions by vote or chair's ruling")
                        .source("Hemmati et al. 2002, Accountability: transparent, democratic decision-making "
                                + "mechanisms visible to non-participants; design choice")
                        .measuredBy((p, c) -> documented(p)).build());
    }

    private static Measurement agenda(MspProcess p) {
        List<AgendaItem> items = p.meetings().stream().flatMap(m -> m.agenda().stream()).toList();
        List<AgendaItem> known = items.stream().filter(i -> i.proposedBy().isPresent()).toList();
        if (known.isEmpty()) {
            return Measurement.notMeasurable(items.isEmpty() ? "no agenda items recorded"
                    : "no agenda item has a recorded proposer");
        }
        Set<StakeholderId> conveners = new HashSet<>(p.conveners());
        long others = known.stream().filter(i -> !conveners.contains(i.proposedBy().orElseThrow())).count();
        return Measurement.of((double) others / known.size())
                .withCoverage(known.size(), items.size())
                .withEvidence("meetings[*].agenda[*].proposedBy", known.size(), "items with a recorded proposer")
                .withEvidence("meetings[*].agenda[*].proposedBy", others, "proposed by non-conveners")
                .withEvidence("conveners", conveners.size(), "conveners");
    }

    private static Measurement consensus(MspProcess p) {
        if (p.decisions().isEmpty()) {
            return Measurement.notMeasurable("no decisions recorded");
        }
        long n = p.decisions().stream().filter(d -> d.method() == DecisionMethod.CONSENSUS
                || d.method() == DecisionMethod.UNANIMITY).count();
        return Measurement.of((double) n / p.decisions().size())
                .withEvidence("decisions", p.decisions().size(), "decisions")
                .withEvidence("decisions[*].method", n, "by consensus or unanimity");
    }

    private static Measurement sustained(MspProcess p) {
        if (p.decisions().isEmpty()) {
            return Measurement.notMeasurable("no decisions recorded");
        }
        long n = p.decisions().stream().filter(d -> d.objections().stream().anyMatch(Objection::sustained)).count();
        long objections = p.decisions().stream().mapToLong(d -> d.objections().size()).sum();
        return Measurement.of((double) n / p.decisions().size())
                .withEvidence("decisions", p.decisions().size(), "decisions")
                .withEvidence("decisions[*].objections", objections, "objections recorded")
                .withEvidence("decisions[*].objections[*].sustained", n, "decisions with a sustained objection");
    }

    private static Measurement documented(MspProcess p) {
        List<Decision> contested = p.decisions().stream().filter(d -> d.method() == DecisionMethod.VOTE
                || d.method() == DecisionMethod.CHAIRS_RULING).toList();
        if (contested.isEmpty()) {
            return Measurement.notMeasurable(p.decisions().isEmpty() ? "no decisions recorded"
                    : "no decision was taken by vote or chair's ruling");
        }
        long n = contested.stream().filter(d -> d.tally().isPresent() || !d.objections().isEmpty()).count();
        return Measurement.of((double) n / contested.size())
                .withEvidence("decisions[*].method", contested.size(), "decisions by vote or chair's ruling")
                .withEvidence("decisions[*].tally|objections", n, "with a tally or objections recorded");
    }
}
