package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.CommitmentStatus;

/**
 * A commitment a stakeholder made in or through the process: who, what, by when, how it is measured,
 * where it stands, the evidence of delivery, and the progress reports filed. Commitments with an
 * owner, a measure and a due date meet the "SMART" expectation of the UN Partnerships for SDGs
 * platform (specific, measurable, achievable, resource-based, time-based).
 * Build new values with {@link #builder(String, String, String)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
 *
 * @param id unique within the process
 * @param owner the stakeholder responsible
 * @param description what was promised
 * @param measure how delivery is measured (a target or deliverable), if stated
 * @param made when the commitment was made, if recorded
 * @param due when it is due, if stated
 * @param status where it stands
 * @param evidence evidence of delivery or progress (links or descriptions)
 * @param progressReports days on which progress reports were filed, in order
 * @param decision the decision it implements, if any
 */
public record Commitment(
        CommitmentId id,
        StakeholderId owner,
        @NotBlank String description,
        Optional<String> measure,
        Optional<LocalDate> made,
        Optional<LocalDate> due,
        CommitmentStatus status,
        List<String> evidence,
        List<LocalDate> progressReports,
        Optional<DecisionId> decision) {

    /** Checks that no component is {@code null} and copies the lists. */
    public Commitment {
        Checks.notNull(id, "commitment id");
        Checks.notNull(owner, "commitment owner");
        Checks.notNull(description, "commitment description");
        Checks.optional(measure, "commitment measure");
        Checks.optional(made, "commitment made");
        Checks.optional(due, "commitment due");
        Checks.notNull(status, "commitment status");
        evidence = Checks.list(evidence, "evidence");
        progressReports = Checks.list(progressReports, "progressReports");
        Checks.optional(decision, "commitment decision");
    }

    /**
     * A planned commitment with no measure, dates or evidence yet.
     *
     * @param id unique id
     * @param owner stakeholder id
     * @param description what is promised
     * @return the commitment
     */
    public static Commitment of(String id, String owner, String description) {
        return new Commitment(
                CommitmentId.of(id),
                StakeholderId.of(owner),
                description,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                CommitmentStatus.PLANNED,
                List.of(),
                List.of(),
                Optional.empty());
    }

    /**
     * Returns a copy with that measure.
     *
     * @param value how delivery is measured
     * @return a copy with that measure
     */
    public Commitment withMeasure(String value) {
        return toBuilder().measure(value).build();
    }

    /**
     * Returns a copy made on that day.
     *
     * @param value ISO date
     * @return a copy made on that day
     */
    public Commitment madeOn(String value) {
        return toBuilder().made(value).build();
    }

    /**
     * Returns a copy due on that day.
     *
     * @param value ISO date
     * @return a copy due on that day
     */
    public Commitment dueOn(String value) {
        return toBuilder().due(value).build();
    }

    /**
     * Returns a copy with that status.
     *
     * @param value the status
     * @return a copy with that status
     */
    public Commitment withStatus(CommitmentStatus value) {
        return toBuilder().status(value).build();
    }

    /**
     * Returns a copy with that evidence.
     *
     * @param value evidence items
     * @return a copy with that evidence
     */
    public Commitment withEvidence(String... value) {
        return toBuilder().clearEvidence().evidence(value).build();
    }

    /**
     * Returns a copy with those reports.
     *
     * @param dates ISO dates of progress reports
     * @return a copy with those reports
     */
    public Commitment withProgressReports(String... dates) {
        return toBuilder().clearProgressReports().progressReports(dates).build();
    }

    /**
     * Returns a copy implementing that decision.
     *
     * @param value decision id
     * @return a copy implementing that decision
     */
    public Commitment implementing(String value) {
        return toBuilder().decision(value).build();
    }

    /**
     * Whether the commitment is overdue on {@code day}: due before that day and neither delivered nor dropped.
     *
     * @param day the day of assessment
     * @return {@code true} if overdue
     */
    public boolean isOverdueOn(LocalDate day) {
        return due.map(d -> d.isBefore(day)).orElse(false)
                && status != CommitmentStatus.DELIVERED
                && status != CommitmentStatus.DROPPED;
    }

    @Override
    public String toString() {
        return id + " by " + owner + " (" + status.code()
                + due.map(d -> ", due " + d).orElse("") + "): " + description;
    }

    /**
     * Starts a commitment with its required values; as {@link #of(String, String, String)}, planned, with no
     * measure, dates, evidence or decision yet.
     *
     * @param id unique id
     * @param owner id of the stakeholder responsible
     * @param description what is promised
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, String owner, String description) {
        return new Builder(of(id, owner, description));
    }

    /**
     * Returns a builder holding all of this commitment's values, to make a changed copy.
     *
     * @return a builder holding all of this commitment's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the values of a commitment. Following the convention of every builder of msp-toolkit, methods
     * taking several values (varargs or a collection) <em>add</em> them to those already held, in order; methods
     * taking one value set it. Not thread-safe; each {@link #build()} returns a new immutable commitment.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final CommitmentId id;
        private StakeholderId owner;
        private String description;
        private Optional<String> measure;
        private Optional<LocalDate> made;
        private Optional<LocalDate> due;
        private CommitmentStatus status;
        private final List<String> evidence = new ArrayList<>();
        private final List<LocalDate> progressReports = new ArrayList<>();
        private Optional<DecisionId> decision;

        private Builder(Commitment c) {
            id = c.id;
            owner = c.owner;
            description = c.description;
            measure = c.measure;
            made = c.made;
            due = c.due;
            status = c.status;
            evidence.addAll(c.evidence);
            progressReports.addAll(c.progressReports);
            decision = c.decision;
        }

        /**
         * Returns this builder.
         *
         * @param value the stakeholder responsible
         * @return this builder
         */
        public Builder owner(StakeholderId value) {
            owner = Checks.notNull(value, "commitment owner");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the stakeholder responsible
         * @return this builder
         */
        public Builder owner(String value) {
            return owner(StakeholderId.of(value));
        }

        /**
         * Returns this builder.
         *
         * @param value what was promised
         * @return this builder
         */
        public Builder description(String value) {
            description = Checks.notNull(value, "commitment description");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value how delivery is measured (a target or deliverable)
         * @return this builder
         */
        public Builder measure(String value) {
            measure = Optional.of(Checks.notNull(value, "commitment measure"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value when the commitment was made
         * @return this builder
         */
        public Builder made(LocalDate value) {
            made = Optional.of(Checks.notNull(value, "commitment made"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date the commitment was made
         * @return this builder
         */
        public Builder made(String value) {
            return made(Dates.parse(value, "commitment made"));
        }

        /**
         * Returns this builder.
         *
         * @param value when it is due
         * @return this builder
         */
        public Builder due(LocalDate value) {
            due = Optional.of(Checks.notNull(value, "commitment due"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date it is due
         * @return this builder
         */
        public Builder due(String value) {
            return due(Dates.parse(value, "commitment due"));
        }

        /**
         * Returns this builder.
         *
         * @param value where it stands
         * @return this builder
         */
        public Builder status(CommitmentStatus value) {
            status = Checks.notNull(value, "commitment status");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param values evidence of delivery or progress to add
         * @return this builder
         */
        public Builder evidence(String... values) {
            return evidence(Arrays.asList(Checks.notNull(values, "evidence")));
        }

        /**
         * Returns this builder.
         *
         * @param values evidence of delivery or progress to add
         * @return this builder
         */
        public Builder evidence(Collection<String> values) {
            evidence.addAll(Checks.list(values, "evidence"));
            return this;
        }

        /**
         * Removes the evidence items held so far, e.g. to replace them in a copy.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearEvidence() {
            evidence.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param dates ISO dates of progress reports to add, in order
         * @return this builder
         */
        public Builder progressReports(String... dates) {
            return progressReports(Arrays.stream(Checks.notNull(dates, "progressReports"))
                    .map(d -> Dates.parse(d, "progress report"))
                    .toList());
        }

        /**
         * Returns this builder.
         *
         * @param dates days of progress reports to add, in order
         * @return this builder
         */
        public Builder progressReports(Collection<LocalDate> dates) {
            progressReports.addAll(Checks.list(dates, "progressReports"));
            return this;
        }

        /**
         * Removes the progress reports held so far, e.g. to replace them in a copy.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearProgressReports() {
            progressReports.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the decision it implements
         * @return this builder
         */
        public Builder decision(DecisionId value) {
            decision = Optional.of(Checks.notNull(value, "commitment decision"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the decision it implements
         * @return this builder
         */
        public Builder decision(String value) {
            return decision(DecisionId.of(value));
        }

        /**
         * Returns a new immutable commitment.
         *
         * @return a new immutable commitment
         */
        public Commitment build() {
            return new Commitment(
                    id, owner, description, measure, made, due, status, evidence, progressReports, decision);
        }
    }
}
