package org.msptoolkit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
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
 * The reference implementation for {@link ValidationEquivalenceTest}: msp-core's {@code ReferenceChecks}
 * as it was before it was made fast (issue #8), copied verbatim but for its name and this comment. It uses
 * only msp-core's API.
 */
final class ReferenceChecksBeforeIssue8 {
    private final MspProcess process;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<ModelId> stakeholders;
    private final Set<ModelId> participants;
    /** The index of each participant, to find repeated attendance with a bit per participant. */
    private final Map<ModelId, Integer> participantIndex;

    private final Set<ModelId> meetings;
    private final Set<ModelId> decisions;
    private final Set<ModelId> consultations;

    private ReferenceChecksBeforeIssue8(MspProcess process) {
        this.process = process;
        this.stakeholders = uniqueIds("stakeholders", process.stakeholders(), Stakeholder::id, "stakeholder");
        this.participantIndex = firstIndices("participants", process.participants(), Participant::id, "participant");
        this.participants = participantIndex.keySet();
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
    static List<Problem> check(MspProcess process) {
        ReferenceChecksBeforeIssue8 c = new ReferenceChecksBeforeIssue8(process);
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
            ref("participants", i, ".stakeholder", p.stakeholder(), stakeholders, "stakeholder");
            if (p.period().isPresent() && !p.period().get().isInOrder()) {
                period("participants[" + i + "].period", p.period().get(), "participant " + p.id());
            }
        }
        for (int i = 0; i < process.meetings().size(); i++) {
            meeting("meetings[" + i + "]", process.meetings().get(i));
        }
        for (int i = 0; i < process.contributions().size(); i++) {
            Contribution c = process.contributions().get(i);
            ref("contributions", i, ".from", c.from(), stakeholders, "stakeholder");
            if (c.meeting().isPresent()) {
                ref("contributions", i, ".meeting", c.meeting().get(), meetings, "meeting");
            }
            if (c.consultation().isPresent()) {
                ref("contributions", i, ".consultation", c.consultation().get(), consultations, "consultation");
            }
        }
        for (int i = 0; i < process.consultations().size(); i++) {
            Consultation c = process.consultations().get(i);
            after("consultations[" + i + "].closes", c.closes(), c.opens(), "closes", "opens");
        }
        for (int i = 0; i < process.decisions().size(); i++) {
            decision(i, process.decisions().get(i));
        }
        for (int i = 0; i < process.commitments().size(); i++) {
            commitment(i, process.commitments().get(i));
        }
        for (int i = 0; i < process.documents().size(); i++) {
            Document d = process.documents().get(i);
            if (d.meeting().isPresent()) {
                ref("documents", i, ".meeting", d.meeting().get(), meetings, "meeting");
            }
            if (d.published().isPresent() && d.published().get().isBefore(d.produced())) {
                after("documents[" + i + "].published", d.published().get(), d.produced(), "published", "produced");
            }
        }
        for (int i = 0; i < process.funding().size(); i++) {
            Funding f = process.funding().get(i);
            ref("funding", i, ".from", f.from(), stakeholders, "stakeholder");
        }
        for (int i = 0; i < process.links().size(); i++) {
            ProcessLink l = process.links().get(i);
            if (l.target().equals(process.id())) {
                problems.add(Problem.of(
                        "links[" + i + "].target",
                        Problem.SELF_LINK,
                        "a process cannot link to itself ('" + l.target() + "')"));
            }
        }
    }

    private void meeting(String at, Meeting m) {
        if (m.noticeGiven().isPresent() && m.date().isBefore(m.noticeGiven().get())) {
            after(at + ".date", m.date(), m.noticeGiven().get(), "the meeting date", "notice given");
        }
        m.attendance().ifPresent(list -> {
            BitSet seenKnown = new BitSet(participantIndex.size());
            Set<ModelId> seenUnknown = new HashSet<>();
            for (int j = 0; j < list.size(); j++) {
                ModelId id = list.get(j);
                Integer index = participantIndex.get(id);
                boolean repeated;
                if (index == null) {
                    ref(at + ".attendance[" + j + "]", id, participants, "participant");
                    repeated = !seenUnknown.add(id);
                } else {
                    repeated = seenKnown.get(index);
                    seenKnown.set(index);
                }
                if (repeated) {
                    problems.add(Problem.of(
                            at + ".attendance[" + j + "]",
                            Problem.DUPLICATE_ENTRY,
                            "participant '" + list.get(j) + "' is listed twice in the attendance"));
                }
            }
        });
        for (int j = 0; j < m.agenda().size(); j++) {
            Optional<? extends ModelId> by = m.agenda().get(j).proposedBy();
            if (by.isPresent()) {
                ref(at + ".agenda", j, ".proposedBy", by.get(), stakeholders, "stakeholder");
            }
        }
        m.speakingTurns().ifPresent(turns -> {
            for (int j = 0; j < turns.size(); j++) {
                var turn = turns.get(j);
                ref(at + ".speakingTurns", j, ".speaker", turn.speaker(), participants, "participant");
                if (turn.duration().isPresent() && turn.duration().get().isNegative()) {
                    problems.add(Problem.of(
                            at + ".speakingTurns[" + j + "].duration",
                            Problem.NEGATIVE,
                            "a speaking turn cannot last a negative time, got "
                                    + turn.duration().get()));
                }
            }
        });
    }

    private void decision(int i, Decision d) {
        if (d.meeting().isPresent()) {
            ref("decisions", i, ".meeting", d.meeting().get(), meetings, "meeting");
        }
        if (d.published().isPresent() && d.published().get().isBefore(d.date())) {
            after("decisions[" + i + "].published", d.published().get(), d.date(), "published", "decided");
        }
        for (int j = 0; j < d.objections().size(); j++) {
            ref(
                    "decisions[" + i + "].objections",
                    j,
                    ".by",
                    d.objections().get(j).by(),
                    stakeholders,
                    "stakeholder");
        }
        d.tally().ifPresent(t -> tally(i, t));
    }

    private void tally(int i, Tally t) {
        t.options().forEach((option, n) -> nonNegative(i, ".options[" + option + "]", n));
        t.chambers()
                .forEach((chamber, counts) ->
                        counts.forEach((option, n) -> nonNegative(i, ".chambers[" + chamber + "][" + option + "]", n)));
    }

    private void nonNegative(int i, String within, long n) {
        if (n < 0) {
            problems.add(Problem.of(
                    "decisions[" + i + "].tally" + within,
                    Problem.NEGATIVE,
                    "a vote count cannot be negative, got " + n));
        }
    }

    private void commitment(int i, Commitment c) {
        ref("commitments", i, ".owner", c.owner(), stakeholders, "stakeholder");
        if (c.decision().isPresent()) {
            ref("commitments", i, ".decision", c.decision().get(), decisions, "decision");
        }
        if (c.made().isEmpty()) {
            return;
        }
        LocalDate made = c.made().get();
        if (c.due().isPresent() && c.due().get().isBefore(made)) {
            after("commitments[" + i + "].due", c.due().get(), made, "due", "made");
        }
        for (int j = 0; j < c.progressReports().size(); j++) {
            if (c.progressReports().get(j).isBefore(made)) {
                after(
                        "commitments[" + i + "].progressReports[" + j + "]",
                        c.progressReports().get(j),
                        made,
                        "a progress report",
                        "the commitment was made");
            }
        }
    }

    private void period(String at, Period p, String what) {
        if (!p.isInOrder()) {
            problems.add(Problem.of(
                    at + ".end",
                    Problem.DATE_ORDER,
                    "the end (" + p.end().orElseThrow() + ") of " + what + " is before its start (" + p.start() + ")"));
        }
    }

    private void after(String at, LocalDate later, LocalDate earlier, String laterName, String earlierName) {
        if (later.isBefore(earlier)) {
            problems.add(Problem.of(
                    at,
                    Problem.DATE_ORDER,
                    laterName + " (" + later + ") is before " + earlierName + " (" + earlier + ")"));
        }
    }

    /**
     * Checks the reference {@code id} at {@code list[index]suffix}; the path is only built for a problem,
     * as references are checked by the ten thousand in a big process.
     */
    private void ref(String list, int index, String suffix, ModelId id, Set<ModelId> known, String kind) {
        if (!known.contains(id)) {
            ref(list + "[" + index + "]" + suffix, id, known, kind);
        }
    }

    private void ref(String at, ModelId id, Set<ModelId> known, String kind) {
        if (!known.contains(id)) {
            problems.add(Problem.of(
                    at,
                    Problem.UNRESOLVED_REFERENCE,
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
        return firstIndices(list, values, idOf, kind).keySet();
    }

    /** The index of the first value with each id, reporting every later value with the same id. */
    private <T> Map<ModelId, Integer> firstIndices(
            String list, List<T> values, Function<T, ? extends ModelId> idOf, String kind) {
        Map<ModelId, Integer> first = new HashMap<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            ModelId id = idOf.apply(values.get(i));
            Integer previous = first.putIfAbsent(id, i);
            if (previous != null) {
                problems.add(Problem.of(
                        list + "[" + i + "].id",
                        Problem.DUPLICATE_ID,
                        "another " + kind + " already has id '" + id + "' (" + list + "[" + previous + "])"));
            }
        }
        return first;
    }
}
