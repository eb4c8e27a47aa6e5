package org.msptoolkit.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
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
import org.msptoolkit.core.model.Gender;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MeetingId;
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
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.LinkKind;

/**
 * Applies one {@link Corruption} to a process. Each case changes exactly one thing so that the
 * process has exactly one problem; where the list to corrupt is empty it first adds a valid element.
 * Package-private: use {@link Corruptions}.
 */
final class Corrupter {
    private final MspProcess p;
    private final SplittableRandom rnd;
    private final LocalDate day;
    private final String tag;

    Corrupter(MspProcess p, SplittableRandom rnd) {
        this.p = p;
        this.rnd = rnd;
        this.day = p.period().map(Period::start).orElse(LocalDate.of(2000, 1, 1));
        this.tag = Long.toHexString(rnd.nextLong() >>> 24);
    }

    Corrupted apply(Corruption kind) {
        return switch (kind) {
            case PARTICIPANT_UNKNOWN_STAKEHOLDER ->
                participant(
                        kind,
                        "stakeholder",
                        x -> x.toBuilder().stakeholder(ghostStakeholder()).build());
            case DUPLICATE_PARTICIPANT_ID ->
                appended(
                        kind,
                        "participants",
                        p.participants().size(),
                        ".id",
                        b -> b.participant(pick(p.participants())));
            case PARTICIPANT_PERIOD_END_BEFORE_START ->
                participant(
                        kind,
                        "period.end",
                        x -> x.toBuilder()
                                .period(new Period(day, Optional.of(day.minusDays(1 + rnd.nextInt(30)))))
                                .build());
            case BLANK_GENDER ->
                participant(
                        kind,
                        "gender.selfDescription",
                        x -> x.toBuilder().gender(Gender.of(" ")).build());
            case DUPLICATE_STAKEHOLDER_ID ->
                appended(
                        kind,
                        "stakeholders",
                        p.stakeholders().size(),
                        ".id",
                        b -> b.stakeholder(pick(p.stakeholders())));
            case BLANK_STAKEHOLDER_NAME ->
                stakeholder(kind, "name", x -> x.toBuilder().name("  ").build());
            case NON_POSITIVE_CONSTITUENCY_SIZE ->
                stakeholder(
                        kind,
                        "constituencySize",
                        x -> x.toBuilder()
                                .constituencySize(-(long) rnd.nextInt(1_000))
                                .build());
            case CONVENER_UNKNOWN ->
                appended(kind, "conveners", p.conveners().size(), "", b -> b.conveners(List.of(ghostStakeholder())));
            case BLANK_PROCESS_TITLE -> new Corrupted(retitled(" "), kind, "title", kind.expectedCode());
            case PROCESS_PERIOD_END_BEFORE_START ->
                new Corrupted(
                        p.toBuilder()
                                .period(new Period(day, Optional.of(day.minusDays(1 + rnd.nextInt(400)))))
                                .build(),
                        kind,
                        "period.end",
                        kind.expectedCode());
            case DUPLICATE_MEETING_ID ->
                p.meetings().isEmpty()
                        ? duplicateOf(kind, newMeeting())
                        : appended(kind, "meetings", p.meetings().size(), ".id", b -> b.meeting(pick(p.meetings())));
            case ATTENDANCE_UNKNOWN_PARTICIPANT ->
                meeting(kind, m -> {
                    List<ParticipantId> a = new ArrayList<>(m.attendance().orElse(List.of()));
                    a.add(ParticipantId.of("ghost-participant-" + tag));
                    return new Located<>(withAttendance(m, a), "attendance[" + (a.size() - 1) + "]");
                });
            case DUPLICATE_ATTENDANCE ->
                meeting(kind, m -> {
                    List<ParticipantId> a = new ArrayList<>(m.attendance().orElse(List.of()));
                    if (a.isEmpty()) {
                        a.add(pick(p.participants()).id());
                    }
                    a.add(pick(a));
                    return new Located<>(withAttendance(m, a), "attendance[" + (a.size() - 1) + "]");
                });
            case SPEAKER_UNKNOWN ->
                meeting(
                        kind,
                        m -> withTurn(
                                m,
                                new SpeakingTurn(ParticipantId.of("ghost-participant-" + tag), Optional.empty()),
                                "speaker"));
            case NEGATIVE_SPEAKING_DURATION ->
                meeting(
                        kind,
                        m -> withTurn(
                                m,
                                new SpeakingTurn(
                                        pick(p.participants()).id(),
                                        Optional.of(Duration.ofSeconds(-1 - rnd.nextInt(600)))),
                                "duration"));
            case AGENDA_PROPOSER_UNKNOWN ->
                meeting(
                        kind,
                        m -> withItem(
                                m, new AgendaItem("Corrupted item", Optional.of(ghostStakeholder())), "proposedBy"));
            case BLANK_AGENDA_TITLE -> meeting(kind, m -> withItem(m, new AgendaItem(" ", Optional.empty()), "title"));
            case MEETING_BEFORE_NOTICE ->
                meeting(
                        kind,
                        m -> new Located<>(
                                new Meeting(
                                        m.id(),
                                        m.date(),
                                        m.title(),
                                        Optional.of(m.date().plusDays(1 + rnd.nextInt(30))),
                                        m.attendance(),
                                        m.agenda(),
                                        m.speakingTurns()),
                                "date"));
            case CONTRIBUTION_UNKNOWN_STAKEHOLDER ->
                contribution(
                        kind,
                        "from",
                        x -> x.toBuilder().from(ghostStakeholder()).build());
            case CONTRIBUTION_UNKNOWN_MEETING ->
                contribution(
                        kind,
                        "meeting",
                        x -> x.toBuilder().meeting(ghostMeeting()).build());
            case CONSULTATION_CLOSES_BEFORE_OPENS ->
                consultation(
                        kind,
                        x -> x.toBuilder()
                                .closes(x.opens().minusDays(1 + rnd.nextInt(30)))
                                .build());
            case DECISION_UNKNOWN_MEETING ->
                decision(
                        kind,
                        "meeting",
                        x -> x.toBuilder().meeting(ghostMeeting()).build());
            case DECISION_PUBLISHED_BEFORE_TAKEN ->
                decision(
                        kind,
                        "published",
                        x -> x.toBuilder()
                                .published(x.date().minusDays(1 + rnd.nextInt(30)))
                                .build());
            case BLANK_DECISION_SUBJECT ->
                decision(kind, "subject", x -> x.toBuilder().subject("").build());
            case OBJECTION_UNKNOWN_STAKEHOLDER -> objection(kind);
            case NEGATIVE_VOTE_COUNT -> negativeVote(kind, false);
            case NEGATIVE_CHAMBER_VOTE_COUNT -> negativeVote(kind, true);
            case COMMITMENT_UNKNOWN_OWNER ->
                commitment(
                        kind,
                        "owner",
                        false,
                        x -> x.toBuilder().owner(ghostStakeholder()).build());
            case COMMITMENT_UNKNOWN_DECISION ->
                commitment(
                        kind,
                        "decision",
                        false,
                        x -> x.toBuilder()
                                .decision(DecisionId.of("ghost-decision-" + tag))
                                .build());
            case COMMITMENT_DUE_BEFORE_MADE ->
                commitment(
                        kind,
                        "due",
                        true,
                        x -> x.toBuilder()
                                .due(x.made().orElseThrow().minusDays(1 + rnd.nextInt(100)))
                                .build());
            case PROGRESS_REPORT_BEFORE_MADE -> progressReportBeforeMade(kind);
            case DOCUMENT_PUBLISHED_BEFORE_PRODUCED ->
                document(
                        kind,
                        "published",
                        x -> x.toBuilder()
                                .published(x.produced().minusDays(1 + rnd.nextInt(30)))
                                .build());
            case DOCUMENT_UNKNOWN_MEETING ->
                document(
                        kind,
                        "meeting",
                        x -> x.toBuilder().meeting(ghostMeeting()).build());
            case NEGATIVE_FUNDING ->
                funding(
                        kind,
                        "amount",
                        x -> x.toBuilder()
                                .amount(x.amount().abs().negate().subtract(BigDecimal.ONE))
                                .build());
            case FUNDING_UNKNOWN_FUNDER ->
                funding(
                        kind,
                        "from",
                        x -> x.toBuilder().from(ghostStakeholder()).build());
            case SELF_LINK ->
                appended(
                        kind,
                        "links",
                        p.links().size(),
                        ".target",
                        b -> b.link(new ProcessLink(p.id(), LinkKind.RELATED, Optional.empty(), Optional.empty())));
        };
    }

    // ---- per list -----------------------------------------------------------------------------

    private Corrupted participant(Corruption kind, String field, UnaryOperator<Participant> change) {
        int i = rnd.nextInt(p.participants().size());
        List<Participant> list = new ArrayList<>(p.participants());
        list.set(i, change.apply(list.get(i)));
        return done(
                p.toBuilder().clearParticipants().participants(list).build(), kind, "participants[" + i + "]." + field);
    }

    private Corrupted stakeholder(Corruption kind, String field, UnaryOperator<Stakeholder> change) {
        int i = rnd.nextInt(p.stakeholders().size());
        List<Stakeholder> list = new ArrayList<>(p.stakeholders());
        list.set(i, change.apply(list.get(i)));
        return done(
                p.toBuilder().clearStakeholders().stakeholders(list).build(), kind, "stakeholders[" + i + "]." + field);
    }

    private Corrupted meeting(Corruption kind, java.util.function.Function<Meeting, Located<Meeting>> change) {
        List<Meeting> list = new ArrayList<>(p.meetings());
        if (list.isEmpty()) {
            list.add(newMeeting());
        }
        int i = rnd.nextInt(list.size());
        Located<Meeting> changed = change.apply(list.get(i));
        list.set(i, changed.value());
        return done(
                p.toBuilder().clearMeetings().meetings(list).build(), kind, "meetings[" + i + "]." + changed.field());
    }

    private Corrupted contribution(Corruption kind, String field, UnaryOperator<Contribution> change) {
        List<Contribution> list = new ArrayList<>(p.contributions());
        if (list.isEmpty()) {
            list.add(new Contribution(
                    ContributionId.of("corrupt-in-" + tag),
                    pick(p.stakeholders()).id(),
                    ContributionKind.COMMENT,
                    "A comment",
                    day,
                    Optional.empty(),
                    Optional.empty()));
        }
        int i = rnd.nextInt(list.size());
        list.set(i, change.apply(list.get(i)));
        return done(
                p.toBuilder().clearContributions().contributions(list).build(),
                kind,
                "contributions[" + i + "]." + field);
    }

    private Corrupted consultation(Corruption kind, UnaryOperator<Consultation> change) {
        List<Consultation> list = new ArrayList<>(p.consultations());
        if (list.isEmpty()) {
            list.add(new Consultation(ConsultationId.of("corrupt-c-" + tag), "A consultation", day, day.plusDays(56)));
        }
        int i = rnd.nextInt(list.size());
        list.set(i, change.apply(list.get(i)));
        return done(
                p.toBuilder().clearConsultations().consultations(list).build(),
                kind,
                "consultations[" + i + "].closes");
    }

    private Corrupted decision(Corruption kind, String field, UnaryOperator<Decision> change) {
        List<Decision> list = decisionsNonEmpty();
        int i = rnd.nextInt(list.size());
        list.set(i, change.apply(list.get(i)));
        return done(p.toBuilder().clearDecisions().decisions(list).build(), kind, "decisions[" + i + "]." + field);
    }

    private Corrupted objection(Corruption kind) {
        List<Decision> list = decisionsNonEmpty();
        int i = rnd.nextInt(list.size());
        Decision x = list.get(i);
        List<Objection> objections = new ArrayList<>(x.objections());
        objections.add(new Objection(ghostStakeholder(), Optional.empty(), true));
        list.set(
                i,
                new Decision(
                        x.id(), x.date(), x.subject(), x.method(), x.meeting(), x.tally(), objections, x.published()));
        return done(
                p.toBuilder().clearDecisions().decisions(list).build(),
                kind,
                "decisions[" + i + "].objections[" + (objections.size() - 1) + "].by");
    }

    /** Makes one count negative in a tally, preferring decisions that already have a tally (with chambers). */
    private Corrupted negativeVote(Corruption kind, boolean inChamber) {
        List<Decision> list = decisionsNonEmpty();
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            var t = list.get(j).tally();
            if (t.isPresent() && (!inChamber || !t.get().chambers().isEmpty())) {
                candidates.add(j);
            }
        }
        int i = candidates.isEmpty() ? rnd.nextInt(list.size()) : pick(candidates);
        Decision x = list.get(i);
        Tally t = x.tally().orElse(Tally.of(12, 3, 1));
        long negative = -1L - rnd.nextInt(50);
        Map<String, Long> options = new LinkedHashMap<>(t.options());
        Map<String, Map<String, Long>> chambers = new LinkedHashMap<>(t.chambers());
        String at;
        if (inChamber) {
            String chamber = chambers.isEmpty() ? "social" : pick(new ArrayList<>(chambers.keySet()));
            Map<String, Long> counts = new LinkedHashMap<>(chambers.getOrDefault(chamber, Map.of()));
            String option = counts.isEmpty() ? "for" : pick(new ArrayList<>(counts.keySet()));
            counts.put(option, negative);
            chambers.put(chamber, counts);
            at = "tally.chambers[" + chamber + "][" + option + "]";
        } else {
            String option = options.isEmpty() ? "for" : pick(new ArrayList<>(options.keySet()));
            options.put(option, negative);
            at = "tally.options[" + option + "]";
        }
        list.set(
                i,
                new Decision(
                        x.id(),
                        x.date(),
                        x.subject(),
                        x.method(),
                        x.meeting(),
                        Optional.of(new Tally(options, chambers)),
                        x.objections(),
                        x.published()));
        return done(p.toBuilder().clearDecisions().decisions(list).build(), kind, "decisions[" + i + "]." + at);
    }

    /**
     * Changes a commitment; with {@code needsMade} only one that records when it was made (one is added
     * if none does).
     */
    private Corrupted commitment(Corruption kind, String field, boolean needsMade, UnaryOperator<Commitment> change) {
        List<Commitment> list = new ArrayList<>(p.commitments());
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            if (!needsMade || list.get(j).made().isPresent()) {
                candidates.add(j);
            }
        }
        if (candidates.isEmpty()) {
            list.add(new Commitment(
                    CommitmentId.of("corrupt-k-" + tag),
                    pick(p.stakeholders()).id(),
                    "A promise",
                    Optional.empty(),
                    Optional.of(day),
                    Optional.empty(),
                    CommitmentStatus.PLANNED,
                    List.of(),
                    List.of(),
                    Optional.empty()));
            candidates.add(list.size() - 1);
        }
        int i = pick(candidates);
        list.set(i, change.apply(list.get(i)));
        return done(
                p.toBuilder().clearCommitments().commitments(list).build(), kind, "commitments[" + i + "]." + field);
    }

    private Corrupted progressReportBeforeMade(Corruption kind) {
        int[] at = new int[1];
        Corrupted c = commitment(kind, "progressReports", true, x -> {
            List<LocalDate> reports = new ArrayList<>(x.progressReports());
            reports.add(x.made().orElseThrow().minusDays(1 + rnd.nextInt(100)));
            at[0] = reports.size() - 1;
            return new Commitment(
                    x.id(),
                    x.owner(),
                    x.description(),
                    x.measure(),
                    x.made(),
                    x.due(),
                    x.status(),
                    x.evidence(),
                    reports,
                    x.decision());
        });
        return new Corrupted(c.process(), kind, c.expectedLocation() + "[" + at[0] + "]", c.expectedCode());
    }

    private Corrupted document(Corruption kind, String field, UnaryOperator<Document> change) {
        List<Document> list = new ArrayList<>(p.documents());
        if (list.isEmpty()) {
            list.add(new Document(
                    DocumentId.of("corrupt-doc-" + tag),
                    DocumentKind.MINUTES,
                    "Minutes",
                    day,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
        }
        int i = rnd.nextInt(list.size());
        list.set(i, change.apply(list.get(i)));
        return done(p.toBuilder().clearDocuments().documents(list).build(), kind, "documents[" + i + "]." + field);
    }

    private Corrupted funding(Corruption kind, String field, UnaryOperator<Funding> change) {
        List<Funding> list = new ArrayList<>(p.funding());
        if (list.isEmpty()) {
            list.add(Funding.of(pick(p.stakeholders()).id().value(), "1000", "USD"));
        }
        int i = rnd.nextInt(list.size());
        list.set(i, change.apply(list.get(i)));
        return done(p.toBuilder().clearFunding().fundings(list).build(), kind, "funding[" + i + "]." + field);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** An element appended to a list at index {@code n}; the problem is at {@code list[n]suffix}. */
    private Corrupted appended(
            Corruption kind, String list, int n, String suffix, UnaryOperator<MspProcess.Builder> add) {
        return done(add.apply(p.toBuilder()).build(), kind, list + "[" + n + "]" + suffix);
    }

    /** For an empty meeting list: adds a meeting and a copy of it. */
    private Corrupted duplicateOf(Corruption kind, Meeting m) {
        return done(p.toBuilder().meeting(m, m).build(), kind, "meetings[1].id");
    }

    private List<Decision> decisionsNonEmpty() {
        List<Decision> list = new ArrayList<>(p.decisions());
        if (list.isEmpty()) {
            list.add(new Decision(
                    DecisionId.of("corrupt-d-" + tag),
                    day,
                    "A decision",
                    DecisionMethod.CONSENSUS,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty()));
        }
        return list;
    }

    private Meeting newMeeting() {
        return new Meeting(
                MeetingId.of("corrupt-m-" + tag),
                day,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    private static Meeting withAttendance(Meeting m, List<ParticipantId> attendance) {
        return new Meeting(
                m.id(), m.date(), m.title(), m.noticeGiven(), Optional.of(attendance), m.agenda(), m.speakingTurns());
    }

    private static Located<Meeting> withTurn(Meeting m, SpeakingTurn turn, String field) {
        List<SpeakingTurn> turns = new ArrayList<>(m.speakingTurns().orElse(List.of()));
        turns.add(turn);
        return new Located<>(
                new Meeting(
                        m.id(), m.date(), m.title(), m.noticeGiven(), m.attendance(), m.agenda(), Optional.of(turns)),
                "speakingTurns[" + (turns.size() - 1) + "]." + field);
    }

    private static Located<Meeting> withItem(Meeting m, AgendaItem item, String field) {
        List<AgendaItem> agenda = new ArrayList<>(m.agenda());
        agenda.add(item);
        return new Located<>(
                new Meeting(m.id(), m.date(), m.title(), m.noticeGiven(), m.attendance(), agenda, m.speakingTurns()),
                "agenda[" + (agenda.size() - 1) + "]." + field);
    }

    /** This process under a new title: the builder keeps the title it was started with, so copy everything. */
    private MspProcess retitled(String title) {
        MspProcess.Builder b = MspProcess.builder(p.id().value(), title)
                .purpose(p.purpose())
                .scope(p.scope())
                .conveners(p.conveners())
                .types(p.types().toArray(org.msptoolkit.core.taxonomy.ProcessType[]::new))
                .phase(p.phase())
                .linkage(p.linkage())
                .stakeholders(p.stakeholders())
                .participants(p.participants())
                .meetings(p.meetings())
                .contributions(p.contributions())
                .consultations(p.consultations())
                .decisions(p.decisions())
                .commitments(p.commitments())
                .documents(p.documents())
                .fundings(p.funding())
                .links(p.links());
        p.period().ifPresent(b::period);
        return b.build();
    }

    private StakeholderId ghostStakeholder() {
        return StakeholderId.of("ghost-stakeholder-" + tag);
    }

    private MeetingId ghostMeeting() {
        return MeetingId.of("ghost-meeting-" + tag);
    }

    private Corrupted done(MspProcess corrupted, Corruption kind, String location) {
        return new Corrupted(corrupted, kind, location, kind.expectedCode());
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    /** A changed value and the path of the changed field inside it. */
    private record Located<T>(T value, String field) {}
}
