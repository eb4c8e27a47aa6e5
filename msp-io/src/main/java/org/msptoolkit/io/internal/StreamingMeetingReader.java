package org.msptoolkit.io.internal;

import static org.msptoolkit.io.internal.TokenCursor.giveUp;
import static org.msptoolkit.io.internal.TokenCursor.required;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.ConsultationId;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.ContributionId;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.ContributionKind;

/**
 * The fast path's reading of meetings (with agenda and speaking turns), contributions and
 * consultations, mirroring {@link TreeReader}; gives up on anything the tree path would report.
 * Internal.
 */
final class StreamingMeetingReader {
    private final TokenCursor c;

    StreamingMeetingReader(TokenCursor cursor) {
        this.c = cursor;
    }

    Meeting meeting() {
        c.startObject();
        MeetingId id = null;
        LocalDate date = null;
        Optional<String> title = Optional.empty();
        Optional<LocalDate> notice = Optional.empty();
        Optional<List<ParticipantId>> attendance = Optional.empty();
        List<AgendaItem> agenda = List.of();
        Optional<List<SpeakingTurn>> turns = Optional.empty();
        for (String f = c.nextField(FieldNames.MEETING); f != null; f = c.nextField(FieldNames.MEETING)) {
            if (c.isNull(f, Fields.MEETING)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(MeetingId::of);
                case "date" -> date = c.date();
                case "title" -> title = Optional.of(c.string());
                case "noticeGiven" -> notice = Optional.of(c.date());
                case "attendance" -> attendance = Optional.of(c.list(() -> c.coded(ParticipantId::of)));
                case "agenda" -> agenda = c.list(this::agendaItem);
                case "speakingTurns" -> turns = Optional.of(c.list(this::speakingTurn));
                default -> throw giveUp();
            }
        }
        return new Meeting(required(id), required(date), title, notice, attendance, agenda, turns);
    }

    private AgendaItem agendaItem() {
        c.startObject();
        String title = null;
        Optional<StakeholderId> by = Optional.empty();
        for (String f = c.nextField(FieldNames.AGENDA_ITEM); f != null; f = c.nextField(FieldNames.AGENDA_ITEM)) {
            if (c.isNull(f, Fields.AGENDA_ITEM)) {
                continue;
            }
            switch (f) {
                case "title" -> title = c.string();
                case "proposedBy" -> by = Optional.of(c.coded(StakeholderId::of));
                default -> throw giveUp();
            }
        }
        return new AgendaItem(required(title), by);
    }

    private SpeakingTurn speakingTurn() {
        c.startObject();
        ParticipantId speaker = null;
        Optional<Duration> duration = Optional.empty();
        for (String f = c.nextField(FieldNames.SPEAKING_TURN); f != null; f = c.nextField(FieldNames.SPEAKING_TURN)) {
            if (c.isNull(f, Fields.SPEAKING_TURN)) {
                continue;
            }
            switch (f) {
                case "speaker" -> speaker = c.coded(ParticipantId::of);
                case "duration" -> duration = Optional.of(c.coded(TokenCursor::duration));
                default -> throw giveUp();
            }
        }
        return new SpeakingTurn(required(speaker), duration);
    }

    Contribution contribution() {
        c.startObject();
        ContributionId id = null;
        StakeholderId from = null;
        ContributionKind kind = null;
        String title = null;
        LocalDate date = null;
        Optional<MeetingId> meeting = Optional.empty();
        Optional<ConsultationId> consultation = Optional.empty();
        for (String f = c.nextField(FieldNames.CONTRIBUTION); f != null; f = c.nextField(FieldNames.CONTRIBUTION)) {
            if (c.isNull(f, Fields.CONTRIBUTION)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(ContributionId::of);
                case "from" -> from = c.coded(StakeholderId::of);
                case "kind" -> kind = c.code(StreamingCodes.CONTRIBUTION_KIND);
                case "title" -> title = c.string();
                case "date" -> date = c.date();
                case "meeting" -> meeting = Optional.of(c.coded(MeetingId::of));
                case "consultation" -> consultation = Optional.of(c.coded(ConsultationId::of));
                default -> throw giveUp();
            }
        }
        return new Contribution(required(id), required(from), required(kind), required(title), required(date),
                meeting, consultation);
    }

    Consultation consultation() {
        c.startObject();
        ConsultationId id = null;
        String topic = null;
        LocalDate opens = null;
        LocalDate closes = null;
        for (String f = c.nextField(FieldNames.CONSULTATION); f != null; f = c.nextField(FieldNames.CONSULTATION)) {
            if (c.isNull(f, Fields.CONSULTATION)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(ConsultationId::of);
                case "topic" -> topic = c.string();
                case "opens" -> opens = c.date();
                case "closes" -> closes = c.date();
                default -> throw giveUp();
            }
        }
        return new Consultation(required(id), required(topic), required(opens), required(closes));
    }
}
