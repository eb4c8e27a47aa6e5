package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.ContributionKind;

/**
 * An input a stakeholder brings into the process (Hemmati's Inputs phase), such as a position paper
 * submitted before a dialogue or a comment in a consultation.
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
        return new Contribution(ContributionId.of(id), StakeholderId.of(from), kind, title,
                Dates.parse(date, "contribution date"), Optional.empty(), Optional.empty());
    }

    /** @param value meeting id @return a copy prepared for that meeting */
    public Contribution forMeeting(String value) {
        return new Contribution(id, from, kind, title, date, Optional.of(MeetingId.of(value)), consultation);
    }

    /** @param value consultation id @return a copy answering that consultation */
    public Contribution forConsultation(String value) {
        return new Contribution(id, from, kind, title, date, meeting, Optional.of(ConsultationId.of(value)));
    }
}
