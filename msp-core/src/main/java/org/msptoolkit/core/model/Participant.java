package org.msptoolkit.core.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.Role;

/**
 * A person taking part in a process on behalf of a stakeholder, in a role such as delegate or chair.
 * The name and self-described gender are personal data ({@link PersonalData}) and can be removed
 * with {@link #withoutPersonalData()}.
 * Build new values with {@link #builder(String, String, Role)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
 *
 * @param id unique within the process
 * @param stakeholder the stakeholder this person acts for; must be one of the process's stakeholders
 * @param role the role played
 * @param name the person's name, if recorded (personal data)
 * @param gender the person's self-described gender, if recorded (personal data)
 * @param period when the person took part, if recorded
 */
public record Participant(
        ParticipantId id,
        StakeholderId stakeholder,
        Role role,
        @PersonalData Optional<String> name,
        @PersonalData Optional<@Valid Gender> gender,
        Optional<Period> period) {

    /** Checks that no component is {@code null}. */
    public Participant {
        Checks.notNull(id, "participant id");
        Checks.notNull(stakeholder, "participant stakeholder");
        Checks.notNull(role, "participant role");
        Checks.optional(name, "participant name");
        Checks.optional(gender, "participant gender");
        Checks.optional(period, "participant period");
    }

    /**
     * A participant with no personal data and no period.
     *
     * @param id unique id within the process
     * @param stakeholder the id of the stakeholder this person acts for
     * @param role the role played
     * @return the participant
     */
    public static Participant of(String id, String stakeholder, Role role) {
        return new Participant(
                ParticipantId.of(id),
                StakeholderId.of(stakeholder),
                role,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy with that name.
     *
     * @param value the person's name
     * @return a copy with that name
     */
    public Participant withName(String value) {
        return new Participant(id, stakeholder, role, Optional.of(value), gender, period);
    }

    /**
     * Returns a copy with that self-described gender.
     *
     * @param selfDescription e.g. "woman"
     * @return a copy with that self-described gender
     */
    public Participant withGender(String selfDescription) {
        return new Participant(id, stakeholder, role, name, Optional.of(Gender.of(selfDescription)), period);
    }

    /**
     * Returns a copy with that period.
     *
     * @param value when the person took part
     * @return a copy with that period
     */
    public Participant withPeriod(Period value) {
        return new Participant(id, stakeholder, role, name, gender, Optional.of(value));
    }

    /**
     * Returns a copy in that role.
     *
     * @param value the role
     * @return a copy in that role
     */
    public Participant withRole(Role value) {
        return new Participant(id, stakeholder, value, name, gender, period);
    }

    /**
     * This participant without the components marked {@link PersonalData} (name and gender).
     *
     * @return an anonymised copy
     */
    public Participant withoutPersonalData() {
        return new Participant(id, stakeholder, role, Optional.empty(), Optional.empty(), period);
    }

    @Override
    public String toString() {
        return id + " for " + stakeholder + " as " + role.code()
                + name.map(n -> " (" + n + ")").orElse("");
    }

    /**
     * Starts a participant with its required values; as {@link #of(String, String, Role)}, with no personal data
     * and no period.
     *
     * @param id unique id within the process
     * @param stakeholder the id of the stakeholder this person acts for
     * @param role the role played
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, String stakeholder, Role role) {
        return new Builder(of(id, stakeholder, role));
    }

    /**
     * Returns a builder holding all of this participant's values, to make a changed copy.
     *
     * @return a builder holding all of this participant's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the values of a participant: one method per component, each setting it. Not thread-safe; each
     * {@link #build()} returns a new immutable participant.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final ParticipantId id;
        private StakeholderId stakeholder;
        private Role role;
        private Optional<String> name;
        private Optional<Gender> gender;
        private Optional<Period> period;

        private Builder(Participant p) {
            id = p.id;
            stakeholder = p.stakeholder;
            role = p.role;
            name = p.name;
            gender = p.gender;
            period = p.period;
        }

        /**
         * Returns this builder.
         *
         * @param value the stakeholder this person acts for
         * @return this builder
         */
        public Builder stakeholder(StakeholderId value) {
            stakeholder = Checks.notNull(value, "participant stakeholder");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the id of the stakeholder this person acts for
         * @return this builder
         */
        public Builder stakeholder(String value) {
            return stakeholder(StakeholderId.of(value));
        }

        /**
         * Returns this builder.
         *
         * @param value the role played
         * @return this builder
         */
        public Builder role(Role value) {
            role = Checks.notNull(value, "participant role");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the person's name (personal data)
         * @return this builder
         */
        public Builder name(String value) {
            name = Optional.of(Checks.notNull(value, "participant name"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the person's self-described gender (personal data)
         * @return this builder
         */
        public Builder gender(Gender value) {
            gender = Optional.of(Checks.notNull(value, "participant gender"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param selfDescription e.g. "woman"
         * @return this builder
         */
        public Builder gender(String selfDescription) {
            return gender(Gender.of(selfDescription));
        }

        /**
         * Returns this builder.
         *
         * @param value when the person took part
         * @return this builder
         */
        public Builder period(Period value) {
            period = Optional.of(Checks.notNull(value, "participant period"));
            return this;
        }

        /**
         * Returns a new immutable participant.
         *
         * @return a new immutable participant
         */
        public Participant build() {
            return new Participant(id, stakeholder, role, name, gender, period);
        }
    }
}
