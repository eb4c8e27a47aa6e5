package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.DecisionMethod;

/**
 * A decision taken in a process: on what, by which method, with what objections, and whether and
 * when it was made public.
 * Build new values with {@link #builder(String, String, String, DecisionMethod)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
 *
 * @param id unique within the process
 * @param date when it was taken
 * @param subject what was decided
 * @param method how it was reached: consensus, unanimity, vote or chair's ruling
 * @param meeting the meeting where it was taken, if any
 * @param tally the vote counts, for a vote
 * @param objections objections recorded against it; read together with {@code objectionsRecorded}
 * @param published the day it was made public, empty if it was not published
 * @param objectionsRecorded whether objections were recorded at all: {@code false} means "not recorded"
 *     (the list is then empty), {@code true} with an empty list means "recorded, and nobody objected" —
 *     the same distinction as a meeting's attendance
 */
public record Decision(
        DecisionId id,
        LocalDate date,
        @NotBlank String subject,
        DecisionMethod method,
        Optional<MeetingId> meeting,
        Optional<Tally> tally,
        List<Objection> objections,
        Optional<LocalDate> published,
        boolean objectionsRecorded) {

    /** Checks that no component is {@code null}, copies the list and counts listed objections as recorded. */
    public Decision {
        Checks.notNull(id, "decision id");
        Checks.notNull(date, "decision date");
        Checks.notNull(subject, "decision subject");
        Checks.notNull(method, "decision method");
        Checks.optional(meeting, "decision meeting");
        Checks.optional(tally, "decision tally");
        objections = Checks.list(objections, "objections");
        Checks.optional(published, "decision published");
        objectionsRecorded = objectionsRecorded || !objections.isEmpty();
    }

    /**
     * A decision whose objections count as recorded exactly when some are listed (the form before
     * {@code objectionsRecorded} existed).
     *
     * @param id unique within the process
     * @param date when it was taken
     * @param subject what was decided
     * @param method how it was reached
     * @param meeting the meeting where it was taken, if any
     * @param tally the vote counts, for a vote
     * @param objections objections recorded against it
     * @param published the day it was made public, empty if it was not published
     * @since 0.2.0
     */
    public Decision(
            DecisionId id,
            LocalDate date,
            String subject,
            DecisionMethod method,
            Optional<MeetingId> meeting,
            Optional<Tally> tally,
            List<Objection> objections,
            Optional<LocalDate> published) {
        this(id, date, subject, method, meeting, tally, objections, published, false);
    }

    /**
     * An unpublished decision with no tally and no objections.
     *
     * @param id unique id
     * @param date ISO date
     * @param subject what was decided
     * @param method how it was reached
     * @return the decision
     */
    public static Decision of(String id, String date, String subject, DecisionMethod method) {
        return new Decision(
                DecisionId.of(id),
                Dates.parse(date, "decision date"),
                subject,
                method,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    /**
     * Returns a copy taken at that meeting.
     *
     * @param value meeting id
     * @return a copy taken at that meeting
     */
    public Decision atMeeting(String value) {
        return new Decision(
                id,
                date,
                subject,
                method,
                Optional.of(MeetingId.of(value)),
                tally,
                objections,
                published,
                objectionsRecorded);
    }

    /**
     * Returns a copy with that tally.
     *
     * @param value the counts
     * @return a copy with that tally
     */
    public Decision withTally(Tally value) {
        return new Decision(
                id, date, subject, method, meeting, Optional.of(value), objections, published, objectionsRecorded);
    }

    /**
     * Returns a copy with those objections.
     *
     * @param value the objections
     * @return a copy with those objections
     */
    public Decision withObjections(Objection... value) {
        return new Decision(
                id,
                date,
                subject,
                method,
                meeting,
                tally,
                Arrays.asList(Checks.notNull(value, "objections")),
                published,
                true);
    }

    /**
     * Returns a copy published on that day.
     *
     * @param value ISO date of publication
     * @return a copy published on that day
     */
    public Decision publishedOn(String value) {
        return new Decision(
                id,
                date,
                subject,
                method,
                meeting,
                tally,
                objections,
                Optional.of(Dates.parse(value, "decision published")),
                objectionsRecorded);
    }

    /**
     * Returns a copy whose objections are recorded (an empty list then means nobody objected), or not
     * recorded (the list is cleared).
     *
     * @param value whether objections were recorded
     * @return the copy
     * @since 0.2.0
     */
    public Decision withObjectionsRecorded(boolean value) {
        return new Decision(
                id, date, subject, method, meeting, tally, value ? objections : List.of(), published, value);
    }

    /**
     * Whether the decision was made public.
     *
     * @return {@code true} if it has a publication date
     */
    public boolean isPublished() {
        return published.isPresent();
    }

    @Override
    public String toString() {
        return id + " on " + date + " by " + method.code() + ": " + subject;
    }

    /**
     * Starts a decision with its required values; as {@link #of(String, String, String, DecisionMethod)},
     * unpublished, with no meeting, tally or objections.
     *
     * @param id unique id
     * @param date ISO date
     * @param subject what was decided
     * @param method how it was reached
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, String date, String subject, DecisionMethod method) {
        return new Builder(of(id, date, subject, method));
    }

    /**
     * Returns a builder holding all of this decision's values, to make a changed copy.
     *
     * @return a builder holding all of this decision's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the values of a decision. Following the convention of every builder of msp-toolkit, methods taking
     * several values (varargs or a collection) <em>add</em> them to those already held, in order; methods taking
     * one value set it. Not thread-safe; each {@link #build()} returns a new immutable decision.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final DecisionId id;
        private LocalDate date;
        private String subject;
        private DecisionMethod method;
        private Optional<MeetingId> meeting;
        private Optional<Tally> tally;
        private final List<Objection> objections = new ArrayList<>();
        private Optional<LocalDate> published;
        private boolean objectionsRecorded;

        private Builder(Decision d) {
            id = d.id;
            date = d.date;
            subject = d.subject;
            method = d.method;
            meeting = d.meeting;
            tally = d.tally;
            objections.addAll(d.objections);
            published = d.published;
            objectionsRecorded = d.objectionsRecorded;
        }

        /**
         * Returns this builder.
         *
         * @param value when it was taken
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = Checks.notNull(value, "decision date");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date when it was taken
         * @return this builder
         */
        public Builder date(String value) {
            return date(Dates.parse(value, "decision date"));
        }

        /**
         * Returns this builder.
         *
         * @param value what was decided
         * @return this builder
         */
        public Builder subject(String value) {
            subject = Checks.notNull(value, "decision subject");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value consensus, unanimity, vote or chair's ruling
         * @return this builder
         */
        public Builder method(DecisionMethod value) {
            method = Checks.notNull(value, "decision method");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the meeting where it was taken
         * @return this builder
         */
        public Builder meeting(MeetingId value) {
            meeting = Optional.of(Checks.notNull(value, "decision meeting"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the meeting where it was taken
         * @return this builder
         */
        public Builder meeting(String value) {
            return meeting(MeetingId.of(value));
        }

        /**
         * Returns this builder.
         *
         * @param value the vote counts
         * @return this builder
         */
        public Builder tally(Tally value) {
            tally = Optional.of(Checks.notNull(value, "decision tally"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param values objections to add
         * @return this builder
         */
        public Builder objections(Objection... values) {
            return objections(Arrays.asList(Checks.notNull(values, "objections")));
        }

        /**
         * Returns this builder.
         *
         * @param values objections to add
         * @return this builder
         */
        public Builder objections(Collection<Objection> values) {
            objections.addAll(Checks.list(values, "objections"));
            objectionsRecorded = true;
            return this;
        }

        /**
         * Removes the objections held so far, e.g. to replace them in a copy; they are then not recorded until
         * objections (even none) are added again.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearObjections() {
            objections.clear();
            objectionsRecorded = false;
            return this;
        }

        /**
         * Sets whether objections were recorded; adding objections, even none, records them.
         *
         * @param value {@code false} for "not recorded" (clears the objections held)
         * @return this builder
         * @since 0.2.0
         */
        public Builder objectionsRecorded(boolean value) {
            objectionsRecorded = value;
            if (!value) {
                objections.clear();
            }
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the day it was made public
         * @return this builder
         */
        public Builder published(LocalDate value) {
            published = Optional.of(Checks.notNull(value, "decision published"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date it was made public
         * @return this builder
         */
        public Builder published(String value) {
            return published(Dates.parse(value, "decision published"));
        }

        /**
         * Returns a new immutable decision.
         *
         * @return a new immutable decision
         */
        public Decision build() {
            return new Decision(id, date, subject, method, meeting, tally, objections, published, objectionsRecorded);
        }
    }
}
