package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.DecisionMethod;

/**
 * A decision taken in a process: on what, by which method, with what objections, and whether and
 * when it was made public.
 *
 * @param id unique within the process
 * @param date when it was taken
 * @param subject what was decided
 * @param method how it was reached: consensus, unanimity, vote or chair's ruling
 * @param meeting the meeting where it was taken, if any
 * @param tally the vote counts, for a vote
 * @param objections objections recorded against it
 * @param published the day it was made public, empty if it was not published
 */
public record Decision(
        DecisionId id,
        LocalDate date,
        @NotBlank String subject,
        DecisionMethod method,
        Optional<MeetingId> meeting,
        Optional<Tally> tally,
        List<Objection> objections,
        Optional<LocalDate> published) {

    /** Checks that no component is {@code null} and copies the list. */
    public Decision {
        Checks.notNull(id, "decision id");
        Checks.notNull(date, "decision date");
        Checks.notNull(subject, "decision subject");
        Checks.notNull(method, "decision method");
        Checks.optional(meeting, "decision meeting");
        Checks.optional(tally, "decision tally");
        objections = Checks.list(objections, "objections");
        Checks.optional(published, "decision published");
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
        return new Decision(DecisionId.of(id), Dates.parse(date, "decision date"), subject, method, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());
    }

    /** @param value meeting id @return a copy taken at that meeting */
    public Decision atMeeting(String value) {
        return new Decision(id, date, subject, method, Optional.of(MeetingId.of(value)), tally, objections, published);
    }

    /** @param value the counts @return a copy with that tally */
    public Decision withTally(Tally value) {
        return new Decision(id, date, subject, method, meeting, Optional.of(value), objections, published);
    }

    /** @param value the objections @return a copy with those objections */
    public Decision withObjections(Objection... value) {
        return new Decision(id, date, subject, method, meeting, tally, Arrays.asList(Checks.notNull(value, "objections")),
                published);
    }

    /** @param value ISO date of publication @return a copy published on that day */
    public Decision publishedOn(String value) {
        return new Decision(id, date, subject, method, meeting, tally, objections,
                Optional.of(Dates.parse(value, "decision published")));
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
}
