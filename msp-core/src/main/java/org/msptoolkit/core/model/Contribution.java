package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.ContributionKind;

/**
 * An input a stakeholder brings into the process (Hemmati's Inputs phase), such as a position paper
 * submitted before a dialogue or a comment in a consultation.
 * Build new values with {@link #builder(String, String, ContributionKind, String, String)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
 *
 * @param id unique within the process
 * @param from the contributing stakeholder
 * @param kind what kind of input it is
 * @param title what it is about
 * @param date when it was submitted
 * @param meeting the meeting it was prepared for, if any
 * @param consultation the consultation it answers, if any
 */
public record Contribution(
        ContributionId id,
        StakeholderId from,
        ContributionKind kind,
        @NotBlank String title,
        LocalDate date,
        Optional<MeetingId> meeting,
        Optional<ConsultationId> consultation) {

    /** Checks that no component is {@code null}. */
    public Contribution {
        Checks.notNull(id, "contribution id");
        Checks.notNull(from, "contribution from");
        Checks.notNull(kind, "contribution kind");
        Checks.notNull(title, "contribution title");
        Checks.notNull(date, "contribution date");
        Checks.optional(meeting, "contribution meeting");
        Checks.optional(consultation, "contribution consultation");
    }

    /**
     * A contribution not tied to a meeting or consultation.
     *
     * @param id unique id
     * @param from stakeholder id
     * @param kind kind of input
     * @param title what it is about
     * @param date ISO date
     * @return the contribution
     */
    public static Contribution of(String id, String from, ContributionKind kind, String title, String date) {
        return new Contribution(
                ContributionId.of(id),
                StakeholderId.of(from),
                kind,
                title,
                Dates.parse(date, "contribution date"),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy prepared for that meeting.
     *
     * @param value meeting id
     * @return a copy prepared for that meeting
     */
    public Contribution forMeeting(String value) {
        return new Contribution(id, from, kind, title, date, Optional.of(MeetingId.of(value)), consultation);
    }

    /**
     * Returns a copy answering that consultation.
     *
     * @param value consultation id
     * @return a copy answering that consultation
     */
    public Contribution forConsultation(String value) {
        return new Contribution(id, from, kind, title, date, meeting, Optional.of(ConsultationId.of(value)));
    }

    /**
     * Starts a contribution with its required values; as
     * {@link #of(String, String, ContributionKind, String, String)}, not tied to a meeting or consultation.
     *
     * @param id unique id
     * @param from id of the contributing stakeholder
     * @param kind kind of input
     * @param title what it is about
     * @param date ISO date it was submitted
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, String from, ContributionKind kind, String title, String date) {
        return new Builder(of(id, from, kind, title, date));
    }

    /**
     * Returns a builder holding all of this contribution's values, to make a changed copy.
     *
     * @return a builder holding all of this contribution's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the values of a contribution: one method per component, each setting it. Not thread-safe; each
     * {@link #build()} returns a new immutable contribution.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final ContributionId id;
        private StakeholderId from;
        private ContributionKind kind;
        private String title;
        private LocalDate date;
        private Optional<MeetingId> meeting;
        private Optional<ConsultationId> consultation;

        private Builder(Contribution c) {
            id = c.id;
            from = c.from;
            kind = c.kind;
            title = c.title;
            date = c.date;
            meeting = c.meeting;
            consultation = c.consultation;
        }

        /**
         * Returns this builder.
         *
         * @param value the contributing stakeholder
         * @return this builder
         */
        public Builder from(StakeholderId value) {
            from = Checks.notNull(value, "contribution from");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the contributing stakeholder
         * @return this builder
         */
        public Builder from(String value) {
            return from(StakeholderId.of(value));
        }

        /**
         * Returns this builder.
         *
         * @param value what kind of input it is
         * @return this builder
         */
        public Builder kind(ContributionKind value) {
            kind = Checks.notNull(value, "contribution kind");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value what it is about
         * @return this builder
         */
        public Builder title(String value) {
            title = Checks.notNull(value, "contribution title");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value when it was submitted
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = Checks.notNull(value, "contribution date");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date it was submitted
         * @return this builder
         */
        public Builder date(String value) {
            return date(Dates.parse(value, "contribution date"));
        }

        /**
         * Returns this builder.
         *
         * @param value the meeting it was prepared for
         * @return this builder
         */
        public Builder meeting(MeetingId value) {
            meeting = Optional.of(Checks.notNull(value, "contribution meeting"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the meeting it was prepared for
         * @return this builder
         */
        public Builder meeting(String value) {
            return meeting(MeetingId.of(value));
        }

        /**
         * Returns this builder.
         *
         * @param value the consultation it answers
         * @return this builder
         */
        public Builder consultation(ConsultationId value) {
            consultation = Optional.of(Checks.notNull(value, "contribution consultation"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the consultation it answers
         * @return this builder
         */
        public Builder consultation(String value) {
            return consultation(ConsultationId.of(value));
        }

        /**
         * Returns a new immutable contribution.
         *
         * @return a new immutable contribution
         */
        public Contribution build() {
            return new Contribution(id, from, kind, title, date, meeting, consultation);
        }
    }
}
