package org.msptoolkit.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.ConsultationId;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.DecisionId;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.SpeakingTurn;

/**
 * The one truncation of a process to what was known on a day, behind {@link MspProcess#asOf(LocalDate)}: every
 * "as of" evaluation and compliance check goes through it. Each loop runs over a list of the process once.
 * <strong>Internal: any usage by external parties is not supported.</strong>
 */
public final class AsOf {
    private AsOf() {}

    /**
     * Returns the process as known on the day; the process itself when nothing is dated after the day.
     *
     * @param p the process
     * @param day the day
     * @return the process as known on the day
     */
    public static MspProcess truncate(MspProcess p, LocalDate day) {
        if (!datedAfter(p, day)) {
            return p;
        }
        MspProcess.Builder b = p.toBuilder();
        // participants: those who had not started yet are left out, open-ended periods beyond the day reopen
        Set<ParticipantId> gone = new HashSet<>();
        List<Participant> participants = new ArrayList<>(p.participants().size());
        for (Participant x : p.participants()) {
            Optional<Period> period = x.period();
            if (period.isPresent() && period.get().start().isAfter(day)) {
                gone.add(x.id());
                continue;
            }
            participants.add(
                    period.isPresent() && after(period.get().end(), day)
                            ? new Participant(
                                    x.id(),
                                    x.stakeholder(),
                                    x.role(),
                                    x.name(),
                                    x.gender(),
                                    Optional.of(Period.from(period.get().start())))
                            : x);
        }
        b.clearParticipants().participants(participants);

        Set<MeetingId> meetingsLeft = new HashSet<>();
        List<Meeting> meetings = new ArrayList<>(p.meetings().size());
        for (Meeting m : p.meetings()) {
            if (m.date().isAfter(day)) {
                meetingsLeft.add(m.id());
                continue;
            }
            meetings.add(gone.isEmpty() ? m : withoutParticipants(m, gone));
        }
        b.clearMeetings().meetings(meetings);

        Set<ConsultationId> consultationsLeft = new HashSet<>();
        List<Consultation> consultations = new ArrayList<>(p.consultations().size());
        for (Consultation c : p.consultations()) {
            if (c.opens().isAfter(day)) {
                consultationsLeft.add(c.id());
            } else {
                consultations.add(c);
            }
        }
        b.clearConsultations().consultations(consultations);

        List<Contribution> contributions = new ArrayList<>(p.contributions().size());
        for (Contribution c : p.contributions()) {
            if (c.date().isAfter(day)) {
                continue;
            }
            contributions.add(new Contribution(
                    c.id(),
                    c.from(),
                    c.kind(),
                    c.title(),
                    c.date(),
                    c.meeting().filter(id -> !meetingsLeft.contains(id)),
                    c.consultation().filter(id -> !consultationsLeft.contains(id))));
        }
        b.clearContributions().contributions(contributions);

        Set<DecisionId> decisionsLeft = new HashSet<>();
        List<Decision> decisions = new ArrayList<>(p.decisions().size());
        for (Decision d : p.decisions()) {
            if (d.date().isAfter(day)) {
                decisionsLeft.add(d.id());
                continue;
            }
            decisions.add(new Decision(
                    d.id(),
                    d.date(),
                    d.subject(),
                    d.method(),
                    d.meeting().filter(id -> !meetingsLeft.contains(id)),
                    d.tally(),
                    d.objections(),
                    d.published().filter(x -> !x.isAfter(day)),
                    d.objectionsRecorded()));
        }
        b.clearDecisions().decisions(decisions);

        List<Commitment> commitments = new ArrayList<>(p.commitments().size());
        for (Commitment c : p.commitments()) {
            if (after(c.made(), day)) {
                continue;
            }
            List<LocalDate> reports = new ArrayList<>(c.progressReports().size());
            for (LocalDate r : c.progressReports()) {
                if (!r.isAfter(day)) {
                    reports.add(r);
                }
            }
            commitments.add(new Commitment(
                    c.id(),
                    c.owner(),
                    c.description(),
                    c.measure(),
                    c.made(),
                    c.due(),
                    c.status(),
                    c.evidence(),
                    reports,
                    c.decision().filter(id -> !decisionsLeft.contains(id))));
        }
        b.clearCommitments().commitments(commitments);

        List<Document> documents = new ArrayList<>(p.documents().size());
        for (Document d : p.documents()) {
            if (d.produced().isAfter(day)) {
                continue;
            }
            documents.add(new Document(
                    d.id(),
                    d.kind(),
                    d.title(),
                    d.produced(),
                    d.published().filter(x -> !x.isAfter(day)),
                    d.meeting().filter(id -> !meetingsLeft.contains(id)),
                    d.link()));
        }
        b.clearDocuments().documents(documents);

        boolean fundingRecorded = p.fundingRecorded();
        List<Funding> funding = new ArrayList<>(p.funding().size());
        for (Funding f : p.funding()) {
            if (!after(f.date(), day)) {
                funding.add(f);
            }
        }
        // recorded stays recorded even when every entry came later: "none yet" is what was known on the day
        b.clearFunding().fundings(funding).fundingRecorded(fundingRecorded);

        Optional<Period> period = p.period();
        if (period.isPresent() && after(period.get().end(), day)) {
            b.period(Period.from(period.get().start()));
        }
        return b.build();
    }

    private static Meeting withoutParticipants(Meeting m, Set<ParticipantId> gone) {
        return new Meeting(
                m.id(),
                m.date(),
                m.title(),
                m.noticeGiven(),
                m.attendance()
                        .map(a -> a.stream().filter(id -> !gone.contains(id)).toList()),
                m.agenda(),
                m.speakingTurns()
                        .map(t -> t.stream()
                                .filter((SpeakingTurn s) -> !gone.contains(s.speaker()))
                                .toList()));
    }

    private static boolean after(Optional<LocalDate> d, LocalDate day) {
        return d.isPresent() && d.get().isAfter(day);
    }

    /** Whether anything the truncation would change is dated after the day. */
    private static boolean datedAfter(MspProcess p, LocalDate day) {
        if (p.period().isPresent() && after(p.period().get().end(), day)) {
            return true;
        }
        for (Participant x : p.participants()) {
            if (x.period().isPresent()
                    && (x.period().get().start().isAfter(day)
                            || after(x.period().get().end(), day))) {
                return true;
            }
        }
        for (Meeting m : p.meetings()) {
            if (m.date().isAfter(day)) {
                return true;
            }
        }
        for (Consultation c : p.consultations()) {
            if (c.opens().isAfter(day)) {
                return true;
            }
        }
        for (Contribution c : p.contributions()) {
            if (c.date().isAfter(day)) {
                return true;
            }
        }
        for (Decision d : p.decisions()) {
            if (d.date().isAfter(day) || after(d.published(), day)) {
                return true;
            }
        }
        for (Commitment c : p.commitments()) {
            if (after(c.made(), day)) {
                return true;
            }
            for (LocalDate r : c.progressReports()) {
                if (r.isAfter(day)) {
                    return true;
                }
            }
        }
        for (Document d : p.documents()) {
            if (d.produced().isAfter(day) || after(d.published(), day)) {
                return true;
            }
        }
        for (Funding f : p.funding()) {
            if (after(f.date(), day)) {
                return true;
            }
        }
        return false;
    }
}
