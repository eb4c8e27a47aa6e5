package org.msptoolkit.core.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * A meeting of a process: the dialogue phase happens in meetings. Attendance and speaking turns are
 * optional because many processes do not record them; an empty {@code Optional} means "not
 * recorded", while a present, empty list means "recorded, and nobody attended".
 * Build new values with {@link #builder(String, String)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
 *
 * @param id unique within the process
 * @param date the (first) day of the meeting
 * @param title a short title, if any
 * @param noticeGiven the day participants were invited, if recorded (for notice-period rules such
 *     as the EU's 20 working days)
 * @param attendance who attended, if recorded; each a participant of the process
 * @param agenda the agenda items, in order
 * @param speakingTurns who spoke, in order, if recorded
 */
public record Meeting(
        MeetingId id,
        LocalDate date,
        Optional<String> title,
        Optional<LocalDate> noticeGiven,
        Optional<List<ParticipantId>> attendance,
        List<@Valid AgendaItem> agenda,
        Optional<List<SpeakingTurn>> speakingTurns) {

    /** Checks that no component is {@code null} and copies the lists. */
    public Meeting {
        Checks.notNull(id, "meeting id");
        Checks.notNull(date, "meeting date");
        Checks.optional(title, "meeting title");
        Checks.optional(noticeGiven, "meeting noticeGiven");
        attendance = Checks.optional(attendance, "meeting attendance").map(a -> Checks.list(a, "attendance"));
        agenda = Checks.list(agenda, "agenda");
        speakingTurns =
                Checks.optional(speakingTurns, "meeting speakingTurns").map(s -> Checks.list(s, "speakingTurns"));
    }

    /**
     * A meeting on {@code date} with nothing else recorded.
     *
     * @param id unique id within the process
     * @param date ISO date, e.g. {@code "1998-04-20"}
     * @return the meeting
     */
    public static Meeting of(String id, String date) {
        return new Meeting(
                MeetingId.of(id),
                Dates.parse(date, "meeting date"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    /**
     * Returns a copy with that title.
     *
     * @param value a short title
     * @return a copy with that title
     */
    public Meeting withTitle(String value) {
        return toBuilder().title(value).build();
    }

    /**
     * Returns a copy with that notice date.
     *
     * @param value ISO date of the invitation
     * @return a copy with that notice date
     */
    public Meeting withNoticeGiven(String value) {
        return toBuilder().noticeGiven(value).build();
    }

    /**
     * Returns a copy with recorded attendance.
     *
     * @param participants ids of those who attended
     * @return a copy with recorded attendance
     */
    public Meeting withAttendance(String... participants) {
        return toBuilder().clearAttendance().attendance(participants).build();
    }

    /**
     * Returns a copy with that agenda.
     *
     * @param items the agenda
     * @return a copy with that agenda
     */
    public Meeting withAgenda(AgendaItem... items) {
        return toBuilder().clearAgenda().agenda(items).build();
    }

    /**
     * Returns a copy with recorded speaking turns.
     *
     * @param turns the speaking turns
     * @return a copy with recorded speaking turns
     */
    public Meeting withSpeakingTurns(SpeakingTurn... turns) {
        return toBuilder().clearSpeakingTurns().speakingTurns(turns).build();
    }

    @Override
    public String toString() {
        return id + " on " + date + title.map(t -> " \"" + t + "\"").orElse("")
                + attendance.map(a -> ", " + a.size() + " attended").orElse(", attendance not recorded")
                + ", " + agenda.size() + " agenda items";
    }

    /**
     * Starts a meeting with its required values; as {@link #of(String, String)}, with nothing else recorded.
     *
     * @param id unique id within the process
     * @param date ISO date, e.g. {@code "1998-04-20"}
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, String date) {
        return new Builder(of(id, date));
    }

    /**
     * Returns a builder holding all of this meeting's values, to make a changed copy.
     *
     * @return a builder holding all of this meeting's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the values of a meeting. Following the convention of every builder of msp-toolkit, methods taking
     * several values (varargs or a collection) <em>add</em> them to those already held, in order; methods taking
     * one value set it. Adding attendance or speaking turns, even none, records them. Not thread-safe; each
     * {@link #build()} returns a new immutable meeting.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final MeetingId id;
        private LocalDate date;
        private Optional<String> title;
        private Optional<LocalDate> noticeGiven;
        private boolean attendanceRecorded;
        private final List<ParticipantId> attendance = new ArrayList<>();
        private final List<AgendaItem> agenda = new ArrayList<>();
        private boolean speakingTurnsRecorded;
        private final List<SpeakingTurn> speakingTurns = new ArrayList<>();

        private Builder(Meeting m) {
            id = m.id;
            date = m.date;
            title = m.title;
            noticeGiven = m.noticeGiven;
            attendanceRecorded = m.attendance.isPresent();
            m.attendance.ifPresent(attendance::addAll);
            agenda.addAll(m.agenda);
            speakingTurnsRecorded = m.speakingTurns.isPresent();
            m.speakingTurns.ifPresent(speakingTurns::addAll);
        }

        /**
         * Returns this builder.
         *
         * @param value the (first) day of the meeting
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = Checks.notNull(value, "meeting date");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date of the (first) day of the meeting
         * @return this builder
         */
        public Builder date(String value) {
            return date(Dates.parse(value, "meeting date"));
        }

        /**
         * Returns this builder.
         *
         * @param value a short title
         * @return this builder
         */
        public Builder title(String value) {
            title = Optional.of(Checks.notNull(value, "meeting title"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the day participants were invited
         * @return this builder
         */
        public Builder noticeGiven(LocalDate value) {
            noticeGiven = Optional.of(Checks.notNull(value, "meeting noticeGiven"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date of the invitation
         * @return this builder
         */
        public Builder noticeGiven(String value) {
            return noticeGiven(Dates.parse(value, "noticeGiven"));
        }

        /**
         * Returns this builder.
         *
         * @param participants ids of participants who attended, to add
         * @return this builder
         */
        public Builder attendance(String... participants) {
            return attendance(Arrays.stream(Checks.notNull(participants, "attendance"))
                    .map(ParticipantId::of)
                    .toList());
        }

        /**
         * Returns this builder.
         *
         * @param participants participants who attended, to add
         * @return this builder
         */
        public Builder attendance(Collection<ParticipantId> participants) {
            attendance.addAll(Checks.list(participants, "attendance"));
            attendanceRecorded = true;
            return this;
        }

        /**
         * Forgets the attendance held so far: it is then not recorded, until {@link #attendance(String...)} is
         * called (with no ids, for a meeting nobody attended).
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearAttendance() {
            attendance.clear();
            attendanceRecorded = false;
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param items agenda items to add
         * @return this builder
         */
        public Builder agenda(AgendaItem... items) {
            return agenda(Arrays.asList(Checks.notNull(items, "agenda")));
        }

        /**
         * Returns this builder.
         *
         * @param items agenda items to add
         * @return this builder
         */
        public Builder agenda(Collection<AgendaItem> items) {
            agenda.addAll(Checks.list(items, "agenda"));
            return this;
        }

        /**
         * Removes the agenda items held so far, e.g. to replace them in a copy.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearAgenda() {
            agenda.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param turns speaking turns to add, in order
         * @return this builder
         */
        public Builder speakingTurns(SpeakingTurn... turns) {
            return speakingTurns(Arrays.asList(Checks.notNull(turns, "speakingTurns")));
        }

        /**
         * Returns this builder.
         *
         * @param turns speaking turns to add, in order
         * @return this builder
         */
        public Builder speakingTurns(Collection<SpeakingTurn> turns) {
            speakingTurns.addAll(Checks.list(turns, "speakingTurns"));
            speakingTurnsRecorded = true;
            return this;
        }

        /**
         * Forgets the speaking turns held so far: they are then not recorded, until
         * {@link #speakingTurns(SpeakingTurn...)} is called.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearSpeakingTurns() {
            speakingTurns.clear();
            speakingTurnsRecorded = false;
            return this;
        }

        /**
         * Returns a new immutable meeting.
         *
         * @return a new immutable meeting
         */
        public Meeting build() {
            return new Meeting(
                    id,
                    date,
                    title,
                    noticeGiven,
                    attendanceRecorded ? Optional.of(attendance) : Optional.empty(),
                    agenda,
                    speakingTurnsRecorded ? Optional.of(speakingTurns) : Optional.empty());
        }
    }
}
