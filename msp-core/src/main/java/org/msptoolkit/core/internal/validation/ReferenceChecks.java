package org.msptoolkit.core.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.ModelId;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.validation.Problem;

/**
 * The checks Jakarta Validation annotations cannot express: ids unique within their kind, references
 * that resolve, dates in order, non-negative counts, no self-links. Internal.
 */
public final class ReferenceChecks {
    private final MspProcess process;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<ModelId> stakeholders;
    private final Set<ModelId> participants;
    private final Set<ModelId> meetings;
    private final Set<ModelId> decisions;
    private final Set<ModelId> consultations;

    private ReferenceChecks(MspProcess process) {
        this.process = process;
        this.stakeholders = uniqueIds("stakeholders", process.stakeholders(), Stakeholder::id, "stakeholder");
        this.participants = uniqueIds("participants", process.participants(), Participant::id, "participant");
        this.meetings = uniqueIds("meetings", process.meetings(), Meeting::id, "meeting");
        this.decisions = uniqueIds("decisions", process.decisions(), Decision::id, "decision");
        this.consultations = uniqueIds("consultations", process.consultations(), Consultation::id, "consultation");
        uniqueIds("contributions", process.contributions(), Contribution::id, "contribution");
        uniqueIds("commitments", process.commitments(), Commitment::id, "commitment");
        uniqueIds("documents", process.documents(), Document::id, "document");
    }

    /**
     * Runs every check.
     *
     * @param process the process
     * @return the problems, in model order
     */
    public static List<Problem> check(MspProcess process) {
        ReferenceChecks c = new ReferenceChecks(process);
        c.run();
        return c.problems;
    }

    private void run() {
        process.period().ifPresent(p -> period("period", p, "the process"));
        for (int i = 0; i < process.conveners().size(); i++) {
            ref("conveners[" + i + "]", process.conveners().get(i), stakeholders, "stakeholder");
        }
        for (int i = 0; i < process.participants().size(); i++) {
            Participant p = process.participants().get(i);
            String at = "participants[" + i + "]";
            ref(at + ".stakeholder", p.stakeholder(), stakeholders, "stakeholder");
            p.period().ifPresent(per -> period(at + ".period", per, "participant " + p.id()));
        }
        for (int i = 0; i < process.meetings().size(); i++) {
            meeting("meetings[" + i + "]", process.meetings().get(i));
        }
        for (int i = 0; i < process.contributions().size(); i++) {
            Contribution c = process.contributions().get(i);
            String at = "contributions[" + i + "]";
            ref(at + ".from", c.from(), stakeholders, "stakeholder");
            c.meeting().ifPresent(m -> ref(at + ".meeting", m, meetings, "meeting"));
            c.consultation().ifPresent(m -> ref(at + ".consultation", m, consultations, "consultation"));
        }
        for (int i = 0; i < process.consultations().size(); i++) {
            Consultation c = process.consultations().get(i);
            after("consultations[" + i + "].closes", c.closes(), c.opens(), "closes", "opens");
        }
        for (int i = 0; i < process.decisions().size(); i++) {
            decision("decisions[" + i + "]", process.decisions().get(i));
        }
        for (int i = 0; i < process.commitments().size(); i++) {
            commitment("commitments[" + i + "]", process.commitments().get(i));
        }
        for (int i = 0; i < process.documents().size(); i++) {
            Document d = process.documents().get(i);
            String at = "documents[" + i + "]";
            d.meeting().ifPresent(m -> ref(at + ".meeting", m, meetings, "meeting"));
            d.published().ifPresent(p -> after(at + ".published", p, d.produced(), "published", "produced"));
        }
        for (int i = 0; i < process.funding().size(); i++) {
            Funding f = process.funding().get(i);
            ref("funding[" + i + "].from", f.from(), stakeholders, "stakeholder");
        }
        for (int i = 0; i < process.links().size(); i++) {
            ProcessLink l = process.links().get(i);
            if (l.target().equals(process.id())) {
                problems.add(Problem.of("links[" + i + "].target", Problem.SELF_LINK,
                        "a process cannot link to itself ('" + l.target() + "')"));
            }
        }
    }

    private void meeting(String at, Meeting m) {
        m.noticeGiven().ifPresent(n -> after(at + ".date", m.date(), n, "the meeting date", "notice given"));
        m.attendance().ifPresent(list -> {
            Set<ModelId> seen = new HashSet<>();
            for (int j = 0; j < list.size(); j++) {
                String a = at + ".attendance[" + j + "]";
                ref(a, list.get(j), participants, "participant");
                if (!seen.add(list.get(j))) {
                    problems.add(Problem.of(a, Problem.DUPLICATE_ENTRY,
                            "participant '" + list.get(j) + "' is listed twice in the attendance"));
                }
            }
        });
        for (int j = 0; j < m.agenda().size(); j++) {
            String a = at + ".agenda[" + j + "].proposedBy";
            m.agenda().get(j).proposedBy().ifPresent(s -> ref(a, s, stakeholders, "stakeholder"));
        }
        m.speakingTurns().ifPresent(turns -> {
            for (int j = 0; j < turns.size(); j++) {
                String a = at + ".speakingTurns[" + j + "]";
                var turn = turns.get(j);
                ref(a + ".speaker", turn.speaker(), participants, "participant");
                turn.duration().filter(d -> d.isNegative()).ifPresent(d -> problems.add(Problem.of(
                        a + ".duration", Problem.NEGATIVE, "a speaking turn cannot last a negative time, got " + d)));
            }
        });
    }

    private void decision(String at, Decision d) {
        d.meeting().ifPresent(m -> ref(at + ".meeting", m, meetings, "meeting"));
        d.published().ifPresent(p -> after(at + ".published", p, d.date(), "published", "decided"));
        for (int j = 0; j < d.objections().size(); j++) {
            ref(at + ".objections[" + j + "].by", d.objections().get(j).by(), stakeholders, "stakeholder");
        }
        d.tally().ifPresent(t -> tally(at + ".tally", t));
    }

    private void tally(String at, Tally t) {
        t.options().forEach((option, n) -> nonNegative(at + ".options[" + option + "]", n));
        t.chambers().forEach((chamber, counts) -> counts.forEach(
                (option, n) -> nonNegative(at + ".chambers[" + chamber + "][" + option + "]", n)));
    }

    private void nonNegative(String at, long n) {
        if (n < 0) {
            problems.add(Problem.of(at, Problem.NEGATIVE, "a vote count cannot be negative, got " + n));
        }
    }

    private void commitment(String at, Commitment c) {
        ref(at + ".owner", c.owner(), stakeholders, "stakeholder");
        c.decision().ifPresent(d -> ref(at + ".decision", d, decisions, "decision"));
        c.made().ifPresent(made -> c.due().ifPresent(due -> after(at + ".due", due, made, "due", "made")));
        c.made().ifPresent(made -> {
            for (int j = 0; j < c.progressReports().size(); j++) {
                after(at + ".progressReports[" + j + "]", c.progressReports().get(j), made, "a progress report",
                        "the commitment was made");
            }
        });
    }

    private void period(String at, Period p, String what) {
        if (!p.isInOrder()) {
            problems.add(Problem.of(at + ".end", Problem.DATE_ORDER,
                    "the end (" + p.end().orElseThrow() + ") of " + what + " is before its start (" + p.start() + ")"));
        }
    }

    private void after(String at, LocalDate later, LocalDate earlier, String laterName, String earlierName) {
        if (later.isBefore(earlier)) {
            problems.add(Problem.of(at, Problem.DATE_ORDER,
                    laterName + " (" + later + ") is before " + earlierName + " (" + earlier + ")"));
        }
    }

    private void ref(String at, ModelId id, Set<ModelId> known, String kind) {
        if (!known.contains(id)) {
            problems.add(Problem.of(at, Problem.UNRESOLVED_REFERENCE,
                    "no " + kind + " with id '" + id + "' in this process" + hint(id, known)));
        }
    }

    private static String hint(ModelId id, Set<ModelId> known) {
        Optional<ModelId> close = known.stream()
                .filter(k -> k.value().equalsIgnoreCase(id.value()))
                .findFirst();
        return close.map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private <T> Set<ModelId> uniqueIds(String list, List<T> values, Function<T, ? extends ModelId> idOf, String kind) {
        Map<ModelId, Integer> first = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ModelId id = idOf.apply(values.get(i));
            Integer previous = first.putIfAbsent(id, i);
            if (previous != null) {
                problems.add(Problem.of(list + "[" + i + "].id", Problem.DUPLICATE_ID,
                        "another " + kind + " already has id '" + id + "' (" + list + "[" + previous + "])"));
            }
        }
        return first.keySet();
    }
}
