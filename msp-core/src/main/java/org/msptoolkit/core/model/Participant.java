package org.msptoolkit.core.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.Role;

/**
 * A person taking part in a process on behalf of a stakeholder, in a role such as delegate or chair.
 * The name and self-described gender are personal data ({@link PersonalData}) and can be removed
 * with {@link #withoutPersonalData()}.
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
        return new Participant(ParticipantId.of(id), StakeholderId.of(stakeholder), role, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** @param value the person's name @return a copy with that name */
    public Participant withName(String value) {
        return new Participant(id, stakeholder, role, Optional.of(value), gender, period);
    }

    /** @param selfDescription e.g. "woman" @return a copy with that self-described gender */
    public Participant withGender(String selfDescription) {
        return new Participant(id, stakeholder, role, name, Optional.of(Gender.of(selfDescription)), period);
    }

    /** @param value when the person took part @return a copy with that period */
    public Participant withPeriod(Period value) {
        return new Participant(id, stakeholder, role, name, gender, Optional.of(value));
    }

    /** @param value the role @return a copy in that role */
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
        return id + " for " + stakeholder + " as " + role.code() + name.map(n -> " (" + n + ")").orElse("");
    }
}
