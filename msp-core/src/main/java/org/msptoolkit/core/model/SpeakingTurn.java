package org.msptoolkit.core.model;

import java.time.Duration;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * One turn at speaking in a meeting, recorded where a rapporteur or transcript allows; used to see
 * whether all groups had an equal opportunity to speak.
 *
 * @param speaker the participant who spoke
 * @param duration how long they spoke, if recorded (not negative)
 */
public record SpeakingTurn(ParticipantId speaker, Optional<Duration> duration) {
    /** Checks that no component is {@code null}. */
    public SpeakingTurn {
        Checks.notNull(speaker, "speaking turn speaker");
        Checks.optional(duration, "speaking turn duration");
    }

    /**
     * Returns a turn of unrecorded length.
     *
     * @param speaker participant id
     * @return a turn of unrecorded length
     */
    public static SpeakingTurn of(String speaker) {
        return new SpeakingTurn(ParticipantId.of(speaker), Optional.empty());
    }

    /**
     * Returns a turn of that length.
     *
     * @param speaker participant id
     * @param seconds length
     * @return a turn of that length
     */
    public static SpeakingTurn of(String speaker, long seconds) {
        return new SpeakingTurn(ParticipantId.of(speaker), Optional.of(Duration.ofSeconds(seconds)));
    }
}
