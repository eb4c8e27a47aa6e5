package org.msptoolkit.core.internal.validation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.CommitmentId;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.ConsultationId;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.ContributionId;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.DecisionId;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.DocumentId;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.ModelId;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.validation.Problem;

/**
 * The checks Jakarta Validation annotations cannot express: ids unique within their kind, references
 * that resolve, dates in order, non-negative counts, no self-links. Internal.
 */
public final class ReferenceChecks {
    private final MspProcess process;
    /** Created on the first problem: a valid process allocates no list. */
    private @Nullable List<Problem> problems;

    private final IdIndex stakeholders;
    /** Also gives the index of each participant, to find repeated attendance with a bit per participant. */
    private final IdIndex participants;

    private final IdIndex meetings;
    private final IdIndex decisions;
    private final IdIndex consultations;
    /** One bit per participant, reused by every meeting's attendance; created on the first attendance list. */
    private @Nullable BitSet attended;

    private ReferenceChecks(MspProcess process) {
        this.process = process;
        List<Stakeholder> s = process.stakeholders();
        this.stakeholders = new IdIndex(StakeholderId.class, s.size());
        for (int i = 0, n = s.size(); i < n; i++) {
            unique(stakeholders, s.get(i).id(), i, "stakeholders", "stakeholder");
        }
        List<Participant> p = process.participants();
        this.participants = new IdIndex(ParticipantId.class, p.size());
        for (int i = 0, n = p.size(); i < n; i++) {
            unique(participants, p.get(i).id(), i, "participants", "participant");
        }
        List<Meeting> m = process.meetings();
        this.meetings = new IdIndex(MeetingId.class, m.size());
        for (int i = 0, n = m.size(); i < n; i++) {
            unique(meetings, m.get(i).id(), i, "meetings", "meeting");
        }
        List<Decision> d = process.decisions();
        this.decisions = new IdIndex(DecisionId.class, d.size());
        for (int i = 0, n = d.size(); i < n; i++) {
            unique(decisions, d.get(i).id(), i, "decisions", "decision");
        }
        List<Consultation> c = process.consultations();
        this.consultations = new IdIndex(ConsultationId.class, c.size());
        for (int i = 0, n = c.size(); i < n; i++) {
            unique(consultations, c.get(i).id(), i, "consultations", "consultation");
        }
        List<Contribution> contributions = process.contributions();
        IdIndex ids = new IdIndex(ContributionId.class, contributions.size());
        for (int i = 0, n = contributions.size(); i < n; i++) {
            unique(ids, contributions.get(i).id(), i, "contributions", "contribution");
        }
        List<Commitment> commitments = process.commitments();
        ids = new IdIndex(CommitmentId.class, commitments.size());
        for (int i = 0, n = commitments.size(); i < n; i++) {
            unique(ids, commitments.get(i).id(), i, "commitments", "commitment");
        }
        List<Document> documents = process.documents();
        ids = new IdIndex(DocumentId.class, documents.size());
        for (int i = 0, n = documents.size(); i < n; i++) {
            unique(ids, documents.get(i).id(), i, "documents", "document");
        }
    }

    /**
     * Runs every check.
     *
     * @param process the process
     * @return the problems, in model order; an immutable empty list when there are none
     */
    public static List<Problem> check(MspProcess process) {
        ReferenceChecks c = new ReferenceChecks(process);
        c.run();
        return c.problems == null ? List.of() : c.problems;
    }

    private void run() {
        if (process.period().isPresent()) {
            period("period", process.period().get(), "the process");
        }
        List<? extends ModelId> conveners = process.conveners();
        for (int i = 0, n = conveners.size(); i < n; i++) {
            ref("conveners", i, "", conveners.get(i), stakeholders, "stakeholder");
        }
        List<Participant> ps = process.participants();
        for (int i = 0, n = ps.size(); i < n; i++) {
            Participant p = ps.get(i);
            ref("participants", i, ".stakeholder", p.stakeholder(), stakeholders, "stakeholder");
            if (p.period().isPresent() && !inOrder(p.period().get())) {
                period("participants[" + i + "].period", p.period().get(), "participant " + p.id());
            }
        }
        List<Meeting> ms = process.meetings();
        for (int i = 0, n = ms.size(); i < n; i++) {
            meeting(i, ms.get(i));
        }
        List<Contribution> cs = process.contributions();
        for (int i = 0, n = cs.size(); i < n; i++) {
            Contribution c = cs.get(i);
            ref("contributions", i, ".from", c.from(), stakeholders, "stakeholder");
            if (c.meeting().isPresent()) {
                ref("contributions", i, ".meeting", c.meeting().get(), meetings, "meeting");
            }
            if (c.consultation().isPresent()) {
                ref("contributions", i, ".consultation", c.consultation().get(), consultations, "consultation");
            }
        }
        List<Consultation> consultationList = process.consultations();
        for (int i = 0, n = consultationList.size(); i < n; i++) {
            Consultation c = consultationList.get(i);
            if (c.closes().isBefore(c.opens())) {
                after("consultations[" + i + "].closes", c.closes(), c.opens(), "closes", "opens");
            }
        }
        List<Decision> ds = process.decisions();
        for (int i = 0, n = ds.size(); i < n; i++) {
            decision(i, ds.get(i));
        }
        List<Commitment> ks = process.commitments();
        for (int i = 0, n = ks.size(); i < n; i++) {
            commitment(i, ks.get(i));
        }
        List<Document> docs = process.documents();
        for (int i = 0, n = docs.size(); i < n; i++) {
            Document d = docs.get(i);
            if (d.meeting().isPresent()) {
                ref("documents", i, ".meeting", d.meeting().get(), meetings, "meeting");
            }
            if (d.published().isPresent() && d.published().get().isBefore(d.produced())) {
                after("documents[" + i + "].published", d.published().get(), d.produced(), "published", "produced");
            }
        }
        List<Funding> fs = process.funding();
        for (int i = 0, n = fs.size(); i < n; i++) {
            ref("funding", i, ".from", fs.get(i).from(), stakeholders, "stakeholder");
        }
        List<ProcessLink> links = process.links();
        for (int i = 0, n = links.size(); i < n; i++) {
            ProcessLink l = links.get(i);
            if (l.target().equals(process.id())) {
                add(Problem.of(
                        "links[" + i + "].target",
                        Problem.SELF_LINK,
                        "a process cannot link to itself ('" + l.target() + "')"));
            }
        }
    }

    private void meeting(int i, Meeting m) {
        if (m.noticeGiven().isPresent() && m.date().isBefore(m.noticeGiven().get())) {
            after(meetingAt(i) + ".date", m.date(), m.noticeGiven().get(), "the meeting date", "notice given");
        }
        if (m.attendance().isPresent()) {
            attendance(i, m.attendance().get());
        }
        List<AgendaItem> agenda = m.agenda();
        for (int j = 0, n = agenda.size(); j < n; j++) {
            Optional<? extends ModelId> by = agenda.get(j).proposedBy();
            if (by.isPresent() && !stakeholders.contains(by.get())) {
                ref(meetingAt(i) + ".agenda[" + j + "].proposedBy", by.get(), stakeholders, "stakeholder");
            }
        }
        if (m.speakingTurns().isPresent()) {
            List<SpeakingTurn> turns = m.speakingTurns().get();
            for (int j = 0, n = turns.size(); j < n; j++) {
                SpeakingTurn turn = turns.get(j);
                if (participants.indexOfValue(turn.speaker().value()) < 0) {
                    ref(
                            meetingAt(i) + ".speakingTurns[" + j + "].speaker",
                            turn.speaker(),
                            participants,
                            "participant");
                }
                Optional<Duration> duration = turn.duration();
                if (duration.isPresent() && duration.get().isNegative()) {
                    add(Problem.of(
                            meetingAt(i) + ".speakingTurns[" + j + "].duration",
                            Problem.NEGATIVE,
                            "a speaking turn cannot last a negative time, got " + duration.get()));
                }
            }
        }
    }

    private static String meetingAt(int i) {
        return "meetings[" + i + "]";
    }

    /** Every attendee must be a participant, listed once. */
    private void attendance(int i, List<ParticipantId> list) {
        if (attended == null) {
            attended = new BitSet(participants.size());
        } else {
            attended.clear();
        }
        Set<ModelId> seenUnknown = null;
        for (int j = 0, n = list.size(); j < n; j++) {
            ParticipantId id = list.get(j);
            int index = participants.indexOfValue(id.value());
            boolean repeated;
            if (index < 0) {
                ref(meetingAt(i) + ".attendance[" + j + "]", id, participants, "participant");
                if (seenUnknown == null) {
                    seenUnknown = new HashSet<>();
                }
                repeated = !seenUnknown.add(id);
            } else {
                repeated = attended.get(index);
                attended.set(index);
            }
            if (repeated) {
                add(Problem.of(
                        meetingAt(i) + ".attendance[" + j + "]",
                        Problem.DUPLICATE_ENTRY,
                        "participant '" + id + "' is listed twice in the attendance"));
            }
        }
    }

    private void decision(int i, Decision d) {
        if (d.meeting().isPresent()) {
            ref("decisions", i, ".meeting", d.meeting().get(), meetings, "meeting");
        }
        if (d.published().isPresent() && d.published().get().isBefore(d.date())) {
            after("decisions[" + i + "].published", d.published().get(), d.date(), "published", "decided");
        }
        List<Objection> objections = d.objections();
        for (int j = 0, n = objections.size(); j < n; j++) {
            ModelId by = objections.get(j).by();
            if (!stakeholders.contains(by)) {
                ref("decisions[" + i + "].objections[" + j + "].by", by, stakeholders, "stakeholder");
            }
        }
        if (d.tally().isPresent()) {
            tally(i, d.tally().get());
        }
    }

    private void tally(int i, Tally t) {
        for (Map.Entry<String, Long> e : t.options().entrySet()) {
            if (e.getValue() < 0) {
                negative(i, ".options[" + e.getKey() + "]", e.getValue());
            }
        }
        for (Map.Entry<String, Map<String, Long>> chamber : t.chambers().entrySet()) {
            for (Map.Entry<String, Long> e : chamber.getValue().entrySet()) {
                if (e.getValue() < 0) {
                    negative(i, ".chambers[" + chamber.getKey() + "][" + e.getKey() + "]", e.getValue());
                }
            }
        }
    }

    private void negative(int i, String within, long n) {
        add(Problem.of(
                "decisions[" + i + "].tally" + within, Problem.NEGATIVE, "a vote count cannot be negative, got " + n));
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
        List<LocalDate> reports = c.progressReports();
        for (int j = 0, n = reports.size(); j < n; j++) {
            if (reports.get(j).isBefore(made)) {
                after(
                        "commitments[" + i + "].progressReports[" + j + "]",
                        reports.get(j),
                        made,
                        "a progress report",
                        "the commitment was made");
            }
        }
    }

    /** {@link Period#isInOrder()} without its lambda. */
    private static boolean inOrder(Period p) {
        return p.end().isEmpty() || !p.end().get().isBefore(p.start());
    }

    private void period(String at, Period p, String what) {
        if (!inOrder(p)) {
            add(Problem.of(
                    at + ".end",
                    Problem.DATE_ORDER,
                    "the end (" + p.end().orElseThrow() + ") of " + what + " is before its start (" + p.start() + ")"));
        }
    }

    private void after(String at, LocalDate later, LocalDate earlier, String laterName, String earlierName) {
        if (later.isBefore(earlier)) {
            add(Problem.of(
                    at,
                    Problem.DATE_ORDER,
                    laterName + " (" + later + ") is before " + earlierName + " (" + earlier + ")"));
        }
    }

    /**
     * Checks the reference {@code id} at {@code list[index]suffix}; the path is only built for a problem,
     * as references are checked by the ten thousand in a big process.
     */
    private void ref(String list, int index, String suffix, ModelId id, IdIndex known, String kind) {
        if (!known.contains(id)) {
            ref(list + "[" + index + "]" + suffix, id, known, kind);
        }
    }

    private void ref(String at, ModelId id, IdIndex known, String kind) {
        if (!known.contains(id)) {
            add(Problem.of(
                    at,
                    Problem.UNRESOLVED_REFERENCE,
                    "no " + kind + " with id '" + id + "' in this process" + hint(id, known)));
        }
    }

    private static String hint(ModelId id, IdIndex known) {
        return known.sameButForCase(id).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Adds the id of {@code list[index]}, reporting it when an earlier element of the list has it. */
    private void unique(IdIndex ids, ModelId id, int index, String list, String kind) {
        int previous = ids.add(id, index);
        if (previous >= 0) {
            add(Problem.of(
                    list + "[" + index + "].id",
                    Problem.DUPLICATE_ID,
                    "another " + kind + " already has id '" + id + "' (" + list + "[" + previous + "])"));
        }
    }

    private void add(Problem problem) {
        if (problems == null) {
            problems = new ArrayList<>();
        }
        problems.add(problem);
    }
}
